// The rules a household must meet before it is weighed at all: approved, for this kind of care,
// for these ages, with room for the whole group of brothers and sisters, and safe for this child.
// Pure: the store asks the database for the cheap ones first (store-sql.ts) and every candidate is
// checked here again, so a household the database lets through is still refused when it should be.
import type { CareType } from '../../core/db/tables.ts';
import { careWords, listWords, shortNeed } from './words.ts';

/** The age range a household is taken to be approved for when its terms leave one end open. */
export const AGE_FROM_WHEN_OPEN = 0;
export const AGE_TO_WHEN_OPEN = 21;

/** The child (and the brothers and sisters to be kept with them) as the rules see them. */
export type ChildToPlace = {
  childId: string | null;
  firstName: string;
  /** On the day the home is needed (or today, when that has passed or is not known). */
  age: number;
  /** How many children are to live together: 1, or 1 + the brothers and sisters with them. */
  groupSize: number;
  /** The known ages of those brothers and sisters. */
  siblingAges: readonly number[];
  careType: CareType;
  needs: readonly string[];
  /** The area the child must not live in (kept from carers). */
  avoidAreaId: string | null;
};

/** A household's terms of approval and what limits them now. */
export type HouseholdTerms = {
  status: 'applicant' | 'approved' | 'on_hold' | 'resigned';
  areaId: string | null;
  careTypes: readonly string[];
  ageFrom: number | null;
  ageTo: number | null;
  maxChildren: number | null;
  /** Children placed there now. */
  childrenNow: number;
  siblingGroupMax: number;
  excludedNeeds: readonly string[];
  /** The reason recorded when this household must never be matched with this child; else null. */
  exclusionReason: string | null;
};

export type RuleKind =
  | 'status'
  | 'care_type'
  | 'vacancy'
  | 'age'
  | 'siblings'
  | 'excluded_need'
  | 'exclusion'
  | 'avoid_area';

/** One reason a household cannot be matched, in words, and which rule gave it. */
export type Refusal = { kind: RuleKind; text: string };

export type Eligibility = { isEligible: true } | { isEligible: false; reasons: Refusal[] };

/** The ages of everyone in the group to be placed: the child first. */
export function groupAges(child: Pick<ChildToPlace, 'age' | 'siblingAges'>): number[] {
  return [child.age, ...child.siblingAges];
}

/** How many children a referral asks to be placed together. */
export function groupSizeOf(referral: {
  siblingsCount: number;
  siblingsTogether: boolean;
}): number {
  return referral.siblingsTogether ? 1 + referral.siblingsCount : 1;
}

const STATUS_WORDS: Record<Exclude<HouseholdTerms['status'], 'approved'>, string> = {
  applicant: 'Not approved yet: still applying to foster',
  on_hold: 'Not approved at the moment: on hold',
  resigned: 'No longer approved: has resigned',
};

function checkStatus(_child: ChildToPlace, household: HouseholdTerms): Refusal[] | null {
  if (household.status === 'approved') return null;
  return [{ kind: 'status', text: STATUS_WORDS[household.status] }];
}

function checkCareType(child: ChildToPlace, household: HouseholdTerms): Refusal[] | null {
  return household.careTypes.includes(child.careType)
    ? null
    : [{ kind: 'care_type', text: `Not approved for ${careWords(child.careType)}` }];
}

function checkVacancy(child: ChildToPlace, household: HouseholdTerms): Refusal[] | null {
  const places = household.maxChildren ?? 0;
  const free = places - household.childrenNow;
  if (free >= child.groupSize) return null;
  if (places <= 0) {
    return [{ kind: 'vacancy', text: 'No vacancy: the terms of approval give no places' }];
  }
  if (free <= 0) {
    return [
      {
        kind: 'vacancy',
        text: `No vacancy: ${household.childrenNow} of ${places} places filled`,
      },
    ];
  }
  return [
    {
      kind: 'vacancy',
      text: `Not enough places: ${free} free, and this referral is ${child.groupSize} children to be kept together`,
    },
  ];
}

function checkAges(child: ChildToPlace, household: HouseholdTerms): Refusal[] | null {
  const from = household.ageFrom ?? AGE_FROM_WHEN_OPEN;
  const to = household.ageTo ?? AGE_TO_WHEN_OPEN;
  let isAnyOutside = child.age < from || child.age > to;
  for (const age of child.siblingAges) isAnyOutside ||= age < from || age > to;
  if (!isAnyOutside) return null;
  const isOutside = (age: number) => age < from || age > to;
  const parts: string[] = [];
  if (isOutside(child.age)) parts.push(`${child.firstName} is ${child.age}`);
  const siblings = child.siblingAges.filter(isOutside);
  if (siblings.length === 1) {
    parts.push(`a brother or sister coming with ${child.firstName} is ${siblings[0]}`);
  } else if (siblings.length > 1) {
    parts.push(`brothers and sisters coming with ${child.firstName} are ${listWords(siblings)}`);
  }
  return [{ kind: 'age', text: `Approved for ages ${from}–${to}; ${parts.join(' and ')}` }];
}

function checkSiblings(child: ChildToPlace, household: HouseholdTerms): Refusal[] | null {
  if (child.groupSize <= 1 || child.groupSize <= household.siblingGroupMax) return null;
  return [
    {
      kind: 'siblings',
      text: `Approved for brothers and sisters up to ${household.siblingGroupMax}; this referral is ${child.groupSize} children to be kept together`,
    },
  ];
}

function checkExcludedNeeds(child: ChildToPlace, household: HouseholdTerms): Refusal[] | null {
  if (!child.needs.some((need) => household.excludedNeeds.includes(need))) return null;
  return child.needs
    .filter((need) => household.excludedNeeds.includes(need))
    .map((need) => ({
      kind: 'excluded_need' as const,
      text: `Cannot be matched with ${shortNeed(need)} (safeguarding)`,
    }));
}

function checkExclusion(_child: ChildToPlace, household: HouseholdTerms): Refusal[] | null {
  if (household.exclusionReason === null) return null;
  const reason = household.exclusionReason.trim();
  return [
    {
      kind: 'exclusion',
      text: `Must not be matched with this child (recorded exclusion${reason ? `: ${reason}` : ''})`,
    },
  ];
}

function checkAvoidArea(child: ChildToPlace, household: HouseholdTerms): Refusal[] | null {
  if (child.avoidAreaId === null || household.areaId !== child.avoidAreaId) return null;
  return [{ kind: 'avoid_area', text: 'Lives in the area the child must be kept away from' }];
}

// In the order their reasons are given. Each answers null when the household meets it, so a
// household that meets them all costs no allocation (rankings check thousands).
const CHECKS = [
  checkStatus,
  checkCareType,
  checkAges,
  checkVacancy,
  checkSiblings,
  checkExcludedNeeds,
  checkExclusion,
  checkAvoidArea,
];

const ELIGIBLE: Eligibility = { isEligible: true };

/** Whether a household may be matched with this child at all, or every reason it may not. */
export function checkHardRules(child: ChildToPlace, household: HouseholdTerms): Eligibility {
  let reasons: Refusal[] | null = null;
  for (const check of CHECKS) {
    const found = check(child, household);
    if (found) reasons = reasons ? [...reasons, ...found] : found;
  }
  return reasons ? { isEligible: false, reasons } : ELIGIBLE;
}
