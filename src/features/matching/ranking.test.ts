import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CareType } from '../../core/db/tables.ts';
import { NEED_CODES } from '../children/index.ts';
import { FACTORS, type Weights } from './factors.ts';
import { AGE_FROM_WHEN_OPEN, AGE_TO_WHEN_OPEN, groupAges } from './hard-rules.ts';
import { scoreHousehold } from './match-score.ts';
import { rankCandidates, type Candidate, type MatchChild } from './ranking.ts';
import { aCandidate, aChild } from './rules-test-kit.ts';

const CARE_TYPES: CareType[] = ['emergency', 'short_term', 'long_term', 'short_break', 'remand'];
const AREAS = [null, 'area-1', 'area-2', 'area-3'];
const LANGUAGES = ['English', 'Polish', 'Urdu', 'Arabic'];
const FAITHS = ['', 'Muslim', 'Christian', 'None'];

const needs = fc.subarray([...NEED_CODES], { maxLength: 4 });
const spot = fc.option(
  fc.record({
    latitude: fc.double({ min: 51, max: 53, noNaN: true }),
    longitude: fc.double({ min: -2, max: 0, noNaN: true }),
    isEstimated: fc.boolean(),
  }),
  { nil: null },
);

const child: fc.Arbitrary<MatchChild> = fc
  .record({
    age: fc.integer({ min: 0, max: 20 }),
    siblingAges: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }),
    careType: fc.constantFrom(...CARE_TYPES),
    needs,
    avoidAreaId: fc.constantFrom(...AREAS),
    prefersOnlyChild: fc.boolean(),
    languages: fc.subarray(LANGUAGES, { maxLength: 2 }),
    faith: fc.constantFrom(...FAITHS),
    ethnicity: fc.constantFrom('', 'Black British', 'White Polish'),
    school: spot,
    familyTime: spot,
    isKnownChild: fc.boolean(),
  })
  .map((fields) => aChild({ ...fields, groupSize: 1 + fields.siblingAges.length }));

const candidateFields = fc.record({
  terms: fc.record({
    status: fc.constantFrom(
      'approved',
      'approved',
      'approved',
      'on_hold',
      'applicant',
    ) as fc.Arbitrary<'approved' | 'on_hold' | 'applicant'>,
    areaId: fc.constantFrom(...AREAS),
    careTypes: fc.subarray(CARE_TYPES),
    ageFrom: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    ageTo: fc.option(fc.integer({ min: 8, max: 21 }), { nil: null }),
    maxChildren: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    childrenNow: fc.integer({ min: 0, max: 4 }),
    siblingGroupMax: fc.integer({ min: 1, max: 4 }),
    excludedNeeds: fc.subarray([...NEED_CODES], { maxLength: 2 }),
    exclusionReason: fc.option(fc.constant('A known risk'), { nil: null, freq: 8 }),
  }),
  profile: fc.record({
    spot,
    skills: needs,
    trainedNeeds: needs,
    attachmentChildren: fc.integer({ min: 0, max: 3 }),
    languages: fc.subarray(LANGUAGES, { maxLength: 2 }),
    faith: fc.constantFrom(...FAITHS),
    ethnicity: fc.constantFrom('', 'Black British', 'White Polish'),
    childrenAges: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 3 }),
    sexualisedBehaviourAges: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 1 }),
    hasCaredForChild: fc.boolean(),
  }),
});

// Households with distinct references; many share scores, so ties are common.
const candidates: fc.Arbitrary<Candidate[]> = fc
  .array(candidateFields, { maxLength: 25 })
  .map((list) =>
    list.map((fields, index) => aCandidate(`H-${String(index).padStart(3, '0')}`, fields)),
  );

const weights: fc.Arbitrary<Weights> = fc
  .tuple(...FACTORS.map(() => fc.integer({ min: 0, max: 100 })))
  .filter((values) => values.some((value) => value > 0))
  .map((values) => Object.fromEntries(FACTORS.map((f, i) => [f, values[i]!])) as Weights);

const order = (list: readonly { candidate: Candidate }[]) =>
  list.map((entry) => entry.candidate.id);

