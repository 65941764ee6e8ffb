import { asc, eq, sql } from 'drizzle-orm';
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
