// Catch-ups: a carer who missed a course they need (absent, or cancelled too late) is offered the
// next session of it with a free place, catch-up sessions first and the nearest venue first. With
// nothing to offer, the offer stays open as unmet demand until a catch-up session is arranged.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { queueMail } from '../../core/mail/outbox.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { catchUpMail } from './booking-mail.ts';
import * as bookings from './booking-store.ts';
import type { SessionDetails } from './booking-store.ts';
import * as offers from './catch-up-store.ts';
import { nearestFirst, type Spot } from './nearness.ts';
import { findTrainee, type Trainee } from './trainees.ts';

/** The session to offer: one with a free place, catch-up sessions first, each nearest home first. */
export function chooseCatchUpSession(
  home: Spot,
  sessions: SessionDetails[],
  now: Date,
): SessionDetails | null {
  const open = sessions.filter(
    (session) => session.startsAt > now && session.taken < session.capacity,
  );
  const nearest = nearestFirst(home, open, (session) => session);
  // A stable sort: catch-up sessions move ahead, each group staying nearest first.
  nearest.sort((a, b) => Number(b.isCatchUp) - Number(a.isCatchUp));
  return nearest[0] ?? null;
}

async function sessionToOffer(
  tx: Ctx,
  trainee: Trainee,
  courseId: string,
  excludeSessionId: string | null,
): Promise<SessionDetails | null> {
  const held = await bookings.findBookingsOfCarer(tx.db, trainee.id);
  const taken = new Set(
    held.filter((booking) => booking.status !== 'cancelled').map((booking) => booking.sessionId),
  );
  const sessions = await bookings.findUpcomingSessionsOfCourse(tx.db, courseId, tx.now);
  return chooseCatchUpSession(
    trainee,
    sessions.filter((session) => session.id !== excludeSessionId && !taken.has(session.id)),
    tx.now,
  );
}

/**
 * Offers a catch-up for a missed booking, in the caller's transaction: records the offer (one per
 * missed booking), audits it and emails the carer what is offered, or that one will be arranged.
 */
export async function offerCatchUp(
  tx: Ctx,
  missed: {
    bookingId: string;
    carerId: string;
    courseId: string;
    courseTitle: string;
    sessionId: string;
    reason: 'absent' | 'late_cancellation';
  },
): Promise<void> {
  const trainee = await findTrainee(tx.db, missed.carerId);
  if (!trainee) return;
  const offered = await sessionToOffer(tx, trainee, missed.courseId, missed.sessionId);
  const offerId = await offers.upsertOffer(tx.db, {
    carerId: missed.carerId,
    courseId: missed.courseId,
    reason: missed.reason,
    missedBookingId: missed.bookingId,
    offeredSessionId: offered?.id ?? null,
    status: 'open',
    createdAt: tx.now,
  });
  await recordAudit(tx, {
    action: 'training.catch_up_offered',
    recordType: 'training_catch_up_offer',
    recordId: offerId,
    fields: ['carerId', 'courseId', 'reason', 'offeredSessionId'],
  });
  if (trainee.email) {
    const { timeZone } = await getAgencySettings(tx.db);
    await queueMail(
      tx.db,
      catchUpMail({ to: trainee.email, firstName: trainee.firstName, timeZone }, missed, offered),
    );
  }
}

/**
 * After a carer cancels a place they had taken up from a catch-up offer: a late cancellation has
 * an offer of its own, so the old one is withdrawn; otherwise the old one is offered again with
 * another session (or none), without an email, since the carer has just been here.
 */
export async function reopenCatchUps(
  tx: Ctx,
  cancelled: { carerId: string; courseId: string; sessionId: string; isLate: boolean },
): Promise<void> {
  const change = { carerId: cancelled.carerId, courseId: cancelled.courseId, at: tx.now };
  if (cancelled.isLate) {
    await offers.resolveOffers(
      tx.db,
      { ...change, from: ['booked'], to: 'withdrawn' },
      cancelled.sessionId,
    );
    return;
  }
  const reopened = await offers.resolveOffers(
    tx.db,
    { ...change, from: ['booked'], to: 'open' },
    cancelled.sessionId,
  );
  if (reopened.length === 0) return;
  const trainee = await findTrainee(tx.db, cancelled.carerId);
  if (!trainee) return;
  const offered = await sessionToOffer(tx, trainee, cancelled.courseId, cancelled.sessionId);
  for (const offerId of reopened) {
    await offers.setOfferedSession(tx.db, offerId, offered?.id ?? null);
    await recordAudit(tx, {
      action: 'training.catch_up_offered',
      recordType: 'training_catch_up_offer',
      recordId: offerId,
      fields: ['offeredSessionId', 'status'],
    });
  }
}

/**
 * A new catch-up session is offered, in the caller's transaction, to the carers whose offers for
 * its course name no session: nearest first, as many as it has free places. Each is emailed.
 * Returns how many were offered it.
 */
export async function offerSessionToWaitingDemand(tx: Ctx, sessionId: string): Promise<number> {
  const session = await bookings.findSessionDetails(tx.db, sessionId);
  if (!session?.isCatchUp || session.startsAt <= tx.now) return 0;
  const waiting = await offers.findOffersAwaitingSession(tx.db, session.courseId);
  const free = session.capacity - session.taken;
  const chosen = nearestFirst(session, waiting, (offer) => offer).slice(0, Math.max(0, free));
  const { timeZone } = await getAgencySettings(tx.db);
  for (const offer of chosen) {
    await offers.setOfferedSession(tx.db, offer.id, session.id);
    await recordAudit(tx, {
      action: 'training.catch_up_offered',
      recordType: 'training_catch_up_offer',
      recordId: offer.id,
      fields: ['offeredSessionId'],
    });
    if (offer.email) {
      await queueMail(
        tx.db,
        catchUpMail({ to: offer.email, firstName: offer.firstName, timeZone }, session, session),
      );
    }
  }
  return chosen.length;
}
