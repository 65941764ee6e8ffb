// The space's words that more than one page uses: how a meeting's time reads, what a parent is to
// the child, and where the plan for going home stands.
import { DateTime } from 'luxon';
import { formatDate } from '../../../core/time/dates.ts';
import type { Locale } from '../../../core/ui/terms.ts';
import type { PartSummaries } from '../hub-store.ts';

/** A meeting's day and time on the agency's clock: "Monday 12 October 2026, 10:30". */
export function formatMeetingTime(at: Date, timeZone: string, locale: Locale): string {
  return DateTime.fromJSDate(at, { zone: timeZone })
    .setLocale(locale)
    .toFormat('cccc d LLLL yyyy, HH:mm');
}

/** The date and the 24-hour time of an instant on the agency's clock, for a form's fields. */
export function wallClockParts(at: Date, timeZone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return { date: local.toISODate() ?? '', time: local.toFormat('HH:mm') };
}

const RELATIONSHIPS: Record<string, string> = {
  mother: 'mother',
  father: 'father',
  parent: 'parent',
  other: 'family',
};

/** What a parent is to the child, in a word. */
export function relationshipWord(relationship: string): string {
  return RELATIONSHIPS[relationship] ?? 'family';
}

/** "1 new message", "3 new messages". */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** Where the plan for going home stands, for staff and carers. */
export function planLine(plan: PartSummaries['plan'], locale: Locale): string {
  if (!plan) return 'No plan yet';
  switch (plan.status) {
    case 'working_towards':
      return plan.targetOn
        ? `Working towards going home, aiming for ${formatDate(plan.targetOn, locale)}`
        : 'Working towards going home';
    case 'home':
      return plan.supportEndsOn
        ? `Home, with support until ${formatDate(plan.supportEndsOn, locale)}`
        : 'Home, with support';
    case 'closed':
      return 'The plan is closed';
  }
}

/** Where the plan for going home stands, for a parent. */
export function familyPlanLine(
  plan: PartSummaries['plan'],
  knownAs: string,
  locale: Locale,
): string {
  if (!plan) return 'No plan yet';
  switch (plan.status) {
    case 'working_towards':
      return plan.targetOn
        ? `Working towards ${knownAs} coming home, aiming for ${formatDate(plan.targetOn, locale)}`
        : `Working towards ${knownAs} coming home`;
    case 'home':
      return plan.supportEndsOn
        ? `${knownAs} is home. Your support goes on until ${formatDate(plan.supportEndsOn, locale)}`
        : `${knownAs} is home`;
    case 'closed':
      return 'The plan is finished';
  }
}