describe('ranking households for a child', () => {
  it('never ranks a household outside its terms of approval', () => {
    fc.assert(
      fc.property(child, candidates, weights, (someone, homes, weighting) => {
        const { ranked } = rankCandidates(someone, homes, weighting);
        for (const { candidate } of ranked) {
          const terms = candidate.terms;
          const from = terms.ageFrom ?? AGE_FROM_WHEN_OPEN;
          const to = terms.ageTo ?? AGE_TO_WHEN_OPEN;
          expect(terms.status).toBe('approved');
          expect(terms.careTypes).toContain(someone.careType);
          expect(groupAges(someone).every((age) => age >= from && age <= to)).toBe(true);
          expect((terms.maxChildren ?? 0) - terms.childrenNow).toBeGreaterThanOrEqual(
            someone.groupSize,
          );
          expect(someone.groupSize === 1 || someone.groupSize <= terms.siblingGroupMax).toBe(true);
        }
      }),
    );
  });

  it('keeps every household: ranked or refused with at least one reason', () => {
    fc.assert(
      fc.property(child, candidates, weights, (someone, homes, weighting) => {
        const { ranked, refused } = rankCandidates(someone, homes, weighting);
        expect(ranked.length + refused.length).toBe(homes.length);
        expect(refused.every((entry) => entry.reasons.length > 0)).toBe(true);
      }),
    );
  });

  it('never lowers a score when a household gains experience of one of the child’s needs', () => {
    fc.assert(
      fc.property(child, candidateFields, weights, fc.nat(), (someone, fields, weighting, pick) => {
        fc.pre(someone.needs.length > 0);
        const need = someone.needs[pick % someone.needs.length]!;
        const before = scoreHousehold(someone, aCandidate('H', fields).profile, weighting);
        const skilled = { ...fields.profile, skills: [...fields.profile.skills, need] };
        const after = scoreHousehold(
          someone,
          aCandidate('H', { profile: skilled }).profile,
          weighting,
        );
        expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-9);
      }),
    );
  });

  it('never moves a household below another when a factor it does better on counts for more', () => {
    fc.assert(
      fc.property(
        child,
        candidates,
        weights,
        fc.constantFrom(...FACTORS),
        fc.integer({ min: 1, max: 100 }),
        (someone, homes, weighting, factor, extra) => {
          const before = rankCandidates(someone, homes, weighting).ranked;
          const heavier = { ...weighting, [factor]: weighting[factor] + extra };
          const after = order(rankCandidates(someone, homes, heavier).ranked);
          const valueOf = (entry: (typeof before)[number]) =>
            entry.score.factors.find((part) => part.factor === factor)!.value;
          for (const a of before) {
            for (const b of before) {
              if (valueOf(a) !== 1 || valueOf(b) !== 0 || a.rank > b.rank) continue;
              expect(after.indexOf(a.candidate.id)).toBeLessThan(after.indexOf(b.candidate.id));
            }
          }
        },
      ),
    );
  });

  it('gives the same order whatever order the households arrive in', () => {
    const homesTwice = candidates.chain((homes) =>
      fc.tuple(
        fc.constant(homes),
        fc.shuffledSubarray(homes, { minLength: homes.length, maxLength: homes.length }),
      ),
    );
    fc.assert(
      fc.property(child, homesTwice, weights, (someone, [homes, shuffled], weighting) => {
        const expected = order(rankCandidates(someone, homes, weighting).ranked);
        expect(order(rankCandidates(someone, shuffled, weighting).ranked)).toEqual(expected);
        expect(order(rankCandidates(someone, [...homes].reverse(), weighting).ranked)).toEqual(
          expected,
        );
      }),
    );
  });

  it('breaks ties by household reference', () => {
    const homes = ['H-3', 'H-1', 'H-2'].map((reference) => aCandidate(reference));
    const { ranked } = rankCandidates(
      aChild(),
      homes,
      FACTORS.reduce((w, f) => ({ ...w, [f]: 10 }), {} as Weights),
    );
    expect(ranked.map((entry) => [entry.rank, entry.candidate.reference])).toEqual([
      [1, 'H-1'],
      [2, 'H-2'],
      [3, 'H-3'],
    ]);
  });

  it('keeps every total between 0 and 100', () => {
    fc.assert(
      fc.property(child, candidates, weights, (someone, homes, weighting) => {
        for (const { score } of rankCandidates(someone, homes, weighting).ranked) {
          expect(score.total).toBeGreaterThanOrEqual(0);
          expect(score.total).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });
});
