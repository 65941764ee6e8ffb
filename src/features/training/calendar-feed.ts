// A personal calendar feed (iCalendar) of the sessions a carer has a place on, at a secret address
// their calendar program fetches now and then. Times carry the agency's time zone, so a session at
// 10:00 in London shows at 10:00 in London whatever the season.
import { randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { myTrainingAddress } from './booking-mail.ts';
import { findBookingsOfCarer, type SessionDetails } from './booking-store.ts';
import * as feeds from './feed-store.ts';
import { findTraineeByUser } from './trainees.ts';
import { vtimezoneFor } from './vtimezone.ts';

/** What a feed token looks like: 32 random bytes in base64url. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The signed-in carer's feed token, or null when they have not made one. */
export async function readMyFeedToken(ctx: Ctx): Promise<string | null> {
  const { actor } = await authorize(ctx, 'training.take_part');
  return feeds.findFeedToken(ctx.db, actor.userId);
}

/** Makes the signed-in carer a new feed address; any old address stops working. */
export async function resetMyFeed(ctx: Ctx): Promise<string> {
  const { actor } = await authorize(ctx, 'training.take_part');
  const token = randomBytes(32).toString('base64url');
  await inTransaction(ctx, async (tx) => {
    await feeds.replaceFeedToken(tx.db, actor.userId, token, ctx.now);
    await recordAudit(tx, {
      action: 'training.feed_created',
      recordType: 'training_calendar_feed',
      recordId: actor.userId,
      fields: ['token'],
    });
  });
  return token;
}

/** The feed a token opens, as iCalendar text; null for a token that opens nothing. */
export async function renderCalendarFeed(db: Db, token: string, now: Date): Promise<string | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const userId = await feeds.findFeedOwner(db, token);
  if (!userId) return null;
  const settings = await getAgencySettings(db);
  const trainee = await findTraineeByUser(db, userId);
  const bookings = trainee ? await findBookingsOfCarer(db, trainee.id) : [];
  return buildCalendar({
    agencyName: settings.name,
    timeZone: settings.timeZone,
    now,
    events: bookings
      .filter((booking) => booking.status === 'booked' || booking.status === 'attended')
      .map((booking) => ({ id: booking.id, session: booking.session })),
  });
}

/** An iCalendar of sessions, each at its local time in the agency's time zone. */
export function buildCalendar(input: {
  agencyName: string;
  timeZone: string;
  now: Date;
  events: { id: string; session: SessionDetails }[];
}): string {
  const { timeZone } = input;
  const years = input.events.map(
    (event) => DateTime.fromJSDate(event.session.startsAt, { zone: timeZone }).year,
  );
  const calendar = ical({
    name: `Training with ${input.agencyName}`,
    prodId: { company: 'Kinfold', product: 'training', language: 'EN' },
    // No name here: the calendar's own dates (DTSTAMP) then stay in UTC, as RFC 5545 wants, while
    // each event names its zone and the generator writes that zone's VTIMEZONE.
    timezone: {
      name: null,
      generator: (zone) =>
        years.length === 0 ? null : vtimezoneFor(zone, Math.min(...years), Math.max(...years)),
    },
    ttl: 60 * 60 * 6,
  });
  calendar.x('X-WR-TIMEZONE', timeZone);
  for (const { id, session } of input.events) {
    calendar.createEvent({
      id: `${id}@kinfold-training`,
      start: DateTime.fromJSDate(session.startsAt, { zone: timeZone }),
      end: DateTime.fromJSDate(session.endsAt, { zone: timeZone }),
      timezone: timeZone,
      stamp: input.now,
      summary: session.courseTitle,
      location: [session.venueName, session.venueAddress, session.venuePostcode]
        .filter(Boolean)
        .join(', '),
      description: eventDescription(session),
    });
  }
  return calendar.toString();
}

function eventDescription(session: SessionDetails): string {
  return [
    session.isCatchUp ? 'A catch-up session.' : null,
    'You do not need to bring anything unless your trainer has asked you to.',
    session.accessibilityNotes ? `Getting in: ${session.accessibilityNotes}` : null,
    `To cancel, or to see your other training: ${myTrainingAddress()}`,
  ]
    .filter(Boolean)
    .join('\n');
}
