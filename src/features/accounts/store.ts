import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { users } from '../../core/db/tables.ts';

export type UserRow = typeof users.$inferSelect;

/**
 * Reads an account by email. Unscoped on purpose: sign-in and password reset must find the
 * account before anyone is signed in; they reveal nothing about whether it exists.
 */
export async function unsafeFindUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row ?? null;
}

/** Reads an account by id (callers authorise first). */
export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/** Creates an account; returns its id. */
export async function insertUser(
  db: Db,
  values: { email: string; name: string; role: string; passwordHash: string },
): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Every account, for the administrator's list. */
export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.role), asc(users.name));
}

/** Changes fields of an account. */
export async function updateUser(
  db: Db,
  id: string,
  values: Partial<Omit<UserRow, 'id'>>,
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, id));
}

/**
 * Keeps a new two-factor secret for an account that has none yet, and returns the one kept: when
 * two set-up pages open at once, both show the same secret rather than the last one winning.
 */
export async function keepPendingTotpSecret(db: Db, id: string, secret: string): Promise<string> {
  await db
    .update(users)
    .set({ totpSecret: secret })
    .where(and(eq(users.id, id), isNull(users.totpSecret)));
  const [row] = await db
    .select({ totpSecret: users.totpSecret })
    .from(users)
    .where(eq(users.id, id));
  return row?.totpSecret ?? secret;
}
