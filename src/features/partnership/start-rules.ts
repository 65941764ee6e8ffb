// When the introductory meeting and the comfort call are due, and where each stands: pure
// functions over civil dates, so every page that shows a deadline can also say why it is due.
import { DateTime } from 'luxon';
import type { Jurisdiction } from '../../core/jurisdiction/england.ts';
import { addWorkingDays } from '../../core/time/working-days.ts';

/** The two things to do in a child's first days in a new home. */
export type StartPart = 'intro' | 'comfort_call';

/** A deadline: the date, what it counts from, the rule in words and where it comes from. */
export type StartDeadline = {
  part: StartPart;
  dueOn: string;
  startedOn: string;
  rule: string;
  citation: string;
  /** The bank holidays skipped, when the rule counts working days. */
  holidaysName: string | null;
};

/** Done (on time or late), still due, or overdue. */
export type StartState = 'done' | 'due' | 'overdue';

/** Where one part stands today. */
export type StartStatus = {
  state: StartState;
  deadline: StartDeadline;
  heldOn: string | null;
  /** Done, but after its due date. */
  isLate: boolean;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The date a number of calendar days after a civil date. */
export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days }).toISODate() ?? isoDate;
}

/** The introductory meeting is due a number of working days after the child arrives. */
export function introMeetingDeadline(startedOn: string, jurisdiction: Jurisdiction): StartDeadline {
  const rule = jurisdiction.partnership.introMeeting;
  return {
    part: 'intro',
    dueOn: addWorkingDays(startedOn, rule.withinWorkingDays, jurisdiction.holidays),
    startedOn,
    rule: `The child’s parents and carers meet within ${plural(rule.withinWorkingDays, 'working day')} of the child arriving`,
    citation: rule.citation,
    holidaysName: jurisdiction.holidays.name,
  };
}

/** The comfort call is due a number of calendar days after the child arrives. */
export function comfortCallDeadline(startedOn: string, jurisdiction: Jurisdiction): StartDeadline {
  const rule = jurisdiction.partnership.comfortCall;
  return {
    part: 'comfort_call',
    dueOn: addDays(startedOn, rule.withinDays),
    startedOn,
    rule: `A carer and the child’s parent speak on the phone within ${plural(rule.withinDays, 'day')} of the child arriving`,
    citation: rule.citation,
    holidaysName: null,
  };
}

/** Where a part stands: done once it is recorded as held, otherwise due until its date passes. */
export function startStatus(
  deadline: StartDeadline,
  heldOn: string | null,
  today: string,
): StartStatus {
  if (heldOn) return { state: 'done', deadline, heldOn, isLate: heldOn > deadline.dueOn };
  return { state: today > deadline.dueOn ? 'overdue' : 'due', deadline, heldOn, isLate: false };
}

/** How far back a held meeting or call may be dated: a planned move may start with one. */
export const EARLIEST_DAYS_BEFORE_START = 30;

/** What is wrong with the date a meeting or call was held on, or null when it is fine. */
export function problemWithHeldDate(input: {
  heldOn: string;
  startedOn: string;
  today: string;
  what: string;
}): string | null {
  if (input.heldOn > input.today) return `The date of ${input.what} cannot be after today`;
  if (input.heldOn < addDays(input.startedOn, -EARLIEST_DAYS_BEFORE_START)) {
    return `The date of ${input.what} must be no more than ${EARLIEST_DAYS_BEFORE_START} days before the child arrived`;
  }
  return null;
}
