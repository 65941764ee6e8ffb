// Family time calendar feeds: the SQL. One secret address per person; making a new one replaces
// it, so the old address stops working at once.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { children, familyTimeFeeds, familyTimeSessions, users } from '../../core/db/tables.ts';
import type { SessionRow } from './store.ts';

/** A person's feed token, or null when they have none. */
export async function findFeedToken(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ token: familyTimeFeeds.token })
    .from(familyTimeFeeds)
    .where(eq(familyTimeFeeds.userId, userId));
  return row?.token ?? null;
}

/** Whose feed a token opens, with what the feed needs to know about them; null when nobody's. */
export async function findFeedOwner(
  db: Db,
  token: string,
): Promise<{
  userId: string;
  role: string;
  name: string;
  email: string;
  isActive: boolean;
} | null> {
  const [row] = await db
    .select({
      userId: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      isActive: users.isActive,
    })
    .from(familyTimeFeeds)
    .innerJoin(users, eq(users.id, familyTimeFeeds.userId))
    .where(eq(familyTimeFeeds.token, token));
  return row ?? null;
}

/** Gives a person a new token, replacing any old one. */
export async function replaceFeedToken(
  db: Db,
  userId: string,
  token: string,
  at: Date,
): Promise<void> {
  await db
    .insert(familyTimeFeeds)
    .values({ userId, token, createdAt: at })
    .onConflictDoUpdate({ target: familyTimeFeeds.userId, set: { token, createdAt: at } });
}

/** A session in a feed, with the name the child goes by. */
export type FeedSession = SessionRow & { childKnownAs: string };

/**
 * The sessions of these children ending after `from`, soonest first; for a parent
 * (`invitedUserId`), only those they are invited to. The caller has worked out, from the person's
 * relationships as they are now, which children they may know about.
 */
export async function findFeedSessions(
  db: Db,
  input: { childIds: readonly string[]; invitedUserId: string | null; from: Date },
): Promise<FeedSession[]> {
  if (input.childIds.length === 0) return [];
  const invited = input.invitedUserId
    ? sql`EXISTS (SELECT 1 FROM family_time_invitees i
          WHERE i.session_id = ${familyTimeSessions.id} AND i.user_id = ${input.invitedUserId})`
    : undefined;
  const rows = await db
    .select({
      session: familyTimeSessions,
      firstName: children.firstName,
      preferredName: children.preferredName,
    })
    .from(familyTimeSessions)
    .innerJoin(children, eq(children.id, familyTimeSessions.childId))
    .where(
      and(
        inArray(familyTimeSessions.childId, [...input.childIds]),
        gt(familyTimeSessions.endsAt, input.from),
        invited,
      ),
    )
    .orderBy(asc(familyTimeSessions.startsAt));
  return rows.map((row) => ({
    ...row.session,
    childKnownAs: row.preferredName ?? row.firstName,
  }));
}
