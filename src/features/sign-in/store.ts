import { and, eq, gte, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { signInFailures, users } from '../../core/db/tables.ts';
import { THROTTLE_WINDOW_MS } from './throttle.ts';

/** Recent failed sign-ins for an account key and for an address, within the throttle window. */
export async function findRecentFailures(db: Db, accountKey: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [accountRows, addressRows] = [
    await db
      .select({ at: signInFailures.at })
      .from(signInFailures)
      .where(and(eq(signInFailures.accountKey, accountKey), gte(signInFailures.at, since))),
    await db
      .select({ at: signInFailures.at })
      .from(signInFailures)
      .where(and(eq(signInFailures.ip, ip), gte(signInFailures.at, since))),
  ];
  return {
    accountFailures: accountRows.map((row) => row.at),
    addressFailures: addressRows.map((row) => row.at),
  };
}

/** Remembers a failed sign-in. */
export async function insertFailure(
  db: Db,
  accountKey: string,
  ip: string,
  at: Date,
): Promise<void> {
  await db.insert(signInFailures).values({ accountKey, ip, at });
}

/** Forgets an account's failures after it signs in successfully. */
export async function clearAccountFailures(db: Db, accountKey: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.accountKey, accountKey));
}

/** Records that a two-factor code's time step has been used; false when it (or a later one) already was. */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const claimed = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length === 1;
}
