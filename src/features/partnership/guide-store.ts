// SQL for the parent's guide: what a child's parent wants the carers to know, one per child.
import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { partnershipChildGuides, users } from '../../core/db/tables.ts';

/** The guide's five answers, as the parent wrote them. */
export type GuideAnswers = {
  routines: string;
  comforts: string;
  food: string;
  bedtime: string;
  wantCarersToKnow: string;
};

/** The guide with who last wrote it and when. */
export type Guide = GuideAnswers & { writtenBy: string | null; writtenAt: Date };

/** A child's guide, or null when no parent has written one. */
export async function findGuide(db: Db, childId: string): Promise<Guide | null> {
  const [row] = await db
    .select({
      routines: partnershipChildGuides.routines,
      comforts: partnershipChildGuides.comforts,
      food: partnershipChildGuides.food,
      bedtime: partnershipChildGuides.bedtime,
      wantCarersToKnow: partnershipChildGuides.wantCarersToKnow,
      writtenBy: users.name,
      writtenAt: partnershipChildGuides.updatedAt,
    })
    .from(partnershipChildGuides)
    .leftJoin(users, eq(users.id, partnershipChildGuides.updatedBy))
    .where(eq(partnershipChildGuides.childId, childId));
  return row ?? null;
}

/** Writes the child's guide, replacing what was there. */
export async function saveGuide(
  db: Db,
  childId: string,
  answers: GuideAnswers,
  by: { userId: string | null; at: Date },
): Promise<void> {
  const row = { ...answers, updatedBy: by.userId, updatedAt: by.at };
  await db
    .insert(partnershipChildGuides)
    .values({ childId, ...row })
    .onConflictDoUpdate({ target: partnershipChildGuides.childId, set: row });
}
