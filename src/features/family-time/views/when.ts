// How a session's time reads on a page, in the agency's time zone: "Thursday 12 November 2026,
// 16:00 to 17:30".
import { DateTime } from 'luxon';
import type { Locale } from '../../../core/ui/terms.ts';

/** The day and times of a session, as people say them. */
export function describeWhen(
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
  locale: Locale,
): string {
  const starts = DateTime.fromJSDate(startsAt, { zone: timeZone }).setLocale(locale);
  const ends = DateTime.fromJSDate(endsAt, { zone: timeZone }).setLocale(locale);
  const time = locale === 'en-US' ? 'h:mm a' : 'HH:mm';
  const day = starts.toFormat(locale === 'en-US' ? 'cccc, LLLL d, yyyy' : 'cccc d LLLL yyyy');
  const endDay = starts.hasSame(ends, 'day') ? '' : `${ends.toFormat('cccc d LLLL')} `;
  return `${day}, ${starts.toFormat(time)} to ${endDay}${ends.toFormat(time)}`;
}
