import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeVacancies, vacanciesOf } from './vacancies.ts';

describe('vacancies', () => {
  it.each([
    { maxChildren: 3, childrenNow: 1, vacancies: 2 },
    { maxChildren: 2, childrenNow: 2, vacancies: 0 },
    { maxChildren: 1, childrenNow: 2, vacancies: 0 },
    { maxChildren: null, childrenNow: 0, vacancies: 0 },
    { maxChildren: 0, childrenNow: 0, vacancies: 0 },
  ])(
    'a home approved for $maxChildren with $childrenNow living there has $vacancies',
    ({ maxChildren, childrenNow, vacancies }) => {
      expect(vacanciesOf(maxChildren, childrenNow)).toBe(vacancies);
    },
  );

  it('are never negative and never more than the terms allow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 20 }), (max, now) => {
        const vacancies = vacanciesOf(max, now);
        expect(vacancies).toBeGreaterThanOrEqual(0);
        expect(vacancies).toBeLessThanOrEqual(max);
        expect(vacancies + Math.min(now, max)).toBe(max);
      }),
    );
  });

  it('are said in words', () => {
    expect(describeVacancies(0)).toBe('No vacancy');
    expect(describeVacancies(1)).toBe('1 vacancy');
    expect(describeVacancies(3)).toBe('3 vacancies');
  });
});
