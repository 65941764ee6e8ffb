// A VTIMEZONE block (RFC 5545, 3.6.5) for an IANA time zone, so calendar programs that do not know
// the zone by name still place "10:00 Europe/London" at the right instant. Built from the zone's
// real changes (from Luxon's time zone data) over the years the feed covers.
import { DateTime } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function offsetAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** "+0100", "-0500" for an offset in minutes. */
function offsetWords(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}${String(whole % 60).padStart(2, '0')}`;
}

// The first minute at which the offset differs from the one at `from`, searching up to `to`.
function changeBetween(from: number, to: number, zone: string): number {
  const before = offsetAt(from, zone);
  let low = from;
  let high = to;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(middle, zone) === before) low = middle;
    else high = middle;
  }
  return high;
}

function observance(at: number, zone: string, offsetFrom: number): string[] {
  const local = DateTime.fromMillis(at, { zone }).setLocale('en-GB');
  const wallClock = DateTime.fromMillis(at + offsetFrom * MINUTE_MS, { zone: 'utc' });
  const kind = local.isInDST ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${wallClock.toFormat("yyyyLLdd'T'HHmmss")}`,
    `TZOFFSETFROM:${offsetWords(offsetFrom)}`,
    `TZOFFSETTO:${offsetWords(local.offset)}`,
    `TZNAME:${local.offsetNameShort ?? offsetWords(local.offset)}`,
    `END:${kind}`,
  ];
}

/** The VTIMEZONE for a zone over whole years, or null for a zone Luxon does not know. */
export function vtimezoneFor(zone: string, fromYear: number, toYear: number): string | null {
  const start = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: 'utc' });
  if (!DateTime.now().setZone(zone).isValid || !start.isValid) return null;
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone: 'utc' });
  const first = start.toMillis();
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(first, zone, offsetAt(first, zone)),
  ];
  for (let day = first; day < end.toMillis(); day += DAY_MS) {
    const next = day + DAY_MS;
    const offsetBefore = offsetAt(day, zone);
    if (offsetAt(next, zone) === offsetBefore) continue;
    lines.push(...observance(changeBetween(day, next, zone), zone, offsetBefore));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
