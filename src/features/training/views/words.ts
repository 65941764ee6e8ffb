// How the training pages put courses and dates into words.
import { DateTime } from 'luxon';
import type { CourseRow } from '../store.ts';
import { TSDS_STANDARDS as STANDARD_NAMES } from '../requirements.ts';

/** The 7 standards by number, for the catalogue and the course form. */
export const TSDS_STANDARDS: Record<number, string> = Object.fromEntries(
  STANDARD_NAMES.map((name, index) => [index + 1, name]),
);

const AUDIENCES: Record<CourseRow['audience'], string> = {
  all_carers: 'All carers',
  new_carers: 'New carers, towards the training standards',
  kinship_carers: 'Kinship carers',
};

const MODES: Record<CourseRow['deliveryMode'], string> = {
  classroom: 'In a local venue',
  e_learning: 'Online, at your own pace',
  both: 'In a local venue or online',
};

/** Who a course is for, in words. */
export function audienceWords(audience: CourseRow['audience']): string {
  return AUDIENCES[audience];
}

/** How a course is given, in words. */
export function deliveryWords(mode: CourseRow['deliveryMode']): string {
  return MODES[mode];
}

/** "3 hours" or "1 hour 30 minutes". */
export function durationWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourWords = hours === 0 ? '' : `${hours} hour${hours === 1 ? '' : 's'}`;
  const minuteWords = rest === 0 ? '' : `${rest} minutes`;
  return [hourWords, minuteWords].filter(Boolean).join(' ');
}

/** "Tuesday 10 November 2026, 10am to 1pm" on the agency's clock. */
export function sessionTimeWords(startsAt: Date, endsAt: Date, timeZone: string): string {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const end = DateTime.fromJSDate(endsAt, { zone: timeZone });
  return `${start.toFormat('cccc d LLLL yyyy')}, ${clockWords(start)} to ${clockWords(end)}`;
}

/** "1 September 2026". */
export function civilDateWords(date: string): string {
  return DateTime.fromISO(date).toFormat('d LLLL yyyy');
}

function clockWords(time: DateTime): string {
  return time.toFormat(time.minute === 0 ? 'ha' : 'h:mma').toLowerCase();
}

/** "Every 3 years", "Every 18 months", or once. */
export function refresherWords(months: number | null): string {
  if (!months) return 'Once is enough';
  return months % 12 === 0 ? `Every ${months / 12} years` : `Every ${months} months`;
}
