// Event times as people read and type them: always in the agency's time zone (with its daylight
// saving), never the server's and never UTC.
import { DateTime } from 'luxon';
import { formatDate, todayIn } from '../../core/time/dates.ts';

type Locale = 'en-GB' | 'en-US';

/** "Tuesday 10 March 2026, 6:30pm to 8:30pm" in the agency's time zone. */
export function describeEventTime(
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
  locale: Locale = 'en-GB',
): string {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone }).setLocale(locale);
  const day = `${start.toFormat('cccc')} ${formatDate(todayIn(timeZone, startsAt), locale)}`;
  return `${day}, ${clockTime(startsAt, timeZone)} to ${clockTime(endsAt, timeZone)}`;
}

/** "6:30pm", or "10am" on the hour. */
export function clockTime(instant: Date, timeZone: string): string {
  const time = DateTime.fromJSDate(instant, { zone: timeZone });
  return time.toFormat(time.minute === 0 ? 'ha' : 'h:mma').toLowerCase();
}

/** The instant a date and a 24-hour time ("18:30") on the agency's wall clock stand for, or null. */
export function instantFromLocal(date: string, time: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  return local.isValid ? local.toJSDate() : null;
}

/** An instant as the date and 24-hour time on the agency's wall clock, for a form to change it. */
export function localPartsOf(instant: Date, timeZone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return { date: local.toISODate() ?? '', time: local.toFormat('HH:mm') };
}
