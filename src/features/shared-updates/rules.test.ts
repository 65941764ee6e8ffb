import { describe, expect, it } from 'vitest';
import {
  defaultLifeStoryTitle,
  earliestDayFor,
  lifeStoryKindOf,
  photoAltText,
  problemWithHappenedOn,
  shortName,
} from './rules.ts';

describe('the day an update is about', () => {
  const mia = { knownAs: 'Mia', dateOfBirth: '2017-03-02' };
  const earliest = earliestDayFor({ ...mia, homeStartedOn: '2026-10-05', isCarer: true });

  it('may be today or any day since Mia came to live with her carers', () => {
    const facts = { today: '2026-11-23', earliest };
    expect(problemWithHappenedOn('2026-11-23', facts)).toBeNull();
    expect(problemWithHappenedOn('2026-10-05', facts)).toBeNull();
    expect(problemWithHappenedOn('2026-11-24', facts)).toBe(
      'The day it happened cannot be in the future: today is 23 November 2026',
    );
    expect(problemWithHappenedOn('2026-10-04', facts)).toBe(
      'The day it happened must be on or after the day Mia came to live with you, 5 October 2026',
    );
  });

  it('is said in a worker’s words to a worker, and counts from birth once Mia lives in no home of ours', () => {
    expect(earliestDayFor({ ...mia, homeStartedOn: '2026-10-05', isCarer: false }).words).toBe(
      'the day Mia moved to the home they live in now',
    );
    expect(earliestDayFor({ ...mia, homeStartedOn: null, isCarer: false })).toEqual({
      date: '2017-03-02',
      words: 'the day Mia was born',
    });
  });
});

describe('the words around an update', () => {
  it('describes a photo with the update’s own words, cut at a word when they are long', () => {
    expect(photoAltText('A den in the garden.\nMuddy knees.')).toBe(
      'Photo: A den in the garden. Muddy knees.',
    );
    const long = photoAltText(`${'word '.repeat(40)}end`);
    expect(long.length).toBeLessThanOrEqual(128);
    expect(long.endsWith('word…')).toBe(true);
  });

  it('names someone who reacted by the first name they are shown with', () => {
    expect(shortName('Sam, foster carer')).toBe('Sam');
    expect(shortName('Dani Price, parent')).toBe('Dani');
    expect(shortName('Priya Shah')).toBe('Priya');
  });

  it('titles a life story entry by topic and day, and makes a photo entry only from a photo', () => {
    expect(defaultLifeStoryTitle('milestone', '2026-11-03')).toBe('A milestone, 3 November 2026');
    expect(defaultLifeStoryTitle('fun', '2026-11-03', 'en-US')).toBe(
      'Something fun, November 3, 2026',
    );
    expect(lifeStoryKindOf({ fileId: 'f' })).toBe('photo');
    expect(lifeStoryKindOf({ fileId: null })).toBe('memory');
  });
});
