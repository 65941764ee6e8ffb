// The agency's other households, drawn at random from the name pools but the same on every run.
import type { Draft, Home } from './draft.ts';
import { addHome, type HomeSpec, type Terms } from './households.ts';
import { AREAS, NAME_GROUPS } from './names.ts';
import type { Sex } from './people.ts';
import type { DemoHousehold, DemoUser } from './types.ts';

type Kind = { status: DemoHousehold['status']; careKind: DemoHousehold['careKind'] };

// With the three featured households this makes 40: 33 approved (3 of them kinship), 5 applicants,
// one taking a break and one who has stopped fostering.
const PLAN: (Kind & { count: number })[] = [
  { status: 'approved', careKind: 'foster', count: 28 },
  { status: 'approved', careKind: 'kinship', count: 2 },
  { status: 'applicant', careKind: 'foster', count: 5 },
  { status: 'on_hold', careKind: 'foster', count: 1 },
  { status: 'resigned', careKind: 'foster', count: 1 },
];

const AGE_RANGES: readonly [number, number][] = [
  [0, 4],
  [0, 11],
  [0, 18],
  [0, 18],
  [2, 11],
  [3, 14],
  [5, 16],
  [5, 18],
  [8, 18],
  [11, 18],
  [12, 18],
];
const MAX_CHILDREN: readonly number[] = [1, 2, 2, 2, 3, 3];

/** Adds the households that are not featured in the printed sign-ins. */
export function addRandomHomes(draft: Draft, workers: readonly DemoUser[]): Home[] {
  return PLAN.flatMap((kind) =>
    Array.from({ length: kind.count }, () => addHome(draft, randomSpec(draft, kind, workers))),
  );
}

function randomSpec(draft: Draft, kind: Kind, workers: readonly DemoUser[]): HomeSpec {
  const { random } = draft;
  const group = random.pick(NAME_GROUPS);
  const isApproved = kind.status !== 'applicant';
  const approvedDaysAgo = isApproved ? approvalAge(draft, kind) : null;
  const terms = isApproved ? randomTerms(draft, kind) : null;
  const carers = randomCarers(draft, kind, group);
  const surname = carers[0]!.name.lastName;
  return {
    ...kind,
    areaIndex: random.int(0, AREAS.length - 1),
    group,
    carers,
    others: kind.careKind === 'foster' ? randomFamily(draft, group, surname) : [],
    joinedDaysAgo: (approvedDaysAgo ?? 0) + random.int(14, 300),
    approvedDaysAgo,
    terms,
    workerId:
      kind.status === 'approved' || kind.status === 'on_hold' ? random.pick(workers).id : null,
    occupancy: kind.status === 'approved' ? (terms?.maxChildren ?? 0) : 0,
  };
}

function approvalAge(draft: Draft, kind: Kind): number {
  const { random } = draft;
  if (kind.careKind === 'kinship') return random.int(40, 600);
  if (kind.status === 'on_hold') return random.int(900, 2500);
  if (kind.status === 'resigned') return random.int(1800, 3600);
  return random.int(150, 3300);
}

function randomTerms(draft: Draft, kind: Kind): Terms {
  const { random } = draft;
  // Kinship approval is for the children the carers already know, whatever their ages.
  if (kind.careKind === 'kinship') return { maxChildren: random.int(1, 2), ageFrom: 0, ageTo: 18 };
  const [ageFrom, ageTo] = random.pick(AGE_RANGES);
  return { maxChildren: random.pick(MAX_CHILDREN), ageFrom, ageTo };
}

function randomCarers(draft: Draft, kind: Kind, group: HomeSpec['group']): HomeSpec['carers'] {
  const { random, namer } = draft;
  const isKinship = kind.careKind === 'kinship';
  const carerAge = () => (isKinship ? random.int(46, 72) : random.int(31, 63));
  const isCouple = random.chance(isKinship ? 0.5 : 0.7);
  const firstSex: Sex = random.chance(isCouple ? 0.85 : 0.75) ? 'woman' : 'man';
  const first = namer.adult(group, firstSex, namer.familySurname(group));
  const carers: HomeSpec['carers'] = [{ name: first, age: carerAge(), hasAccount: true }];
  if (!isCouple) return carers;
  const isSameSex = random.chance(0.12);
  const partnerSex: Sex = isSameSex ? firstSex : firstSex === 'woman' ? 'man' : 'woman';
  const partnerGroup = random.chance(0.75) ? group : random.pick(NAME_GROUPS);
  const sharedSurname = partnerGroup === group && random.chance(0.65) ? first.lastName : undefined;
  carers.push({
    name: namer.adult(partnerGroup, partnerSex, sharedSurname),
    age: carerAge(),
    hasAccount: kind.status !== 'applicant' && random.chance(0.5),
  });
  return carers;
}

function randomFamily(draft: Draft, group: HomeSpec['group'], surname: string): HomeSpec['others'] {
  const { random, namer } = draft;
  const others: HomeSpec['others'] = [];
  if (random.chance(0.4)) {
    for (let n = random.int(1, 2); n > 0; n -= 1) {
      const names = random.chance(0.5) ? group.girls : group.boys;
      others.push({
        name: namer.child(names, surname),
        age: random.int(3, 24),
        role: 'birth_child',
      });
    }
  }
  if (random.chance(0.1)) {
    const sex: Sex = random.chance(0.6) ? 'woman' : 'man';
    others.push({ name: namer.adult(group, sex), age: random.int(64, 86), role: 'adult' });
  }
  return others;
}
