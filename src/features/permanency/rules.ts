// Permanency planning's rules: which dates a conversation, decision or review may carry, and how
// often each option came up. Pure: no database, no clock.
import type { PermanencyOption } from '../../core/db/tables.ts';
import { formatDate } from '../../core/time/dates.ts';
import { PERMANENCY_OPTIONS } from '../belonging/vocabulary.ts';

/** What is wrong with a date in the young person's planning, in words that say how to fix it. */
export function problemWithDate(input: {
  date: string;
  /** What the date is of, as the message says it: "the conversation". */
  what: string;
  today: string;
  dateOfBirth: string;
  knownAs: string;
  /** A date it may not be before, and why: a review cannot come before care began. */
  notBefore?: { date: string; because: string };
}): string | null {
  const { date, what, today, dateOfBirth, knownAs, notBefore } = input;
  if (date > today) {
    return `The date of ${what} cannot be in the future: record it on the day or after`;
  }
  if (date < dateOfBirth) {
    return `The date of ${what} cannot be before ${knownAs} was born on ${formatDate(dateOfBirth)}`;
  }
  if (notBefore && date < notBefore.date) {
    return `The date of ${what} cannot be before ${formatDate(notBefore.date)}, ${notBefore.because}`;
  }
  return null;
}

/** How many conversations touched each option, in the vocabulary's order. */
export function countOptionMentions(
  conversations: ReadonlyArray<{ options: readonly PermanencyOption[] }>,
): Record<PermanencyOption, number> {
  const counts = Object.fromEntries(PERMANENCY_OPTIONS.map((option) => [option.code, 0])) as Record<
    PermanencyOption,
    number
  >;
  for (const conversation of conversations) {
    for (const option of new Set(conversation.options)) counts[option] += 1;
  }
  return counts;
}
