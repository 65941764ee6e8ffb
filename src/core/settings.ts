import { eq } from 'drizzle-orm';
import type { Db } from './db/connect.ts';
import { agencySettings } from './db/tables.ts';

export type AgencySettings = typeof agencySettings.$inferSelect;

// Settings are read on every page; a few seconds of staleness after an administrator changes them
// is fine, and spares a query per request.
const CACHE_MS = 5000;
let cached: { db: Db; at: number; value: AgencySettings } | null = null;

/** The agency's settings (name, phone, words, time zone, security options). */
export async function getAgencySettings(db: Db, now = Date.now()): Promise<AgencySettings> {
  if (cached && cached.db === db && now - cached.at < CACHE_MS) return cached.value;
  const [row] = await db.select().from(agencySettings).where(eq(agencySettings.id, 1));
  if (!row) throw new Error('The agency settings row is missing: run the migrations');
  cached = { db, at: now, value: row };
  return row;
}

/** Forgets the cached settings, after they change. */
export function forgetAgencySettings(): void {
  cached = null;
}
