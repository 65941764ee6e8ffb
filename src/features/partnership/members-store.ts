// SQL for who is in a child's space: each parent's level, and the space's own settings as stored.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  birthParents,
  children,
  partnershipSpaces,
  type SpaceLevel,
} from '../../core/db/tables.ts';

/** The settings as stored: an empty email label means the default is used. */
export async function findStoredSettings(
  db: Db,
  childId: string,
): Promise<{ emailLabel: string; carersRelationship: string }> {
  const [row] = await db
    .select({
      emailLabel: partnershipSpaces.emailLabel,
      carersRelationship: partnershipSpaces.carersRelationship,
    })
    .from(partnershipSpaces)
    .where(eq(partnershipSpaces.childId, childId));
  return row ?? { emailLabel: '', carersRelationship: '' };
}

/** The child's first and last names, which an email label must not give away. */
export async function findChildSurname(
  db: Db,
  childId: string,
): Promise<{ firstName: string; lastName: string } | null> {
  const [row] = await db
    .select({ firstName: children.firstName, lastName: children.lastName })
    .from(children)
    .where(eq(children.id, childId));
  return row ?? null;
}

/** Sets one parent's level in the child's space, with the reason and who set it. */
export async function setParentLevel(
  db: Db,
  key: { childId: string; userId: string },
  level: { level: SpaceLevel; reason: string },
  by: { userId: string | null; at: Date },
): Promise<void> {
  await db
    .update(birthParents)
    .set({
      spaceLevel: level.level,
      spaceLevelReason: level.reason,
      spaceLevelSetBy: by.userId,
      spaceLevelSetAt: by.at,
    })
    .where(and(eq(birthParents.childId, key.childId), eq(birthParents.userId, key.userId)));
}

/** Writes the space's settings, creating its row the first time. */
export async function saveSettings(
  db: Db,
  childId: string,
  settings: { emailLabel: string; carersRelationship: string },
  by: { userId: string | null; at: Date },
): Promise<void> {
  const row = { ...settings, updatedBy: by.userId, updatedAt: by.at };
  await db
    .insert(partnershipSpaces)
    .values({ childId, ...row })
    .onConflictDoUpdate({ target: partnershipSpaces.childId, set: row });
}
