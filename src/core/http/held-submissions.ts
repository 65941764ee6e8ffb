import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { heldSubmissions } from '../db/tables.ts';
import { hashToken, newToken } from './tokens.ts';

const HOLD_MS = 60 * 60 * 1000;

export type HeldSubmission = { url: string; fields: Record<string, string> };

/**
 * Keeps a form that arrived after its session timed out, for the same person in the same browser,
 * so signing in again does not throw away what they typed. Returns the id to resume it by.
 */
export async function holdSubmission(
  db: Db,
  input: {
    userId: string;
    anonymousId: string;
    url: string;
    fields: Record<string, string>;
    now: Date;
  },
): Promise<string> {
  const id = newToken();
  await db.insert(heldSubmissions).values({
    idHash: hashToken(id),
    userId: input.userId,
    anonymousId: input.anonymousId,
    url: input.url,
    fields: input.fields,
    expiresAt: new Date(input.now.getTime() + HOLD_MS),
  });
  return id;
}

/**
 * Hands a held form back, once, to the person who wrote it, in the browser they wrote it in;
 * anyone else (another person signing in on a shared computer) gets nothing.
 */
export async function takeHeldSubmission(
  db: Db,
  input: { id: string; userId: string; anonymousId: string | null; now: Date },
): Promise<HeldSubmission | null> {
  if (!input.anonymousId) return null;
  const [row] = await db
    .delete(heldSubmissions)
    .where(
      and(
        eq(heldSubmissions.idHash, hashToken(input.id)),
        eq(heldSubmissions.userId, input.userId),
        eq(heldSubmissions.anonymousId, input.anonymousId),
      ),
    )
    .returning();
  if (!row || row.expiresAt <= input.now) return null;
  return { url: row.url, fields: row.fields };
}

/** Removes held forms nobody came back for. */
export async function purgeHeldSubmissions(db: Db, now: Date): Promise<void> {
  await db.delete(heldSubmissions).where(lt(heldSubmissions.expiresAt, now));
}
