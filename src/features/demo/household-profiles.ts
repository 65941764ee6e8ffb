// Each household's profile and terms beyond its numbers: the kinds of care it is approved for, the
// skills matching weighs, languages, faith and family life, and where it is on the map. Drawn
// after everyone is placed, so each home's terms fit the children living there now.
import type { CareType } from '../../core/db/tables.ts';
import type { NeedCode } from '../children/index.ts';
import { cultureOf } from './cultures.ts';
import type { Draft, Home } from './draft.ts';
import type { Featured } from './featured.ts';
import { AREAS } from './names.ts';
import { EXPERIENCE, fill, PETS } from './stories.ts';

// Skills a household might have, by the ages it takes.
const SKILLS_ANY_AGE: readonly NeedCode[] = [
  'attachment',
  'trauma',
  'behaviour',
  'disability',
  'learning_disability',
  'education',
];
const SKILLS_OLDER: readonly NeedCode[] = [
  'teenager',
  'emotional_wellbeing',
  'exploitation',
  'substance_use',
  'asylum',
];

// Younger birth children at home rule out a child who needs close supervision around children.
const YOUNG_BIRTH_CHILD = 10;

/** Gives every household its profile; the featured Okafors' skills are chosen by hand. */
export function addHouseholdProfiles(draft: Draft, featured: Featured): void {
  for (const home of draft.homes) {
    Object.assign(home.household, profileOf(draft, home));
  }
  Object.assign(featured.fosterHome.household, {
    skills: ['attachment', 'trauma', 'teenager'],
    experienceNotes:
      'Jess is a teaching assistant; Sam did therapeutic parenting training in his first year of fostering. Their daughter Ada helps younger children settle.',
  });
}

function profileOf(draft: Draft, home: Home) {
  const { random } = draft;
  const { household } = home;
  const culture = cultureOf(home.group);
  const isApproved = household.status !== 'applicant';
  const birthChildren = home.members.filter((member) => member.role === 'birth_child');
  const hasYoungChild = birthChildren.some((member) => member.age < YOUNG_BIRTH_CHILD);
  const area = AREAS[draft.agency.areas.findIndex((each) => each.id === household.areaId)]!;
  const carerName = home.carers[0]!.name.firstName;
  return {
    careTypes: isApproved ? careTypesOf(draft, home) : [],
    siblingGroupMax: isApproved ? siblingGroupOf(draft, home) : 1,
    bedrooms: Math.min(
      20,
      1 + birthChildren.length + Math.max(household.maxChildren ?? 1, 1) + random.int(0, 1),
    ),
    skills: isApproved ? skillsOf(draft, home) : [],
    excludedNeeds:
      isApproved && hasYoungChild && household.careKind === 'foster'
        ? ['sexualised_behaviour']
        : [],
    languages: [
      'English',
      ...(culture.languages.length > 0 && random.chance(0.7)
        ? [random.pick(culture.languages)]
        : []),
    ],
    faith: random.pick(culture.faiths),
    ethnicity: culture.ethnicity,
    cultureNotes: random.pick(culture.traditions),
    pets: random.pick(PETS),
    isSmoking: (household.ageFrom ?? 0) >= 5 && random.chance(0.08),
    hasCar: random.chance(0.85),
    experienceNotes: isApproved ? fill(random.pick(EXPERIENCE), carerName) : '',
    // Inside the area, to about a kilometre: never the house itself.
    latitude: round2(area.latitude + (random.fraction() - 0.5) * 0.06),
    longitude: round2(area.longitude + (random.fraction() - 0.5) * 0.1),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

// The kinds of care the household is approved for: always those of the children living there now.
function careTypesOf(draft: Draft, home: Home): CareType[] {
  const { random } = draft;
  const { household } = home;
  const now = new Set(
    draft.placed
      .filter((placed) => placed.home === home)
      .map((placed) => placed.placement.careType as CareType),
  );
  if (household.careKind === 'kinship') return ['short_term', 'long_term'];
  const types = new Set<CareType>([...now, 'short_term', 'long_term']);
  if (random.chance(0.35)) types.add('emergency');
  if (random.chance(0.25)) types.add('short_break');
  if ((household.ageFrom ?? 0) === 0 && random.chance(0.3)) types.add('parent_and_child');
  if ((household.ageTo ?? 0) >= 13 && random.chance(0.15)) types.add('remand');
  const order: CareType[] = [
    'emergency',
    'short_term',
    'long_term',
    'short_break',
    'parent_and_child',
    'remand',
  ];
  return order.filter((type) => types.has(type));
}

// At least the brothers and sisters living there together now, never more than the terms.
function siblingGroupOf(draft: Draft, home: Home): number {
  const max = Math.max(1, home.household.maxChildren ?? 1);
  const groups = new Map<string, number>();
  for (const placed of draft.placed) {
    if (placed.home !== home || !placed.siblingKey) continue;
    groups.set(placed.siblingKey, (groups.get(placed.siblingKey) ?? 0) + 1);
  }
  const together = Math.max(1, ...groups.values());
  return Math.min(max, Math.max(together, draft.random.int(1, max)));
}

function skillsOf(draft: Draft, home: Home): NeedCode[] {
  const { random } = draft;
  const { ageFrom, ageTo } = home.household;
  const pool = [
    ...SKILLS_ANY_AGE,
    ...((ageTo ?? 18) >= 12 ? SKILLS_OLDER : []),
    ...((ageFrom ?? 0) <= 1 ? (['baby'] as const) : []),
  ];
  return random.shuffle(pool).slice(0, random.int(2, 4));
}
