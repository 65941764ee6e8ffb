import { lt } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../db/connect.ts';
import { signInFailures } from '../db/tables.ts';
import { purgeHeldSubmissions } from '../http/held-submissions.ts';
import { purgeExpiredSessions } from '../http/sessions.ts';
import { sendTrainingReminders } from '../../features/training/reminders.ts';

const EVERY_MS = 10 * 60 * 1000;
const KEEP_FAILURES_MS = 24 * 60 * 60 * 1000;

/**
 * Removes what is no longer needed (old sessions, forms nobody came back for, old failed sign-ins)
 * and queues the training reminders that have fallen due.
 */
export async function runHousekeeping(database: Database, now = new Date()): Promise<void> {
  await purgeExpiredSessions(database.db, now);
  await purgeHeldSubmissions(database.db, now);
  await database.db
    .delete(signInFailures)
    .where(lt(signInFailures.at, new Date(now.getTime() - KEEP_FAILURES_MS)));
  await sendTrainingReminders(database.db, now);
}

/** Runs housekeeping now and every ten minutes; returns a function that stops it. */
export function startHousekeeping(database: Database, logger: Logger): () => void {
  const run = () =>
    runHousekeeping(database).catch((error: unknown) =>
      logger.error({ err: error }, 'housekeeping failed'),
    );
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
