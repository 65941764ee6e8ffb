// The one rule for when a classroom session may run: on a school day in its area's term, and
// entirely between 10am and 2pm on the agency's wall clock, so carers can come while children are
// at school. The form, the API, imports and any planner all ask this module; it does no I/O.
import { DateTime } from 'luxon';

export const DEFAULT_TIME_ZONE = 'Europe/London';

/** A school term, as civil dates (YYYY-MM-DD), first and last day included. */
export type SchoolTerm = { startsOn: string; endsOn: string };

/** Days inside a term when the schools are shut, first and last day included. */
export type SchoolClosure = { kind: 'half_term' | 'inset_day'; startsOn: string; endsOn: string };

/** One area's school calendar, as its local authority sets it. */
export type AreaCalendar = { name: string; terms: SchoolTerm[]; excludedDates: SchoolClosure[] };

/** Which part of a session a problem is about, so a form can show it on the right field. */
export type SessionField = 'date' | 'startTime' | 'endTime';

export type SessionProblem = { field: SessionField; reason: string };

export type SessionCheck =
  { ok: true } | { ok: false; reasons: string[]; problems: SessionProblem[] };

// Minutes after local midnight, on the wall clock (not elapsed time, which differs on clock-change days).
const EARLIEST_START = 10 * 60;
const LATEST_END = 14 * 60;

/** May a classroom session run at these times in this area? If not, says why in plain words. */
export function checkClassroomSession(input: {
  startsAt: Date;
  endsAt: Date;
  timeZone?: string;
  area: AreaCalendar;
}): SessionCheck {
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const start = DateTime.fromJSDate(input.startsAt, { zone });
  const end = DateTime.fromJSDate(input.endsAt, { zone });
  if (!start.isValid || !end.isValid) {
    return refuse([{ field: 'date', reason: `${zone} is not a time zone we know` }]);
  }
  const problems: SessionProblem[] = [
    ...dayProblems(start, input.area),
    ...timeProblems(start, end),
  ];
  return problems.length === 0 ? { ok: true } : refuse(problems);
}

function refuse(problems: SessionProblem[]): SessionCheck {
  return { ok: false, reasons: problems.map((problem) => problem.reason), problems };
}

function dayProblems(start: DateTime, area: AreaCalendar): SessionProblem[] {
  const date = start.toISODate() ?? '';
  const day = start.toFormat('d LLLL yyyy');
  if (start.weekday > 5) {
    return [{ field: 'date', reason: `${start.toFormat('cccc')} ${day} is not a school day` }];
  }
  if (!area.terms.some((term) => isWithin(date, term))) {
    return [{ field: 'date', reason: `${day} is outside the school terms for ${area.name}` }];
  }
  const closure = area.excludedDates.find((closed) => isWithin(date, closed));
  if (closure?.kind === 'half_term') {
    return [{ field: 'date', reason: `${day} is in half-term for ${area.name}` }];
  }
  if (closure?.kind === 'inset_day') {
    return [{ field: 'date', reason: `${day} is a school training (inset) day in ${area.name}` }];
  }
  return [];
}

function timeProblems(start: DateTime, end: DateTime): SessionProblem[] {
  if (end <= start) {
    return [{ field: 'endTime', reason: 'The session must end after it starts' }];
  }
  const problems: SessionProblem[] = [];
  if (minutesIntoDay(start) < EARLIEST_START) {
    problems.push({ field: 'startTime', reason: `It starts before 10am (${clock(start)})` });
  }
  const isSameDay = end.toISODate() === start.toISODate();
  if (!isSameDay || minutesIntoDay(end) > LATEST_END) {
    problems.push({
      field: 'endTime',
      reason: `The session ends after 2pm (${isSameDay ? clock(end) : 'the next day'})`,
    });
  }
  return problems;
}

function isWithin(date: string, range: { startsOn: string; endsOn: string }): boolean {
  return range.startsOn <= date && date <= range.endsOn;
}

function minutesIntoDay(time: DateTime): number {
  return time.hour * 60 + time.minute + time.second / 60 + time.millisecond / 60_000;
}

function clock(time: DateTime): string {
  return time.toFormat(time.second === 0 ? 'HH:mm' : 'HH:mm:ss');
}
