// Builders for the pure matching tests: a child and a household that fit each other, changed by
// overrides, so each test says only what it is about.
import type { Candidate, MatchChild } from './ranking.ts';
import type { HouseholdProfile } from './match-score.ts';
import type { HouseholdTerms } from './hard-rules.ts';

/** Mia, 9, needing long-term care, with attachment and trauma needs, no brothers or sisters. */
export function aChild(overrides: Partial<MatchChild> = {}): MatchChild {
  return {
    childId: 'child-mia',
    firstName: 'Mia',
    age: 9,
    groupSize: 1,
    siblingAges: [],
    careType: 'long_term',
    needs: ['attachment', 'trauma'],
    avoidAreaId: null,
    prefersOnlyChild: false,
    languages: [],
    faith: '',
    ethnicity: '',
    schoolName: 'St Anne’s Primary',
    school: null,
    familyTime: null,
    isKnownChild: true,
    ...overrides,
  };
}

/** An approved household with one free place for children 0–18, any kind of care. */
export function someTerms(overrides: Partial<HouseholdTerms> = {}): HouseholdTerms {
  return {
    status: 'approved',
    areaId: 'area-northfield',
    careTypes: ['emergency', 'short_term', 'long_term'],
    ageFrom: 0,
    ageTo: 18,
    maxChildren: 2,
    childrenNow: 1,
    siblingGroupMax: 1,
    excludedNeeds: [],
    exclusionReason: null,
    ...overrides,
  };
}

/** A household with nothing recorded that the score weighs. */
export function someProfile(overrides: Partial<HouseholdProfile> = {}): HouseholdProfile {
  return {
    spot: null,
    skills: [],
    trainedNeeds: [],
    attachmentChildren: 0,
    languages: [],
    faith: '',
    ethnicity: '',
    childrenAges: [],
    sexualisedBehaviourAges: [],
    hasCaredForChild: false,
    ...overrides,
  };
}

/** A candidate household by reference, with terms and profile as given. */
export function aCandidate(
  reference: string,
  overrides: { terms?: Partial<HouseholdTerms>; profile?: Partial<HouseholdProfile> } = {},
): Candidate {
  return {
    id: `id-${reference}`,
    reference,
    name: `The ${reference} household`,
    areaName: 'Northfield',
    terms: someTerms(overrides.terms),
    profile: someProfile(overrides.profile),
  };
}
