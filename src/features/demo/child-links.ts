// The people around each child: brothers and sisters living together, people who matter, and who
// decides what for the featured children (their placement plans' delegated authority).
import type { DecidedBy, DelegatedTopic } from '../../core/db/tables.ts';
import type { Draft, PlacedChild } from './draft.ts';
import type { Featured } from './featured.ts';
import { NAME_GROUPS } from './names.ts';
import type { Staff } from './staff.ts';
import { fill, IMPORTANT_PEOPLE } from './stories.ts';

/** Links brothers and sisters, adds the people who matter, and the featured children's decisions. */
export function addChildLinks(draft: Draft, staff: Staff, featured: Featured): void {
  addSiblings(draft);
  addImportantPeople(draft, featured);
  addDelegatedAuthority(draft, staff, featured);
}

// Children placed together as brothers and sisters share a key; each pair is stored once.
function addSiblings(draft: Draft): void {
  const families = new Map<string, PlacedChild[]>();
  for (const placed of draft.placed) {
    if (!placed.siblingKey) continue;
    families.set(placed.siblingKey, [...(families.get(placed.siblingKey) ?? []), placed]);
  }
  for (const family of families.values()) {
    family.forEach((first, index) => {
      for (const second of family.slice(index + 1)) {
        const [childId, siblingId] = [first.child.id, second.child.id].sort();
        draft.agency.siblings.push({
          childId: childId!,
          siblingId: siblingId!,
          isPlacedTogetherPlanned: true,
        });
      }
    });
  }
}

const FAMILY = new Set(['Nan', 'Grandad', 'Aunt']);

function addImportantPeople(draft: Draft, featured: Featured): void {
  const { random, namer } = draft;
  const byHand = new Map<string, Array<{ name: string; relationship: string; notes: string }>>([
    [
      featured.mia.child.id,
      [
        {
          name: 'Carol Price',
          relationship: 'Nan',
          notes: 'Video calls on Sundays; Mia keeps her letters in a box.',
        },
        {
          name: 'Mrs Adeyemi',
          relationship: 'Class teacher',
          notes: 'Mia trusts her; she knows the plan.',
        },
      ],
    ],
    [
      featured.jay.child.id,
      [
        {
          name: 'Shane Walsh',
          relationship: 'Uncle',
          notes: 'Takes Jay to the football once a month.',
        },
      ],
    ],
    [
      featured.theo.child.id,
      [
        {
          name: 'Kwaku Mensah',
          relationship: 'Uncle',
          notes: 'Lives nearby and does the school run on Fridays.',
        },
      ],
    ],
  ]);
  // Names no pool holds, claimed so that nobody drawn later shares them.
  namer.reserve({ firstName: 'Carol', lastName: 'Price' });
  namer.reserve({ firstName: 'Shane', lastName: 'Walsh' });
  namer.reserve({ firstName: 'Kwaku', lastName: 'Mensah' });
  for (const placed of draft.placed) {
    const known = placed.child.preferredName ?? placed.child.firstName;
    const people =
      byHand.get(placed.child.id) ??
      random
        .shuffle(IMPORTANT_PEOPLE)
        .slice(0, random.int(1, 2))
        .map((kind) => {
          // Relatives come from the child's own family; others from anywhere in town.
          const group = FAMILY.has(kind.relationship) ? placed.group : random.pick(NAME_GROUPS);
          const person = namer.adult(group, kind.sex);
          return {
            name: `${person.firstName} ${person.lastName}`,
            relationship: kind.relationship,
            notes: fill(kind.note, known),
          };
        });
    for (const person of people) {
      draft.agency.importantPeople.push({
        id: random.uuid(),
        childId: placed.child.id,
        joinedOn: placed.placement.startedOn,
        ...person,
      });
    }
  }
}

type Decisions = Array<[DelegatedTopic, DecidedBy, string]>;

// Mia's mum still shares some decisions; Jay's long-term carers decide most things; Theo's
// grandmother decides almost everything, as family would.
function addDelegatedAuthority(draft: Draft, staff: Staff, featured: Featured): void {
  const plans: Array<[PlacedChild, Decisions]> = [
    [
      featured.mia,
      [
        ['haircuts', 'shared', 'Dani would like to be asked before a big change.'],
        ['school_trips', 'carers', ''],
        ['sleepovers', 'carers', 'With families the carers know.'],
        ['routine_medical', 'carers', ''],
        ['medical_treatment', 'social_worker', ''],
        ['religious_observance', 'birth_parents', ''],
        ['holidays_abroad', 'social_worker', ''],
        ['social_media', 'shared', ''],
        ['photographs', 'shared', 'No photos of Mia online.'],
      ],
    ],
    [
      featured.jay,
      [
        ['haircuts', 'carers', ''],
        ['school_trips', 'carers', ''],
        ['sleepovers', 'carers', ''],
        ['routine_medical', 'carers', ''],
        ['medical_treatment', 'social_worker', ''],
        ['religious_observance', 'carers', ''],
        ['holidays_abroad', 'social_worker', 'Passport held by the local authority.'],
        ['social_media', 'carers', 'Phone handed in at 9pm on school nights.'],
        ['photographs', 'carers', ''],
      ],
    ],
    [
      featured.theo,
      [
        ['haircuts', 'carers', ''],
        ['school_trips', 'carers', ''],
        ['sleepovers', 'carers', ''],
        ['routine_medical', 'carers', ''],
        ['medical_treatment', 'shared', ''],
        ['religious_observance', 'carers', 'Church with Grandma on Sundays.'],
        ['holidays_abroad', 'social_worker', 'A family visit to Ghana is being planned.'],
        ['social_media', 'carers', ''],
        ['photographs', 'carers', ''],
      ],
    ],
  ];
  for (const [placed, decisions] of plans) {
    const updatedBy = placed.home.household.supervisingWorkerId ?? staff.manager.id;
    for (const [topic, decidedBy, notes] of decisions) {
      draft.agency.delegatedAuthority.push({
        childId: placed.child.id,
        topic,
        decidedBy,
        notes,
        updatedBy,
        updatedAt: draft.calendar.instantDaysAgo(Math.max(0, placed.startedDaysAgo - 3)),
      });
    }
  }
}
