// Booking places on classroom sessions and cancelling them. The session's row is locked while its
// places are counted, so when two carers take the last place at once one gets it and the other
// joins the waiting list; a place given up goes to the first person waiting.
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { queueMail } from '../../core/mail/outbox.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { placeConfirmedMail, waitingListMail } from './booking-mail.ts';
import * as store from './booking-store.ts';
import type { SessionDetails } from './booking-store.ts';
import { offerCatchUp, reopenCatchUps } from './catch-up.ts';
import { resolveOffers } from './catch-up-store.ts';
import { asResource, findTrainee, traineeName, type Trainee } from './trainees.ts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** What booking gave: a place, or a place in the queue. */
export type BookingOutcome = {
  bookingId: string;
  status: 'booked' | 'waiting';
  /** Where in the waiting list, for 'waiting'. */
  position: number | null;
  carerName: string;
};

/**
 * Books a carer on a session, or on its waiting list when it is full. Refuses a session that has
 * started, an online-only course, and a second booking of the same carer on the same session.
 */
export async function bookPlace(
  ctx: Ctx,
  sessionId: string,
  carerId: string,
): Promise<BookingOutcome> {
  const trainee = await findTrainee(ctx.db, carerId);
  if (!trainee) throw new NotFound();
  const { actor } = await authorize(ctx, 'training.book', asResource(trainee));
  const session = await store.findSessionDetails(ctx.db, sessionId);
  if (!session) throw new NotFound();
  if (session.deliveryMode === 'e_learning') {
    throw new Invalid({ sessionId: `${session.courseTitle} is taken online, not in a session` });
  }
  if (session.startsAt <= ctx.now) {
    throw new Invalid({
      sessionId: 'This session has already started; choose one of the sessions still to come',
    });
  }
  try {
    return await inTransaction(ctx, async (tx) => {
      const locked = await store.lockSession(tx.db, sessionId);
      if (!locked) throw new NotFound();
      const current = await store.findCurrentBooking(tx.db, sessionId, carerId);
      if (current) throw alreadyBooked(trainee, current.status);
      const taken = await store.countLivePlaces(tx.db, sessionId);
      const status = taken < locked.capacity ? 'booked' : 'waiting';
      const bookingId = await store.insertBooking(tx.db, {
        sessionId,
        carerId,
        status,
        bookedBy: actor.userId,
        ...(status === 'booked' ? remindersAlreadyCovered(session, ctx.now) : {}),
      });
      const position = status === 'waiting' ? await store.waitingPosition(tx.db, bookingId) : null;
      if (status === 'booked') await takeUpCatchUps(tx, carerId, session.courseId);
      await recordAudit(tx, {
        action: status === 'booked' ? 'training.booked' : 'training.joined_waiting_list',
        recordType: 'training_booking',
        recordId: bookingId,
        fields: ['sessionId', 'carerId', 'status'],
      });
      await tellCarer(tx, trainee, session, position === null ? 'booked' : position);
      return { bookingId, status, position, carerName: traineeName(trainee) } as const;
    });
  } catch (error) {
    // The lock makes this rare; the unique index on live bookings is the last word.
    if (isUniqueViolation(error)) throw alreadyBooked(trainee, 'booked');
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as Error & { code?: unknown }).code === '23505') return true;
  }
  return false;
}

function alreadyBooked(trainee: Trainee, status: string): Invalid {
  const name = traineeName(trainee);
  return new Invalid({
    carerId:
      status === 'waiting'
        ? `${name} is already on the waiting list for this session`
        : `${name} already has a place on this session`,
  });
}

// A place confirmed within a week of the session needs no week reminder on top of the
// confirmation, nor a day reminder when it is confirmed on the day before.
function remindersAlreadyCovered(session: SessionDetails, now: Date) {
  const ahead = session.startsAt.getTime() - now.getTime();
  return {
    ...(ahead <= 7 * DAY_MS ? { weekReminderSentAt: now } : {}),
    ...(ahead <= DAY_MS ? { dayReminderSentAt: now } : {}),
  };
}

// A carer with a place on the course no longer needs a catch-up offer for it.
async function takeUpCatchUps(tx: Ctx, carerId: string, courseId: string): Promise<void> {
  await resolveOffers(tx.db, { carerId, courseId, from: ['open'], to: 'booked', at: tx.now });
}

async function tellCarer(
  tx: Ctx,
  trainee: Pick<Trainee, 'email' | 'firstName'>,
  session: SessionDetails,
  what: 'booked' | 'promoted' | number,
): Promise<void> {
  if (!trainee.email) return;
  const { timeZone } = await getAgencySettings(tx.db);
  const to = { to: trainee.email, firstName: trainee.firstName, timeZone };
  await queueMail(
    tx.db,
    typeof what === 'number'
      ? waitingListMail(to, session, what)
      : placeConfirmedMail(to, session, what),
  );
}

