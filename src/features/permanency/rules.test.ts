import { describe, expect, it } from 'vitest';
import { countOptionMentions, problemWithDate } from './rules.ts';

// Zara was born on 14 May 2011 and became looked after on 1 September 2025; today is 23 November 2026.
const ZARA = { today: '2026-11-23', dateOfBirth: '2011-05-14', knownAs: 'Zara' };
const SINCE = { date: '2025-09-01', because: 'when Zara became looked after' };

describe('the dates planning may carry', () => {
  it.each([
    ['2026-11-23', undefined, null],
    [
      '2026-11-24',
      undefined,
      'The date of the review cannot be in the future: record it on the day or after',
    ],
    ['2011-05-14', undefined, null],
    [
      '2011-05-13',
      undefined,
      'The date of the review cannot be before Zara was born on 14 May 2011',
    ],
    ['2025-09-01', SINCE, null],
    [
      '2025-08-31',
      SINCE,
      'The date of the review cannot be before 1 September 2025, when Zara became looked after',
    ],
  ])('%s (not before %o): %s', (date, notBefore, problem) => {
    expect(
      problemWithDate({ ...ZARA, date, what: 'the review', ...(notBefore ? { notBefore } : {}) }),
    ).toBe(problem);
  });
});

describe('how often each option came up', () => {
  it('counts each conversation once per option, and every option even when never mentioned', () => {
    expect(
      countOptionMentions([
        { options: ['kinship', 'staying_put'] },
        { options: ['kinship', 'kinship'] },
        { options: [] },
      ]),
    ).toEqual({
      return_home: 0,
      kinship: 2,
      adoption: 0,
      long_term_fostering: 0,
      staying_put: 1,
    });
  });
});
