import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { enquiryAttempts } from '../../core/db/tables.ts';

// Any constant works; it only keys the advisory locks that make one address's forms take turns.
const ATTEMPTS_LOCK_SPACE = 7_405_007;

/**
 * Makes forms from one address take turns until the transaction ends, so two sent at the same
 * moment from two processes cannot both slip under the limit.
 */
export async function lockAddress(db: Db, addressKey: string): Promise<void> {
  await db.execute(
    sql`SELECT pg_advisory_xact_lock(${ATTEMPTS_LOCK_SPACE}, hashtext(${addressKey}))`,
  );
}

/** How many forms this address has sent since a moment, and when the oldest of them was. */
export async function countAttemptsSince(
  db: Db,
  addressKey: string,
  since: Date,
): Promise<{ total: number; oldest: Date | null }> {
  const [row] = await db
    .select({ total: count(), oldest: sql<unknown>`min(${enquiryAttempts.at})` })
    .from(enquiryAttempts)
    .where(and(eq(enquiryAttempts.addressKey, addressKey), gte(enquiryAttempts.at, since)));
  const oldest = row?.oldest;
  return {
    total: toCount(row?.total),
    oldest: oldest instanceof Date ? oldest : typeof oldest === 'string' ? new Date(oldest) : null,
  };
}

/** Counts one accepted form from this address. */
export async function insertAttempt(db: Db, addressKey: string, at: Date): Promise<void> {
  await db.insert(enquiryAttempts).values({ addressKey, at });
}

/** Forgets counts older than a moment: they no longer limit anyone. */
export async function deleteAttemptsBefore(db: Db, before: Date): Promise<void> {
  await db.delete(enquiryAttempts).where(lt(enquiryAttempts.at, before));
}
