import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { sessions, users } from '../db/tables.ts';
import { isRole, type Role } from '../access/roles.ts';
import { hashToken, newToken } from './tokens.ts';

/** Signed out after this long without a request. */
export const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
/** Signed out this long after signing in, however active. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn every page view into a write.
const TOUCH_AFTER_MS = 60 * 1000;

export const SESSION_COOKIE = 'kf_session';

export type SessionUser = {
  tokenHash: string;
  userId: string;
  role: Role;
  name: string;
  email: string;
  isTwoFactorPassed: boolean;
  hasTwoFactor: boolean;
};

/** Starts a session for a person; returns the token for the cookie (only its hash is stored). */
export async function startSession(
  db: Db,
  userId: string,
  now: Date,
  options: { isTwoFactorPassed: boolean },
): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    isTwoFactorPassed: options.isTwoFactorPassed,
  });
  return token;
}

export type SessionLookup =
  | { state: 'active'; session: SessionUser }
  | { state: 'expired'; userId: string }
  | { state: 'none' };

/** Finds the live session for a cookie's token, ending it when it has timed out. */
export async function findSession(db: Db, token: string, now: Date): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      userId: sessions.userId,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      isTwoFactorPassed: sessions.isTwoFactorPassed,
      role: users.role,
      name: users.name,
      email: users.email,
      isActive: users.isActive,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return { state: 'none' };
  const isIdle = now.getTime() - row.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (isIdle || row.expiresAt <= now || !row.isActive || !isRole(row.role)) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { state: 'expired', userId: row.userId };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    state: 'active',
    session: {
      tokenHash,
      userId: row.userId,
      role: row.role,
      name: row.name,
      email: row.email,
      isTwoFactorPassed: row.isTwoFactorPassed,
      hasTwoFactor: row.totpEnabledAt !== null,
    },
  };
}

/** Marks a session as having passed the second factor. */
export async function markTwoFactorPassed(db: Db, tokenHash: string): Promise<void> {
  await db
    .update(sessions)
    .set({ isTwoFactorPassed: true })
    .where(eq(sessions.tokenHash, tokenHash));
}

/** Ends one session. */
export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a person, on every device. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Ends every session of a person but the one in use (after a password change). */
export async function endOtherSessions(
  db: Db,
  userId: string,
  keepTokenHash: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

// Timed-out sessions are kept a day before removal, so someone coming back to a page left open
// is told they were signed out, and can still send the form they were filling in.
const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;

/** Removes sessions that timed out more than a day ago (run from time to time). */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - KEEP_EXPIRED_MS);
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, before), lt(sessions.lastSeenAt, before)));
}
