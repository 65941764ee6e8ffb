// The daily record's rules: which dates a record may carry, and how a child and a home are named
// where a full name must not go. Pure: no database, no clock.
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { DailyRecordKind } from '../../core/db/tables.ts';
import { formatDate } from '../../core/time/dates.ts';

/** How far back a day's log may be written: memories fade, and a week is what carers asked for. */
export const LOG_DAYS_BACK = 7;

/** How long a draft is kept on the device it was typed on. */
export const DRAFT_DAYS = 7;

/** The earliest date a record may carry: the child's first day in this home, and for a log a week ago. */
export function earliestDateFor(
  kind: DailyRecordKind,
  today: string,
  livingHereSince: string,
): string {
  if (kind !== 'daily_log') return livingHereSince;
  const weekAgo = DateTime.fromISO(today).minus({ days: LOG_DAYS_BACK }).toISODate() ?? today;
  return weekAgo > livingHereSince ? weekAgo : livingHereSince;
}

/** What is wrong with a record's date, in words that say how to fix it; null when it is fine. */
export function problemWithDate(input: {
  kind: DailyRecordKind;
  occurredOn: string;
  today: string;
  livingHereSince: string;
  childName: string;
}): string | null {
  const { kind, occurredOn, today, livingHereSince, childName } = input;
  if (occurredOn > today) return 'The date cannot be in the future: write it on the day or after';
  if (occurredOn < livingHereSince) {
    return `The date must be on or after ${formatDate(livingHereSince)}, when ${childName} came to live with you`;
  }
  if (occurredOn < earliestDateFor(kind, today, livingHereSince)) {
    return `A daily log can be written up to ${LOG_DAYS_BACK} days later: choose a date from ${formatDate(earliestDateFor(kind, today, livingHereSince))}, or record it as a significant event`;
  }
  return null;
}

/** A child named so that a stranger reading over a shoulder learns little: "Mia P.". */
export function childShortName(child: {
  firstName: string;
  preferredName: string | null;
  lastName: string;
}): string {
  const initial = child.lastName.trim().charAt(0).toUpperCase();
  return `${child.preferredName ?? child.firstName}${initial ? ` ${initial}.` : ''}`;
}

/** A household as a sentence speaks of it: "the Okafor household". */
export function householdPhrase(name: string): string {
  const bare = name.trim().replace(/^the\s+/i, '');
  return /household$/i.test(bare) ? `the ${bare}` : `the ${bare} household`;
}

/**
 * Where a draft is kept on the device: one key per person and child, hashed so that the key says
 * neither who is writing nor about whom, and so that someone else signing in on the same device is
 * never offered it.
 */
export function draftKeyFor(userId: string, childId: string): string {
  const hash = createHash('sha256').update(`daily-record:${userId}:${childId}`).digest('hex');
  return `kinfold-draft:${hash.slice(0, 32)}`;
}
