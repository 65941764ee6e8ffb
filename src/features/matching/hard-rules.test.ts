import { describe, expect, it } from 'vitest';
import { checkHardRules, groupSizeOf, type HouseholdTerms } from './hard-rules.ts';
import type { MatchChild } from './ranking.ts';
import { aChild, someTerms } from './rules-test-kit.ts';

type Case = {
  story: string;
  child?: Partial<MatchChild>;
  terms: Partial<HouseholdTerms>;
  reasons: string[];
};

const CASES: Case[] = [
  { story: 'an approved household with a free place fits', terms: {}, reasons: [] },
  {
    story: 'a household on hold is not approved at the moment',
    terms: { status: 'on_hold' },
    reasons: ['Not approved at the moment: on hold'],
  },
  {
    story: 'an applicant is not approved yet',
    terms: { status: 'applicant' },
    reasons: ['Not approved yet: still applying to foster'],
  },
  {
    story: 'a household that resigned is no longer approved',
    terms: { status: 'resigned' },
    reasons: ['No longer approved: has resigned'],
  },
  {
    story: 'a household approved only for short-term care cannot take long-term care',
    terms: { careTypes: ['short_term'] },
    reasons: ['Not approved for long-term care'],
  },
  {
    story: 'short breaks are named as people say them',
    child: { careType: 'short_break' },
    terms: { careTypes: ['long_term'] },
    reasons: ['Not approved for short breaks'],
  },
  {
    story: 'a full household has no vacancy',
    terms: { maxChildren: 2, childrenNow: 2 },
    reasons: ['No vacancy: 2 of 2 places filled'],
  },
  {
    story: 'terms that give no places leave no vacancy',
    terms: { maxChildren: null, childrenNow: 0 },
    reasons: ['No vacancy: the terms of approval give no places'],
  },
  {
    story: 'one free place is not enough for two children kept together',
    child: { groupSize: 2, siblingAges: [7] },
    terms: { maxChildren: 3, childrenNow: 2, siblingGroupMax: 2 },
    reasons: ['Not enough places: 1 free, and this referral is 2 children to be kept together'],
  },
  {
    story: 'a household approved for ages 0–8 cannot take Mia at 9',
    terms: { ageFrom: 0, ageTo: 8 },
    reasons: ['Approved for ages 0–8; Mia is 9'],
  },
  {
    story: 'a brother coming with Mia outside the ages is named',
    child: { groupSize: 2, siblingAges: [14] },
    terms: { ageFrom: 5, ageTo: 12, maxChildren: 3, childrenNow: 0, siblingGroupMax: 2 },
    reasons: ['Approved for ages 5–12; a brother or sister coming with Mia is 14'],
  },
  {
    story: 'open age terms run from 0 to 21',
    child: { age: 17 },
    terms: { ageFrom: null, ageTo: null },
    reasons: [],
  },
  {
    story: 'brothers and sisters beyond the group the household is approved for',
    child: { groupSize: 2, siblingAges: [7] },
    terms: { maxChildren: 3, childrenNow: 0, siblingGroupMax: 1 },
    reasons: [
      'Approved for brothers and sisters up to 1; this referral is 2 children to be kept together',
    ],
  },
  {
    story: 'a need the household is excluded from, for safeguarding',
    child: { needs: ['sexualised_behaviour', 'trauma'] },
    terms: { excludedNeeds: ['sexualised_behaviour'] },
    reasons: ['Cannot be matched with sexualised behaviour (safeguarding)'],
  },
  {
    story: 'a recorded exclusion between the household and this child',
    terms: { exclusionReason: '' },
    reasons: ['Must not be matched with this child (recorded exclusion)'],
  },
  {
    story: 'a recorded exclusion says its reason',
    terms: { exclusionReason: 'A relative of the carer harmed Mia' },
    reasons: [
      'Must not be matched with this child (recorded exclusion: A relative of the carer harmed Mia)',
    ],
  },
  {
    story: 'a household in the area the child must be kept away from',
    child: { avoidAreaId: 'area-eastbrook' },
    terms: { areaId: 'area-eastbrook' },
    reasons: ['Lives in the area the child must be kept away from'],
  },
  {
    story: 'a household elsewhere is fine when there is an area to avoid',
    child: { avoidAreaId: 'area-eastbrook' },
    terms: { areaId: null },
    reasons: [],
  },
  {
    story: 'every reason is given at once',
    child: { careType: 'remand' },
    terms: { status: 'on_hold', careTypes: [], ageTo: 5, childrenNow: 2 },
    reasons: [
      'Not approved at the moment: on hold',
      'Not approved for remand care',
      'Approved for ages 0–5; Mia is 9',
      'No vacancy: 2 of 2 places filled',
    ],
  },
];

describe('the hard rules a household must meet before it is weighed', () => {
  it.each(CASES)('$story', ({ child, terms, reasons }) => {
    const result = checkHardRules(aChild(child), someTerms(terms));
    if (reasons.length === 0) {
      expect(result).toEqual({ isEligible: true });
    } else {
      expect(result.isEligible).toBe(false);
      expect(result.isEligible ? [] : result.reasons.map((reason) => reason.text)).toEqual(reasons);
    }
  });

  it('counts brothers and sisters in the group only when they are to live together', () => {
    expect(groupSizeOf({ siblingsCount: 2, siblingsTogether: true })).toBe(3);
    expect(groupSizeOf({ siblingsCount: 2, siblingsTogether: false })).toBe(1);
    expect(groupSizeOf({ siblingsCount: 0, siblingsTogether: true })).toBe(1);
  });
});
