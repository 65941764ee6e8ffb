import { and, eq, gte } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { signInFailures } from '../../core/db/tables.ts';
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
