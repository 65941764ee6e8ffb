import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { appSecrets } from '../db/tables.ts';

/** Secrets shared by every Kinfold process on one database. */
export type Secrets = { signing: string };

/** Reads the signing secret, creating it on first start. */
export async function loadSecrets(db: Db): Promise<Secrets> {
  await db
    .insert(appSecrets)
    .values({ name: 'signing', value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, 'signing'));
  if (!row) throw new Error('The signing secret could not be created');
  return { signing: row.value };
}
