// Personal calendar feeds: the SQL. One secret address per person; making a new one replaces it.
import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { trainingCalendarFeeds } from '../../core/db/tables.ts';

/** A person's feed token, or null when they have none. */
export async function findFeedToken(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ token: trainingCalendarFeeds.token })
    .from(trainingCalendarFeeds)
    .where(eq(trainingCalendarFeeds.userId, userId));
  return row?.token ?? null;
}

/** Whose feed a token opens, or null for a token that is not (or no longer) in use. */
export async function findFeedOwner(db: Db, token: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: trainingCalendarFeeds.userId })
    .from(trainingCalendarFeeds)
    .where(eq(trainingCalendarFeeds.token, token));
  return row?.userId ?? null;
}

/** Gives a person a new token, replacing any old one so its address stops working. */
export async function replaceFeedToken(
  db: Db,
  userId: string,
  token: string,
  at: Date,
): Promise<void> {
  await db
    .insert(trainingCalendarFeeds)
    .values({ userId, token, createdAt: at })
    .onConflictDoUpdate({ target: trainingCalendarFeeds.userId, set: { token, createdAt: at } });
}
