// Children living in the agency's homes: who they are and how they came to live there.
import { daysLived } from './calendar.ts';
import type { Draft, Home, PlacedChild } from './draft.ts';
import {
  LEGAL_STATUSES,
  NICKNAMES,
  OPEN_NAMES,
  PLACING_AUTHORITIES,
  type NameGroup,
} from './names.ts';
import type { PersonName } from './people.ts';
import type { DemoPlacement } from './types.ts';

export type CareType =
  'emergency' | 'short_term' | 'long_term' | 'short_break' | 'parent_and_child' | 'remand';

export type ChildSpec = {
  name: PersonName;
  preferredName: string | null;
  gender: string;
  age: number;
  daysSinceBirthday: number;
  legalStatus: string;
  placingAuthority: string;
  careType: CareType;
  startedDaysAgo: number;
  plannedEndInDays: number | null;
  isConfidential: boolean;
  group: NameGroup;
  siblingKey: string | null;
  isFeatured: boolean;
};

/** Adds a child and their current placement in a home. */
export function placeChild(draft: Draft, home: Home, spec: ChildSpec): PlacedChild {
  const { random, calendar, agency } = draft;
  const lived = daysLived(spec.age, spec.daysSinceBirthday);
  // A child arrives after they were born and, in a foster home, after the carers were approved;
  // kinship carers are often approved after the child has already moved in with them.
  const latest = [spec.startedDaysAgo, lived - 2];
  if (home.household.careKind === 'foster' && home.approvedDaysAgo !== null) {
    latest.push(home.approvedDaysAgo - 7);
  }
  const startedDaysAgo = Math.max(0, Math.min(...latest));
  const child = {
    id: random.uuid(),
    firstName: spec.name.firstName,
    lastName: spec.name.lastName,
    preferredName: spec.preferredName,
    dateOfBirth: calendar.birthDate(spec.age, spec.daysSinceBirthday),
    gender: spec.gender,
    legalStatus: spec.legalStatus,
    placingAuthority: spec.placingAuthority,
    youngPersonUserId: null,
    createdAt: calendar.instantDaysAgo(startedDaysAgo),
  };
  const placement: DemoPlacement = {
    id: random.uuid(),
    childId: child.id,
    householdId: home.household.id,
    careType: spec.careType,
    startedOn: calendar.daysAgo(startedDaysAgo),
    plannedEndOn: spec.plannedEndInDays === null ? null : calendar.daysAgo(-spec.plannedEndInDays),
    endedOn: null,
    endReason: null,
    isConfidential: spec.isConfidential,
  };
  agency.children.push(child);
  agency.placements.push(placement);
  const placed: PlacedChild = {
    child,
    age: spec.age,
    daysLived: lived,
    home,
    placement,
    startedDaysAgo,
    group: spec.group,
    siblingKey: spec.siblingKey,
    isFeatured: spec.isFeatured,
  };
  draft.placed.push(placed);
  return placed;
}

/** What brothers and sisters placed together share. */
export type BirthFamily = {
  group: NameGroup;
  lastName: string;
  careType: CareType;
  legalStatus: string;
  placingAuthority: string;
  startedDaysAgo: number;
  plannedEndInDays: number | null;
  siblingKey: string | null;
};

/** A child of a given age for a home, drawn at random within their birth family. */
export function randomChildSpec(
  draft: Draft,
  home: Home,
  family: BirthFamily,
  age: number,
): ChildSpec {
  const { random, namer } = draft;
  const isOpenName = age >= 11 && random.chance(0.06);
  const gender = isOpenName ? 'non-binary' : random.chance(0.5) ? 'girl' : 'boy';
  const firstNames = isOpenName
    ? OPEN_NAMES
    : gender === 'girl'
      ? family.group.girls
      : family.group.boys;
  const name = namer.child(firstNames, family.lastName);
  const nickname = NICKNAMES[name.firstName];
  return {
    name,
    preferredName: nickname && random.chance(0.6) ? nickname : null,
    gender,
    age,
    daysSinceBirthday: age === 0 ? random.int(20, 330) : random.int(0, 360),
    legalStatus: family.legalStatus,
    placingAuthority: family.placingAuthority,
    careType: family.careType,
    startedDaysAgo: family.startedDaysAgo,
    plannedEndInDays: family.plannedEndInDays,
    isConfidential: home.household.careKind === 'foster',
    group: family.group,
    siblingKey: family.siblingKey,
    isFeatured: false,
  };
}

/**
 * The care type of a child newly drawn for a home. Each type still `wanted` is given to the first
 * child it suits, so the demo shows every kind of care; after that emergencies and short breaks are rarer.
 */
export function pickCareType(draft: Draft, home: Home, age: number, wanted: CareType[]): CareType {
  const { random } = draft;
  if (home.household.careKind === 'kinship') return random.chance(0.7) ? 'long_term' : 'short_term';
  const shown = wanted.findIndex((careType) => suitsAge(careType, age));
  if (shown >= 0) return wanted.splice(shown, 1)[0]!;
  // A baby often comes with their mum or dad, for a parent and child assessment.
  if (suitsAge('parent_and_child', age) && random.chance(0.35)) return 'parent_and_child';
  if (suitsAge('remand', age) && random.chance(0.1)) return 'remand';
  const roll = random.fraction();
  if (roll < 0.08) return 'emergency';
  if (roll < 0.14) return 'short_break';
  if (roll < 0.55) return 'short_term';
  return 'long_term';
}

function suitsAge(careType: CareType, age: number): boolean {
  if (careType === 'parent_and_child') return age <= 1;
  if (careType === 'remand') return age >= 13;
  return true;
}

/** The legal basis and the council for a child (or a group of brothers and sisters). */
export function pickLegalBasis(
  draft: Draft,
  careType: CareType,
): { legalStatus: string; placingAuthority: string } {
  const { random } = draft;
  const placingAuthority = random.pick(PLACING_AUTHORITIES);
  const roll = random.fraction();
  const legalStatus =
    careType === 'remand'
      ? LEGAL_STATUSES.remanded
      : careType === 'short_break' || careType === 'parent_and_child'
        ? LEGAL_STATUSES.accommodated
        : roll < 0.5
          ? LEGAL_STATUSES.careOrder
          : roll < 0.72
            ? LEGAL_STATUSES.interimCareOrder
            : LEGAL_STATUSES.accommodated;
  return { legalStatus, placingAuthority };
}

/** When a child (or brothers and sisters together) arrived, and when their stay is planned to end. */
export function drawPlacementTiming(
  draft: Draft,
  careType: CareType,
): { startedDaysAgo: number; plannedEndInDays: number | null } {
  const { random } = draft;
  switch (careType) {
    case 'emergency':
      return { startedDaysAgo: random.int(1, 25), plannedEndInDays: random.int(3, 25) };
    case 'short_break':
      return { startedDaysAgo: random.int(1, 8), plannedEndInDays: random.int(2, 9) };
    case 'remand':
      return { startedDaysAgo: random.int(10, 150), plannedEndInDays: null };
    case 'parent_and_child':
      return { startedDaysAgo: random.int(7, 70), plannedEndInDays: random.int(14, 84) };
    case 'short_term':
      return {
        startedDaysAgo: random.int(20, 540),
        plannedEndInDays: random.chance(0.5) ? random.int(30, 240) : null,
      };
    case 'long_term':
      return { startedDaysAgo: random.int(90, 1095), plannedEndInDays: null };
  }
}
