// The shared updates' rules, with no I/O: which days an update may be about, the words a photo is
// described with, how a reaction names someone, and the life story entry an update becomes.
import type { LifeStoryKind, UpdateTopic } from '../../core/db/tables.ts';
import { formatDate } from '../../core/time/dates.ts';
import { UPDATE_TOPICS, labelOf } from '../partnership/vocabulary.ts';

/** The earliest day an update may be about, and how to say it. */
export type EarliestDay = { date: string; words: string };

/**
 * The earliest day for a child's update: the day they came to live in their current home, or
 * when they live in none of the agency's homes, the day they were born.
 */
export function earliestDayFor(input: {
  knownAs: string;
  dateOfBirth: string;
  homeStartedOn: string | null;
  isCarer: boolean;
}): EarliestDay {
  if (input.homeStartedOn === null) {
    return { date: input.dateOfBirth, words: `the day ${input.knownAs} was born` };
  }
  return {
    date: input.homeStartedOn,
    words: input.isCarer
      ? `the day ${input.knownAs} came to live with you`
      : `the day ${input.knownAs} moved to the home they live in now`,
  };
}

/** Why an update's day cannot be right, or null: not in the future, not before the earliest day. */
export function problemWithHappenedOn(
  happenedOn: string,
  facts: { today: string; earliest: EarliestDay; locale?: 'en-GB' | 'en-US' },
): string | null {
  if (happenedOn > facts.today) {
    return `The day it happened cannot be in the future: today is ${formatDate(facts.today, facts.locale)}`;
  }
  if (happenedOn < facts.earliest.date) {
    return `The day it happened must be on or after ${facts.earliest.words}, ${formatDate(facts.earliest.date, facts.locale)}`;
  }
  return null;
}

const ALT_LENGTH = 120;

/**
 * The alt text of an update's photo, from the update's own words: what the carer wrote is the
 * best description anyone has of what the photo shows.
 */
export function photoAltText(body: string): string {
  const words = body.replace(/\s+/g, ' ').trim();
  if (words.length <= ALT_LENGTH) return `Photo: ${words}`;
  const cut = words.slice(0, ALT_LENGTH);
  const atWord = cut.lastIndexOf(' ');
  return `Photo: ${(atWord > 40 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/**
 * The first name in how someone is shown ("Sam" from "Sam, foster carer" or "Dani Price,
 * parent"): short enough for a line of reactions, and never more than the reader may know.
 */
export function shortName(shown: string): string {
  const name = shown.split(',')[0] ?? shown;
  return name.trim().split(/\s+/)[0] ?? name;
}

/** "A milestone, 3 November 2026": the title a life story entry gets when none is given. */
export function defaultLifeStoryTitle(
  topic: UpdateTopic,
  happenedOn: string,
  locale: 'en-GB' | 'en-US' = 'en-GB',
): string {
  return `${labelOf(UPDATE_TOPICS, topic)}, ${formatDate(happenedOn, locale)}`;
}

/** An update with a photo becomes a photo in the story; words alone, a memory. */
export function lifeStoryKindOf(update: { fileId: string | null }): LifeStoryKind {
  return update.fileId ? 'photo' : 'memory';
}
