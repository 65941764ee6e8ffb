import { and, asc, count, eq, gt, gte, isNull } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { auditEvents, passwordResets, users } from '../../core/db/tables.ts';

/** Remembers a reset link by the hash of its token (the token itself is only in the email). */
export async function insertPasswordReset(
  db: Db,
  values: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(passwordResets).values(values);
}

/** A reset link with the account it belongs to, or null when no link has this hash. */
export async function findPasswordReset(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      userId: passwordResets.userId,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
      email: users.email,
      name: users.name,
      role: users.role,
      isActive: users.isActive,
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, tokenHash));
  return row ?? null;
}

/**
 * Marks a link used if it still may be; true when this call did so. One statement, so two
 * requests racing with the same link cannot both use it.
 */
export async function consumePasswordReset(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResets.userId });
  return rows.length === 1;
}

/** Retires a person's other outstanding links once their password has been reset. */
export async function retireOpenResets(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}

/** How many links a person has been sent since a moment. */
export async function countResetsSince(db: Db, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(passwordResets)
    .where(and(eq(passwordResets.userId, userId), gte(passwordResets.createdAt, since)));
  return row?.total ?? 0;
}

/**
 * When each reset request from an address since a moment was made, oldest first. The audit trail
 * already records every request with its address, known email or not, so it is the count's source.
 */
export async function findResetRequestTimesFrom(db: Db, ip: string, since: Date): Promise<Date[]> {
  const rows = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, 'account.password_reset_requested'),
        eq(auditEvents.ip, ip),
        gte(auditEvents.at, since),
      ),
    )
    .orderBy(asc(auditEvents.at));
  return rows.map((row) => row.at);
}
