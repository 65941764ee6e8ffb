import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, type FactorKey } from './factors.ts';
import {
  factorSummary,
  nearness,
  scoreHousehold,
  type ChildProfile,
  type HouseholdProfile,
} from './match-score.ts';
import { aChild, someProfile } from './rules-test-kit.ts';

// Riverside school at 52.40, -1.90; about 1 km of latitude is 0.009 degrees.
const SCHOOL = { latitude: 52.4, longitude: -1.9, isEstimated: false };
const kmNorthOfSchool = (km: number, isEstimated = false) => ({
  latitude: 52.4 + km / 111.195,
  longitude: -1.9,
  isEstimated,
});

type Case = {
  story: string;
  factor: FactorKey;
  child?: Partial<ChildProfile>;
  household?: Partial<HouseholdProfile>;
  summary: string;
};

const CASES: Case[] = [
  {
    story: 'experience counts in full and training for part',
    factor: 'needs',
    child: { needs: ['attachment', 'trauma', 'behaviour'] },
    household: { skills: ['attachment', 'trauma'], trainedNeeds: ['behaviour'] },
    summary:
      'Has experience of 2 of 3 needs (attachment, trauma) and training in 1 more (behaviour that challenges): 24 of 30',
  },
  {
    story: 'training alone gives 40% of a need',
    factor: 'needs',
    child: { needs: ['behaviour'] },
    household: { trainedNeeds: ['behaviour'] },
    summary:
      'Has no recorded experience of Mia’s 1 need, but training in 1 (behaviour that challenges): 12 of 30',
  },
  {
    story: 'neither experience nor training gives nothing',
    factor: 'needs',
    child: { needs: ['education'] },
    summary: 'Has no recorded experience of or training in Mia’s 1 need (school): 0 of 30',
  },
  {
    story: 'no needs recorded gives every household the points',
    factor: 'needs',
    child: { needs: [] },
    summary:
      'No particular needs are recorded for Mia, so every household gets these points: 30 of 30',
  },
  {
    story: 'having cared with us for a child with attachment needs',
    factor: 'attachment',
    household: { attachmentChildren: 2 },
    summary: 'Has cared with us for 2 children with attachment or trauma needs: 15 of 15',
  },
  {
    story: 'experience from elsewhere counts for half',
    factor: 'attachment',
    household: { skills: ['trauma'] },
    summary:
      'Lists experience of attachment difficulties or trauma, but has not yet cared for a child with these needs with us: 7.5 of 15',
  },
  {
    story: 'no experience of attachment difficulties',
    factor: 'attachment',
    summary: 'Has no recorded experience of attachment difficulties or trauma: 0 of 15',
  },
  {
    story: 'attachment does not separate households when the child has no such needs',
    factor: 'attachment',
    child: { needs: ['behaviour'] },
    summary:
      'No attachment or trauma needs are recorded for Mia, so every household gets these points: 15 of 15',
  },
  {
    story: 'a household 2 km from school gets full points',
    factor: 'school_distance',
    child: { school: SCHOOL },
    household: { spot: kmNorthOfSchool(2) },
    summary: 'About 2.0 km from St Anne’s Primary: 15 of 15',
  },
  {
    story: 'a household 25 km away gets a part, falling in a straight line to 40 km',
    factor: 'school_distance',
    child: { school: SCHOOL },
    household: { spot: kmNorthOfSchool(25) },
    summary: 'About 25 km from St Anne’s Primary: 6.1 of 15',
  },
  {
    story: 'a position from the area’s middle says it is estimated',
    factor: 'school_distance',
    child: { school: SCHOOL },
    household: { spot: kmNorthOfSchool(50, true) },
    summary: 'About 50 km from St Anne’s Primary (estimated from the middle of the area): 0 of 15',
  },
  {
    story: 'an unknown school gives every household half',
    factor: 'school_distance',
    child: { school: null, schoolName: '' },
    household: { spot: kmNorthOfSchool(1) },
    summary: 'We do not know where Mia’s school is, so every household gets half: 7.5 of 15',
  },
  {
    story: 'an unknown household position gives half',
    factor: 'family_time_distance',
    child: { familyTime: SCHOOL },
    summary: 'We do not know where this household is, so it gets half: 5 of 10',
  },
  {
    story: 'an unknown family-time place gives every household half',
    factor: 'family_time_distance',
    household: { spot: kmNorthOfSchool(1) },
    summary: 'We do not know where family time happens, so every household gets half: 5 of 10',
  },
  {
    story: 'a household a few hundred metres from family time',
    factor: 'family_time_distance',
    child: { familyTime: SCHOOL },
    household: { spot: kmNorthOfSchool(0.4) },
    summary: 'Less than 1 km from where family time happens: 10 of 10',
  },
  {
    story: 'sharing a language and faith but not ethnicity',
    factor: 'culture',
    child: { languages: ['Polish'], faith: 'Catholic', ethnicity: 'White Polish' },
    household: { languages: ['English', 'polish'], faith: 'catholic', ethnicity: 'White British' },
    summary:
      'Speaks Polish like Mia; shares Mia’s faith (Catholic); a different ethnicity: 6.7 of 10',
  },
  {
    story: 'nothing recorded about culture gives half',
    factor: 'culture',
    summary:
      'Nothing is recorded about Mia’s languages, faith or ethnicity, so every household gets half: 5 of 10',
  },
  {
    story: 'a child who does best alone and an empty home',
    factor: 'composition',
    child: { prefersOnlyChild: true },
    summary: 'Mia does best as the only child, and no other children live there: 10 of 10',
  },
  {
    story: 'a child who does best alone and another child there',
    factor: 'composition',
    child: { prefersOnlyChild: true },
    household: { childrenAges: [12] },
    summary: 'Mia does best as the only child, and 1 other child lives there: 0 of 10',
  },
  {
    story: 'sexualised behaviour and a younger child at home',
    factor: 'composition',
    child: { needs: ['sexualised_behaviour'] },
    household: { childrenAges: [4, 12] },
    summary: 'Mia shows sexualised behaviour and a younger child (4) lives there: 0 of 10',
  },
  {
    story: 'an older child there with sexualised behaviour',
    factor: 'composition',
    household: { childrenAges: [13], sexualisedBehaviourAges: [13] },
    summary: 'A child living there shows sexualised behaviour and is older than Mia: 0 of 10',
  },
  {
    story: 'behaviour that challenges with a much younger child loses half',
    factor: 'composition',
    child: { needs: ['behaviour'] },
    household: { childrenAges: [3] },
    summary: 'Mia’s behaviour can challenge and a much younger child (3) lives there: 5 of 10',
  },
  {
    story: 'closeness in age is neither good nor bad',
    factor: 'composition',
    household: { childrenAges: [12, 8] },
    summary: 'No known concern about the 2 children living there (ages 8 and 12): 10 of 10',
  },
  {
    story: 'a household that has cared for Mia before',
    factor: 'continuity',
    household: { hasCaredForChild: true },
    summary: 'Has cared for Mia before: 10 of 10',
  },
  {
    story: 'a child new to the agency',
    factor: 'continuity',
    child: { isKnownChild: false },
    summary: 'Mia has not lived with one of our households before: 0 of 10',
  },
];