/** Whether cancelling a place now is too close to the session to give it to someone else. */
export function isLateCancellation(startsAt: Date, now: Date): boolean {
  return (
    startsAt.getTime() - now.getTime() < ENGLAND.training.lateCancellation.hoursBefore * HOUR_MS
  );
}

/** A booking with what cancelling it would mean, for the page that asks "are you sure?". */
export async function readCancellation(ctx: Ctx, bookingId: string) {
  const { booking, trainee, session } = await loadOwnBooking(ctx, bookingId);
  return {
    booking,
    session,
    carerName: traineeName(trainee),
    isLate: booking.status === 'booked' && isLateCancellation(session.startsAt, ctx.now),
  };
}

async function loadOwnBooking(ctx: Ctx, bookingId: string) {
  const booking = await store.findBooking(ctx.db, bookingId);
  if (!booking) throw new NotFound();
  const trainee = await findTrainee(ctx.db, booking.carerId);
  if (!trainee) throw new NotFound();
  await authorize(ctx, 'training.book', asResource(trainee));
  const session = await store.findSessionDetails(ctx.db, booking.sessionId);
  if (!session) throw new NotFound();
  if (booking.status !== 'booked' && booking.status !== 'waiting') {
    throw new Invalid({
      bookingId: 'This place has already been cancelled or marked on the register',
    });
  }
  if (session.startsAt <= ctx.now) {
    throw new Invalid({
      bookingId: 'This session has started, so the place can no longer be cancelled',
    });
  }
  return { booking, trainee, session };
}

/**
 * Cancels a place (or leaves the waiting list). The first person waiting gets a freed place; a
 * place given up within 48 hours of the start is a late cancellation and brings a catch-up offer.
 */
export async function cancelBooking(
  ctx: Ctx,
  bookingId: string,
): Promise<{ isLate: boolean; promoted: number; sessionId: string }> {
  const { trainee, session } = await loadOwnBooking(ctx, bookingId);
  return inTransaction(ctx, async (tx) => {
    await store.lockSession(tx.db, session.id);
    // Read again under the lock: the place may have changed since the page was shown.
    const booking = await store.findBooking(tx.db, bookingId);
    if (!booking || (booking.status !== 'booked' && booking.status !== 'waiting')) {
      throw new Invalid({ bookingId: 'This place has already been cancelled' });
    }
    const wasPlace = booking.status === 'booked';
    const isLate = wasPlace && isLateCancellation(session.startsAt, ctx.now);
    await store.updateBooking(tx.db, bookingId, {
      status: 'cancelled',
      cancelledAt: ctx.now,
      isLateCancellation: isLate,
    });
    await recordAudit(tx, {
      action: 'training.booking_cancelled',
      recordType: 'training_booking',
      recordId: bookingId,
      fields: ['status', 'cancelledAt', 'isLateCancellation'],
    });
    const change = { carerId: trainee.id, courseId: session.courseId, sessionId: session.id };
    if (wasPlace) await reopenCatchUps(tx, { ...change, isLate });
    if (isLate) {
      await offerCatchUp(tx, {
        ...change,
        bookingId,
        courseTitle: session.courseTitle,
        reason: 'late_cancellation',
      });
    }
    const promoted = wasPlace ? await fillFreedPlaces(tx, session.id) : 0;
    return { isLate, promoted, sessionId: session.id };
  });
}

/**
 * Gives free places on a session to the people waiting, longest waiting first, in the caller's
 * transaction, which must hold the session's lock. Returns how many were given a place.
 */
export async function fillFreedPlaces(tx: Ctx, sessionId: string): Promise<number> {
  const session = await store.findSessionDetails(tx.db, sessionId);
  if (!session || session.startsAt <= tx.now) return 0;
  const free = session.capacity - session.taken;
  const next = await store.findFirstWaiting(tx.db, sessionId, free);
  for (const booking of next) {
    await store.updateBooking(tx.db, booking.id, {
      status: 'booked',
      promotedAt: tx.now,
      ...remindersAlreadyCovered(session, tx.now),
    });
    await takeUpCatchUps(tx, booking.carerId, session.courseId);
    await recordAudit(tx, {
      action: 'training.promoted_from_waiting_list',
      recordType: 'training_booking',
      recordId: booking.id,
      fields: ['status', 'promotedAt'],
    });
    const trainee = await findTrainee(tx.db, booking.carerId);
    if (trainee) await tellCarer(tx, trainee, session, 'promoted');
  }
  return next.length;
}
