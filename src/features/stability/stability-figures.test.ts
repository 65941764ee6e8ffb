import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import {
  computeStabilityFigures,
  countPlacementsInYear,
  type ChildFacts,
  type PlacementFacts,
} from './stability-figures.ts';

const rules = ENGLAND.placements;
const today = '2026-11-23';
let counter = 0;

function placement(
  childId: string,
  startedOn: string,
  endedOn: string | null,
  more: Partial<PlacementFacts> = {},
): PlacementFacts {
  counter += 1;
  return {
    id: `p${counter}`,
    childId,
    startedOn,
    endedOn,
    endReasonKind: endedOn ? 'planned' : null,
    chosenRank: null,
    ...more,
  };
}

const child = (id: string, dateOfBirth = '2015-01-01'): ChildFacts => ({ id, dateOfBirth });

describe('placements during the year', () => {
  it('counts three homes in one year for a child who moved on 1 March and 1 August', () => {
    const homes = [
      placement('ava', '2026-01-01', '2026-03-01'),
      placement('ava', '2026-03-01', '2026-08-01'),
      placement('ava', '2026-08-01', null),
    ];
    expect(countPlacementsInYear(homes, today, rules)).toBe(3);
    const figures = computeStabilityFigures([child('ava')], homes, today, rules);
    expect(figures.manyMoves).toMatchObject({
      count: 1,
      of: 1,
      percent: 100,
      children: [{ childId: 'ava', placements: 3 }],
    });
  });

  it('leaves out a placement that ended 13 months ago', () => {
    const homes = [
      placement('ben', '2024-06-01', '2025-10-23'),
      placement('ben', '2026-01-05', null),
    ];
    expect(countPlacementsInYear(homes, today, rules)).toBe(1);
  });

  it('counts a placement that began before the year and went on into it', () => {
    const homes = [
      placement('cy', '2024-06-01', '2025-12-01'),
      placement('cy', '2025-12-01', null),
    ];
    expect(countPlacementsInYear(homes, today, rules)).toBe(2);
  });

  it('does not count a child whose every placement ended before the year as in care', () => {
    const figures = computeStabilityFigures(
      [child('dee'), child('eli')],
      [placement('dee', '2023-01-01', '2024-01-01'), placement('eli', '2026-02-01', null)],
      today,
      rules,
    );
    expect(figures.manyMoves).toMatchObject({ count: 0, of: 1, percent: 0 });
  });
});

describe('long-term stability', () => {
  it('counts an under-16 in care three years, in the same home 25 months, above and below the line', () => {
    const figures = computeStabilityFigures(
      [child('fay', '2014-05-01')],
      [placement('fay', '2023-11-01', '2024-10-20'), placement('fay', '2024-10-20', null)],
      today,
      rules,
    );
    expect(figures.longTermStability).toEqual({ count: 1, of: 1, percent: 100 });
  });

  it('counts a child in care long enough who moved last year below the line only', () => {
    const figures = computeStabilityFigures(
      [child('gus', '2016-05-01')],
      [placement('gus', '2022-01-10', '2026-01-01'), placement('gus', '2026-01-01', null)],
      today,
      rules,
    );
    expect(figures.longTermStability).toEqual({ count: 0, of: 1, percent: 0 });
  });

  it('leaves out a 16-year-old, a child in care under 2.5 years, and a child who has left care', () => {
    const figures = computeStabilityFigures(
      [child('hal', '2010-11-01'), child('ivy', '2016-01-01'), child('jo', '2016-01-01')],
      [
        placement('hal', '2020-01-01', null),
        placement('ivy', '2024-12-01', null),
        placement('jo', '2020-01-01', '2026-06-01'),
      ],
      today,
      rules,
    );
    expect(figures.longTermStability).toEqual({ count: 0, of: 0, percent: null });
  });
});

describe('endings and matching outcomes', () => {
  it('counts endings in the year by why, and those without a recorded reason apart', () => {
    const figures = computeStabilityFigures(
      [],
      [
        placement('k', '2026-01-01', '2026-03-01', { endReasonKind: 'disruption' }),
        placement('k', '2026-03-01', '2026-09-01', { endReasonKind: 'return_home' }),
        placement('l', '2025-01-01', '2026-05-01', { endReasonKind: null }),
        placement('m', '2024-01-01', '2025-01-01', { endReasonKind: 'disruption' }),
      ],
      today,
      rules,
    );
    expect(figures.endings.total).toBe(3);
    expect(figures.endings.byReason).toMatchObject({
      disruption: 1,
      return_home: 1,
      not_recorded: 1,
      planned: 0,
    });
  });

  it('sets placements that followed the ranking beside those that overrode it', () => {
    const figures = computeStabilityFigures(
      [],
      [
        placement('n', '2025-01-01', null, { chosenRank: 1 }),
        placement('o', '2025-01-01', '2025-06-01', { chosenRank: 1, endReasonKind: 'planned' }),
        placement('p', '2025-01-01', '2025-03-01', { chosenRank: 3, endReasonKind: 'disruption' }),
        placement('q', '2025-01-01', null),
      ],
      today,
      rules,
    );
    expect(figures.matching.followed).toMatchObject({ placements: 2, stillGoing: 1 });
    expect(figures.matching.followed.endings.planned).toBe(1);
    expect(figures.matching.overrode).toMatchObject({ placements: 1, stillGoing: 0 });
    expect(figures.matching.overrode.endings.disruption).toBe(1);
  });
});

// Any set of placements: civil dates between 2020 and a year after today.
const isoDate = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2027-11-23T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const anyPlacement = fc
  .record({
    childId: fc.constantFrom('a', 'b', 'c', 'd'),
    startedOn: isoDate,
    length: fc.option(fc.integer({ min: 0, max: 900 })),
    rank: fc.option(fc.integer({ min: 1, max: 5 })),
  })
  .map(({ childId, startedOn, length, rank }) => {
    const endedOn =
      length === null
        ? null
        : new Date(Date.parse(startedOn) + length * 86_400_000).toISOString().slice(0, 10);
    return placement(childId, startedOn, endedOn, { chosenRank: rank });
  });
const anyChildren = fc.constant(['a', 'b', 'c', 'd'].map((id) => child(id, '2012-06-01')));

describe('properties', () => {
  it('keeps every share between 0% and 100%', () => {
    fc.assert(
      fc.property(anyChildren, fc.array(anyPlacement, { maxLength: 12 }), (children, list) => {
        const figures = computeStabilityFigures(children, list, today, rules);
        for (const share of [figures.manyMoves, figures.longTermStability]) {
          expect(share.count).toBeLessThanOrEqual(share.of);
          if (share.percent !== null) {
            expect(share.percent).toBeGreaterThanOrEqual(0);
            expect(share.percent).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('never lowers a child’s count when a placement is added', () => {
    fc.assert(
      fc.property(fc.array(anyPlacement, { maxLength: 8 }), anyPlacement, (list, extra) => {
        const before = countPlacementsInYear(list, today, rules);
        expect(countPlacementsInYear([...list, extra], today, rules)).toBeGreaterThanOrEqual(
          before,
        );
      }),
    );
  });
});
