import { and, asc, count, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { apiKeys, localAuthorities, referrals } from '../../core/db/tables.ts';

/** A local authority as stored. */
export type AuthorityRow = typeof localAuthorities.$inferSelect;

/** An API key as its authority's page lists it (never its hash). */
export type ApiKeySummary = {
  id: string;
  authorityId: string;
  label: string;
  keyPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const keyColumns = {
  id: apiKeys.id,
  authorityId: apiKeys.authorityId,
  label: apiKeys.label,
  keyPrefix: apiKeys.keyPrefix,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** Every local authority by name, with how many referrals each has sent. */
export async function findAuthorities(db: Db) {
  const rows = await db
    .select({
      id: localAuthorities.id,
      name: localAuthorities.name,
      email: localAuthorities.email,
      // Named in full: in a query without joins drizzle leaves columns unqualified, and a bare
      // "id" inside the subquery would be the referral's own.
      referralCount: sql<unknown>`(SELECT count(*) FROM referrals r
        WHERE r.authority_id = local_authorities.id)`,
    })
    .from(localAuthorities)
    .orderBy(asc(localAuthorities.name));
  return rows.map((row) => ({ ...row, referralCount: toCount(row.referralCount) }));
}

/** Every API key of every authority, the newest first within each. */
export async function findAllKeys(db: Db): Promise<ApiKeySummary[]> {
  return db
    .select(keyColumns)
    .from(apiKeys)
    .orderBy(asc(apiKeys.authorityId), desc(apiKeys.createdAt));
}

/** One local authority. */
export async function findAuthority(db: Db, id: string): Promise<AuthorityRow | null> {
  const [row] = await db.select().from(localAuthorities).where(eq(localAuthorities.id, id));
  return row ?? null;
}

/** How many referrals an authority has sent. */
export async function countReferralsFrom(db: Db, authorityId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(referrals)
    .where(eq(referrals.authorityId, authorityId));
  return toCount(row?.total);
}

/** An authority's keys, the newest first. */
export async function findKeys(db: Db, authorityId: string): Promise<ApiKeySummary[]> {
  return db
    .select(keyColumns)
    .from(apiKeys)
    .where(eq(apiKeys.authorityId, authorityId))
    .orderBy(desc(apiKeys.createdAt));
}

/** Whether another authority already has this name, whatever its capital letters. */
export async function isNameTaken(db: Db, name: string, exceptId: string | null): Promise<boolean> {
  const [row] = await db
    .select({ id: localAuthorities.id })
    .from(localAuthorities)
    .where(
      and(
        sql`lower(${localAuthorities.name}) = lower(${name})`,
        exceptId ? ne(localAuthorities.id, exceptId) : undefined,
      ),
    );
  return row !== undefined;
}

/** Adds a local authority. */
export async function insertAuthority(db: Db, values: { name: string; email: string }) {
  const [row] = await db
    .insert(localAuthorities)
    .values(values)
    .returning({ id: localAuthorities.id });
  return row!.id;
}

/** Changes an authority's name and email. */
export async function updateAuthority(
  db: Db,
  id: string,
  values: { name: string; email: string },
): Promise<void> {
  await db.update(localAuthorities).set(values).where(eq(localAuthorities.id, id));
}

/** Stores a new key's hash and prefix (the key itself is never stored). */
export async function insertKey(
  db: Db,
  values: {
    authorityId: string;
    label: string;
    keyPrefix: string;
    keyHash: string;
    createdBy: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(apiKeys).values(values).returning({ id: apiKeys.id });
  return row!.id;
}

/** Revokes one of an authority's keys; false when it has no such key still in use. */
export async function revokeKey(
  db: Db,
  authorityId: string,
  keyId: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(
      and(eq(apiKeys.id, keyId), eq(apiKeys.authorityId, authorityId), isNull(apiKeys.revokedAt)),
    )
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** The key with this hash, with its authority, whether revoked or not. */
export async function findKeyByHash(db: Db, keyHash: string) {
  const [row] = await db
    .select({
      id: apiKeys.id,
      authorityId: apiKeys.authorityId,
      authorityName: localAuthorities.name,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .innerJoin(localAuthorities, eq(localAuthorities.id, apiKeys.authorityId))
    .where(eq(apiKeys.keyHash, keyHash));
  return row ?? null;
}

/** Notes when a key was last used. */
export async function touchKey(db: Db, keyId: string, at: Date): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, keyId));
}
