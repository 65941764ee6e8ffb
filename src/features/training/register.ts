// The register of a classroom session. Attending completes the course for the carer's training
// record; being absent brings a catch-up offer. A mark can be corrected either way.
import { DateTime } from 'luxon';
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import * as store from './booking-store.ts';
import { holdsPlace, type SessionBooking, type SessionDetails } from './booking-store.ts';
import type { BookingStatus } from '../../core/db/tables.ts';
import { offerCatchUp } from './catch-up.ts';
import { resolveOffers } from './catch-up-store.ts';
import { deleteSessionCompletion, insertCompletion } from './completions.ts';

export type Attendance = 'attended' | 'absent';

/** The session's place-holders as the register lists them. */
export type RegisterEntry = SessionBooking & { status: 'booked' | Attendance };

/** The session's civil date on the agency's clock, the day its register opens. */
function sessionDate(session: Pick<SessionDetails, 'startsAt'>, timeZone: string): string {
  return DateTime.fromJSDate(session.startsAt, { zone: timeZone }).toISODate()!;
}

async function openSession(ctx: Ctx, sessionId: string) {
  const session = await store.findSessionDetails(ctx.db, sessionId);
  if (!session) throw new NotFound();
  const signedIn = await authorize(ctx, 'training.take_register', {
    kind: 'training_session',
    id: session.id,
    trainerId: session.trainerId,
  });
  const { timeZone } = await getAgencySettings(ctx.db);
  const opensOn = sessionDate(session, timeZone);
  return { signedIn, session, opensOn, isOpen: todayIn(timeZone, ctx.now) >= opensOn };
}

function isOnRegister<T extends { status: string }>(
  booking: T,
): booking is T & { status: 'booked' | Attendance } {
  return holdsPlace(booking.status as BookingStatus);
}

/** The register: who holds a place, how each is marked, and whether it may be taken yet. */
export async function readRegister(ctx: Ctx, sessionId: string) {
  const { session, opensOn, isOpen } = await openSession(ctx, sessionId);
  const entries = (await store.findBookingsOfSession(ctx.db, sessionId)).filter(isOnRegister);
  // The register names the carers on it: a read of their training, as the carers list is.
  await recordAudit(ctx, {
    action: 'training.take_register',
    recordType: 'training_session',
    recordId: sessionId,
    fields: ['carers'],
  });
  return { session, entries, opensOn, isOpen };
}

/**
 * Marks attendance, from the day of the session onwards. `marks` maps booking ids to attended or
 * absent; marks that do not change anything are left alone. Returns how many changed.
 */
export async function markAttendance(
  ctx: Ctx,
  sessionId: string,
  marks: Record<string, Attendance>,
): Promise<number> {
  const { signedIn, session, opensOn, isOpen } = await openSession(ctx, sessionId);
  if (!isOpen) {
    const day = DateTime.fromISO(opensOn).toFormat('cccc d LLLL yyyy');
    throw new Invalid({ register: `The register opens on the day of the session, ${day}` });
  }
  if (Object.keys(marks).length === 0) {
    throw new Invalid({ register: 'Choose attended or absent for at least one person' });
  }
  return inTransaction(ctx, async (tx) => {
    await store.lockSession(tx.db, sessionId);
    let changed = 0;
    for (const [bookingId, mark] of Object.entries(marks)) {
      const booking = await store.findBooking(tx.db, bookingId);
      if (!booking || booking.sessionId !== sessionId || !isOnRegister(booking)) {
        throw new Invalid({
          [`attendance-${bookingId}`]: 'This person is not booked on this session',
        });
      }
      if (booking.status === mark) continue;
      await applyMark(tx, {
        booking,
        mark,
        session,
        sessionDate: opensOn,
        by: signedIn.actor.userId,
      });
      changed += 1;
    }
    return changed;
  });
}

// One changed mark: attending completes the course (and any catch-up for it); being absent, even
// as a correction, takes the completion away again and brings a catch-up offer.
async function applyMark(
  tx: Ctx,
  change: {
    booking: { id: string; carerId: string; status: 'booked' | Attendance };
    mark: Attendance;
    session: SessionDetails;
    sessionDate: string;
    by: string;
  },
): Promise<void> {
  const { booking, mark, session, by } = change;
  await store.updateBooking(tx.db, booking.id, {
    status: mark,
    attendanceMarkedBy: by,
    attendanceMarkedAt: tx.now,
  });
  await recordAudit(tx, {
    action: 'training.attendance_marked',
    recordType: 'training_booking',
    recordId: booking.id,
    fields: ['status'],
  });
  const carer = { carerId: booking.carerId, courseId: session.courseId };
  if (mark === 'attended') {
    await insertCompletion(tx.db, {
      ...carer,
      completedOn: change.sessionDate,
      source: 'classroom',
      sessionId: session.id,
      recordedBy: by,
    });
    await resolveOffers(tx.db, { ...carer, from: ['open', 'booked'], to: 'completed', at: tx.now });
    return;
  }
  if (booking.status === 'attended') {
    await deleteSessionCompletion(tx.db, session.id, booking.carerId);
  }
  await offerCatchUp(tx, {
    ...carer,
    bookingId: booking.id,
    sessionId: session.id,
    courseTitle: session.courseTitle,
    reason: 'absent',
  });
}
