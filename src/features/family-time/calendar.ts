// The iCalendar text of a person's family time feed. Each event carries the agency's time zone
// (with its VTIMEZONE), so 16:00 in London stays 16:00 in London whatever the season. What an
// event says is decided by the reader's side: a parent's events say when, how, where, supervision
// and the notes for the family, and nothing else; carers and workers also see the transport.
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Party } from '../partnership/space.ts';
import { FAMILY_TIME_KINDS, labelOf } from '../partnership/vocabulary.ts';
import { vtimezoneFor } from '../training/vtimezone.ts';
import type { FeedSession } from './feed-store.ts';

/** An iCalendar of family time for one reader. */
export function buildFamilyTimeCalendar(input: {
  agencyName: string;
  timeZone: string;
  now: Date;
  reader: Party;
  sessions: readonly FeedSession[];
}): string {
  const { timeZone } = input;
  const years = input.sessions.map(
    (session) => DateTime.fromJSDate(session.startsAt, { zone: timeZone }).year,
  );
  const calendar = ical({
    name: `Family time (${input.agencyName})`,
    prodId: { company: 'Kinfold', product: 'family-time', language: 'EN' },
    // No zone for the calendar itself: its own dates stay in UTC, each event names its zone and
    // the generator writes that zone's VTIMEZONE (as the training feed does).
    timezone: {
      name: null,
      generator: (zone) =>
        years.length === 0 ? null : vtimezoneFor(zone, Math.min(...years), Math.max(...years)),
    },
    ttl: 60 * 60 * 3,
  });
  calendar.x('X-WR-TIMEZONE', timeZone);
  for (const session of input.sessions) {
    calendar.createEvent({
      id: `${session.id}@kinfold-family-time`,
      start: DateTime.fromJSDate(session.startsAt, { zone: timeZone }),
      end: DateTime.fromJSDate(session.endsAt, { zone: timeZone }),
      timezone: timeZone,
      stamp: input.now,
      summary: `Family time with ${session.childKnownAs}`,
      location: session.venue || null,
      description: describeSession(session, input.reader),
      status:
        session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** What an event's description says, for this reader. */
export function describeSession(session: FeedSession, reader: Party): string {
  return [
    labelOf(FAMILY_TIME_KINDS, session.kind),
    session.isSupervised
      ? `Supervised${session.supervisedBy ? ` by ${session.supervisedBy}` : ''}`
      : 'Not supervised',
    session.notesForFamily ? `Notes: ${session.notesForFamily}` : null,
    reader !== 'parent' && session.transport ? `Getting there: ${session.transport}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}
