// Reminders before a booked session: one a week before and one the day before, each sent once,
// never for a place on the waiting list or a cancelled one. Run by the housekeeping job.
import type { Db } from '../../core/db/connect.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { queueMail } from '../../core/mail/outbox.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { reminderMail } from './booking-mail.ts';
import * as store from './booking-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Which reminder is due for a session this far ahead, given those already sent; null for none. */
export function reminderDue(
  msAhead: number,
  sent: { week: boolean; day: boolean },
  daysBefore: readonly number[] = ENGLAND.training.reminders.daysBefore,
): 'week' | 'day' | null {
  const [week = 7, day = 1] = [...daysBefore].sort((a, b) => b - a);
  if (msAhead <= 0) return null;
  if (msAhead <= day * DAY_MS) return sent.day ? null : 'day';
  if (msAhead <= week * DAY_MS) return sent.week ? null : 'week';
  return null;
}

/** Queues the reminders now due; returns how many were queued. Safe to run often and in parallel. */
export async function sendTrainingReminders(db: Db, now: Date): Promise<number> {
  const furthest = Math.max(...ENGLAND.training.reminders.daysBefore);
  const due = await store.findBookingsDueReminders(
    db,
    now,
    new Date(now.getTime() + furthest * DAY_MS),
  );
  const { timeZone } = await getAgencySettings(db);
  let queued = 0;
  for (const booking of due) {
    const which = reminderDue(booking.startsAt.getTime() - now.getTime(), {
      week: booking.weekReminderSentAt !== null,
      day: booking.dayReminderSentAt !== null,
    });
    if (!which) continue;
    const isQueued = await db.transaction(async (tx) => {
      const txDb = tx as unknown as Db;
      if (!(await store.claimReminder(txDb, booking.id, which, now))) return false;
      // The day reminder makes a week one not yet sent pointless: it is marked as covered.
      if (which === 'day') await store.claimReminder(txDb, booking.id, 'week', now);
      const session = await store.findSessionDetails(txDb, booking.sessionId);
      if (!session || !booking.email) return false;
      await queueMail(
        txDb,
        reminderMail({ to: booking.email, firstName: booking.firstName, timeZone }, session, which),
      );
      return true;
    });
    if (isQueued) queued += 1;
  }
  return queued;
}
