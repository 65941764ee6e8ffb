// Each child's record beyond their name: background, their social worker at the placing
// authority, school, health and needs, in words a carer can use. The featured children's needs
// are chosen by hand; the rest fit their age and the home they live in.
import type { NeedCode } from '../children/index.ts';
import { ageOn } from '../../core/time/dates.ts';
import { cultureOf, groupOfSurname } from './cultures.ts';
import type { Draft, PlacedChild } from './draft.ts';
import type { Featured } from './featured.ts';
import { NAME_GROUPS } from './names.ts';
import type { PersonName } from './people.ts';
import {
  ATTACHMENT_NOTES,
  AUTHORITY_DOMAINS,
  COLLEGE,
  fill,
  NEED_NOTES,
  SCHOOLS,
} from './stories.ts';
import type { DemoChild } from './types.ts';

const HEALTH: readonly string[] = [
  '',
  'Up to date with vaccinations and dental checks.',
  'Asthma: a blue inhaler goes everywhere.',
  'Eczema: cream morning and night.',
  'Wears glasses for reading.',
  'Hay fever in the summer.',
];

/** Fills in every child's record; `featured` children get the needs their stories need. */
export function addChildProfiles(draft: Draft, featured: Featured): void {
  const chosen = new Map<string, NeedCode[]>([
    [featured.mia.child.id, ['attachment', 'trauma']],
    [featured.jay.child.id, ['trauma', 'behaviour']],
    [featured.zara.child.id, ['teenager', 'emotional_wellbeing']],
    [featured.theo.child.id, ['attachment']],
  ]);
  const placedById = new Map(draft.placed.map((placed) => [placed.child.id, placed]));
  const workers = socialWorkers(draft);
  for (const child of draft.agency.children) {
    const placed = placedById.get(child.id);
    const age = placed?.age ?? ageOn(child.dateOfBirth, draft.calendar.today);
    const needs = chosen.get(child.id) ?? needsFor(draft, age, placed);
    Object.assign(child, {
      ...background(draft, child, placed),
      ...workers(child.placingAuthority),
      ...schoolFor(draft, age, placed),
      healthNotes: draft.random.pick(HEALTH),
      needs,
      needsNotes: needs.map((code) => fill(NEED_NOTES[code] ?? '', knownAs(child))).join(' '),
      attachmentNotes: fill(draft.random.pick(ATTACHMENT_NOTES), knownAs(child)),
    });
  }
}

const knownAs = (child: DemoChild) => child.preferredName ?? child.firstName;

function background(draft: Draft, child: DemoChild, placed: PlacedChild | undefined) {
  const { random } = draft;
  const culture = cultureOf(placed?.group ?? groupOfSurname(child.lastName));
  const extra =
    culture.languages.length > 0 && random.chance(0.5) ? [random.pick(culture.languages)] : [];
  return {
    ethnicity: culture.ethnicity,
    faith: random.pick(culture.faiths),
    languages: ['English', ...extra],
    cultureNotes: random.pick(culture.traditions),
  };
}

// Two social workers at each placing authority, shared by the children it places.
function socialWorkers(draft: Draft) {
  const byAuthority = new Map<string, { name: PersonName; phone: string }[]>();
  let phone = 200;
  return (authority: string) => {
    let pool = byAuthority.get(authority);
    if (!pool) {
      pool = [0, 1].map(() => ({
        name: draft.namer.adult(
          draft.random.pick(NAME_GROUPS),
          draft.random.chance(0.7) ? 'woman' : 'man',
        ),
        phone: `01632 960 ${(phone += 17)}`,
      }));
      byAuthority.set(authority, pool);
    }
    const worker = draft.random.pick(pool);
    const domain = AUTHORITY_DOMAINS[authority] ?? 'council.example';
    const local = `${worker.name.firstName}.${worker.name.lastName}`
      .toLowerCase()
      .replace(/[^a-z.]/g, '');
    return {
      socialWorkerName: `${worker.name.firstName} ${worker.name.lastName}`,
      socialWorkerEmail: `${local}@${domain}`,
      socialWorkerPhone: worker.phone,
    };
  };
}

// Most children go to school near their home; some stay at the school they knew before.
function schoolFor(draft: Draft, age: number, placed: PlacedChild | undefined) {
  const { random, agency } = draft;
  const none = { schoolName: '', schoolAreaId: null, schoolLatitude: null, schoolLongitude: null };
  if (age < 4) return none;
  if (age >= 16) {
    const area = agency.areas[COLLEGE.areaIndex]!;
    return {
      schoolName: COLLEGE.name,
      schoolAreaId: area.id,
      schoolLatitude: COLLEGE.latitude,
      schoolLongitude: COLLEGE.longitude,
    };
  }
  const homeArea = agency.areas.findIndex((area) => area.id === placed?.home.household.areaId);
  const areaIndex =
    homeArea >= 0 && random.chance(0.75) ? homeArea : random.int(0, agency.areas.length - 1);
  const stage = age <= 10 ? 'primary' : 'secondary';
  const school = random.pick(
    SCHOOLS.filter((each) => each.areaIndex === areaIndex && each.stage === stage),
  );
  return {
    schoolName: school.name,
    schoolAreaId: agency.areas[areaIndex]!.id,
    schoolLatitude: school.latitude,
    schoolLongitude: school.longitude,
  };
}

// Needs that fit the child's age, never one the home is excluded from, often one it is skilled in.
function needsFor(draft: Draft, age: number, placed: PlacedChild | undefined): NeedCode[] {
  const { random } = draft;
  if (age < 2) return random.chance(0.2) ? ['baby', 'disability'] : ['baby'];
  const pool: NeedCode[] =
    age <= 10
      ? ['attachment', 'trauma', 'behaviour', 'learning_disability', 'disability', 'education']
      : [
          'teenager',
          'emotional_wellbeing',
          'attachment',
          'trauma',
          'behaviour',
          'education',
          'learning_disability',
        ];
  if (age >= 13) pool.push('exploitation', 'sexualised_behaviour');
  if (age >= 14) pool.push('substance_use');
  const excluded = new Set(placed?.home.household.excludedNeeds ?? []);
  const allowed = pool.filter((code) => !excluded.has(code));
  const skilled = allowed.filter((code) => placed?.home.household.skills?.includes(code));
  const first =
    skilled.length > 0 && random.chance(0.7) ? random.pick(skilled) : random.pick(allowed);
  const rest = random.shuffle(allowed.filter((code) => code !== first)).slice(0, random.int(0, 2));
  return [first, ...rest];
}