describe('each factor of a household’s score, with its words and points', () => {
  it.each(CASES)('$story', ({ factor, child, household, summary }) => {
    const score = scoreHousehold(aChild(child), someProfile(household), DEFAULT_WEIGHTS);
    const part = score.factors.find((entry) => entry.factor === factor)!;
    expect(factorSummary(part)).toBe(summary);
  });

  it('adds the factors up to the total, out of 100', () => {
    const score = scoreHousehold(
      aChild({ needs: [] }),
      someProfile({ hasCaredForChild: true }),
      DEFAULT_WEIGHTS,
    );
    // needs 30 + attachment 15 + school half 7.5 + family time half 5 + culture half 5
    // + composition 10 + continuity 10
    expect(score.total).toBeCloseTo(82.5);
    expect(score.factors.map((part) => part.factor)).toEqual([
      'needs',
      'attachment',
      'school_distance',
      'family_time_distance',
      'culture',
      'composition',
      'continuity',
    ]);
  });

  it('shares out 100 in proportion when the weights do not add up to 100', () => {
    const weights = { ...DEFAULT_WEIGHTS, needs: 0, attachment: 0, school_distance: 0 };
    weights.family_time_distance = 0;
    weights.culture = 0;
    weights.composition = 0;
    weights.continuity = 4;
    const score = scoreHousehold(aChild(), someProfile({ hasCaredForChild: true }), weights);
    expect(score.total).toBe(100);
    expect(factorSummary(score.factors.at(-1)!)).toBe('Has cared for Mia before: 100 of 100');
  });

  it('is near within 3 km, far from 40 km, and in between in a straight line', () => {
    expect([nearness(0), nearness(3), nearness(21.5), nearness(40), nearness(400)]).toEqual([
      1, 1, 0.5, 0, 0,
    ]);
  });
});
