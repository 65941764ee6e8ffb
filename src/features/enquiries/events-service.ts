// Information events as the public sees them, and booking a place: capacity is checked under a
// row lock on the event, so two people can never both take its last place.
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { describeEventTime } from './event-times.ts';
import * as store from './events-store.ts';
import type { TBooking } from './schemas.ts';
import { recordAndConfirm, withoutBlanks, type EnquiryDeps } from './service.ts';

// An address with a mistyped id leads nowhere, rather than to a database error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event as a visitor sees it, its time already in the agency's time zone. */
export type PublicEvent = {
  id: string;
  title: string;
  when: string;
  venue: string;
  isOnline: boolean;
  areaName: string | null;
  description: string;
  placesLeft: number;
  /** Still to start and not cancelled. */
  isOpen: boolean;
};

export type BookingResult =
  | { kind: 'booked'; reference: string; places: number }
  | { kind: 'not_enough_places'; placesLeft: number }
  | { kind: 'closed' }
  | { kind: 'already_booked' };

/** The events still to come that anyone may book, soonest first. */
export async function listUpcomingEvents(ctx: Ctx): Promise<PublicEvent[]> {
  const settings = await getAgencySettings(ctx.db);
  const rows = await store.findUpcomingEvents(ctx.db, ctx.now);
  return rows.map((row) => toPublicEvent(row, settings, ctx.now));
}

/** One event for its booking page; NotFound for an address that names no event. */
export async function getPublicEvent(ctx: Ctx, id: string): Promise<PublicEvent> {
  if (!UUID.test(id)) throw new NotFound();
  const row = await store.findEvent(ctx.db, id);
  if (!row) throw new NotFound();
  return toPublicEvent(row, await getAgencySettings(ctx.db), ctx.now);
}

/**
 * Books places at an event for someone. The event's row stays locked from counting its places to
 * recording the booking, so a second person booking at the same moment waits, then sees this one.
 */
export async function bookPlaces(
  ctx: Ctx,
  deps: EnquiryDeps,
  eventId: string,
  form: TBooking,
  source: string,
): Promise<BookingResult> {
  if (!UUID.test(eventId)) throw new NotFound();
  const settings = await getAgencySettings(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const event = await store.lockEventForBooking(tx.db, eventId);
    if (!event) throw new NotFound();
    if (event.isCancelled || event.startsAt <= tx.now) return { kind: 'closed' };
    const placesLeft = Math.max(0, event.capacity - event.placesBooked);
    if (form.places > placesLeft) return { kind: 'not_enough_places', placesLeft };
    if (await store.hasBookingByEmail(tx.db, eventId, form.email)) {
      return { kind: 'already_booked' };
    }
    const when = describeEventTime(
      event.startsAt,
      event.endsAt,
      settings.timeZone,
      settings.locale,
    );
    const accepted = await recordAndConfirm(
      tx,
      deps,
      settings,
      {
        kind: 'information_event',
        firstName: form.firstName,
        lastName: form.lastName,
        email: form.email,
        phone: form.phone,
        sourceDetail: source,
        answers: withoutBlanks({
          event: event.title,
          eventId: event.id,
          eventStartsAt: event.startsAt.toISOString(),
          places: String(form.places),
        }),
      },
      {
        kind: 'information_event',
        event: { title: event.title, when, venue: event.venue, isOnline: event.isOnline },
        places: form.places,
      },
    );
    await store.insertBooking(tx.db, {
      eventId,
      prospectiveCarerId: accepted.prospectiveCarerId,
      places: form.places,
      bookedAt: tx.now,
    });
    return { kind: 'booked', reference: accepted.reference, places: form.places };
  });
}

function toPublicEvent(
  row: store.EventRow,
  settings: { timeZone: string; locale: 'en-GB' | 'en-US' },
  now: Date,
): PublicEvent {
  return {
    id: row.id,
    title: row.title,
    when: describeEventTime(row.startsAt, row.endsAt, settings.timeZone, settings.locale),
    venue: row.venue,
    isOnline: row.isOnline,
    areaName: row.areaName,
    description: row.description,
    placesLeft: Math.max(0, row.capacity - row.placesBooked),
    isOpen: !row.isCancelled && row.startsAt > now,
  };
}
