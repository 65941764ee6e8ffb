import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { agencySettings } from '../../core/db/tables.ts';
import type { TAgencySettings } from './schemas.ts';

/** The settings as stored now (not the cached copy pages use). */
export async function findSettings(db: Db) {
  const [row] = await db.select().from(agencySettings).where(eq(agencySettings.id, 1));
  if (!row) throw new Error('The agency settings row is missing: run the migrations');
  return row;
}

/** Saves the settings. */
export async function saveSettings(db: Db, values: TAgencySettings, now: Date): Promise<void> {
  await db
    .update(agencySettings)
    .set({ ...values, updatedAt: now })
    .where(eq(agencySettings.id, 1));
}
