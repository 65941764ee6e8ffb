// SQL for the young person's home page: the facts behind its counts, read for one child only.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  auditEvents,
  lifeStoryEntries,
  lookedAfterReviews,
  youngPersonVoice as voice,
} from '../../core/db/tables.ts';

/** What decides who sees each entry of a child's life story (filter with isEntryVisible). */
export async function findLifeStoryFacts(db: Db, childId: string) {
  return db
    .select({
      status: lifeStoryEntries.status,
      addedBy: lifeStoryEntries.addedBy,
      isHiddenFromCarers: lifeStoryEntries.isHiddenFromCarers,
      isSharedWithFamily: lifeStoryEntries.isSharedWithFamily,
    })
    .from(lifeStoryEntries)
    .where(eq(lifeStoryEntries.childId, childId));
}

/** The days a child's looked-after reviews were held. */
export async function findReviewDates(db: Db, childId: string): Promise<string[]> {
  const rows = await db
    .select({ heldOn: lookedAfterReviews.heldOn })
    .from(lookedAfterReviews)
    .where(eq(lookedAfterReviews.childId, childId));
  return rows.map((row) => row.heldOn);
}

/** The young person's questions: when each was answered, if it was. */
export async function findOwnQuestions(db: Db, childId: string) {
  return db
    .select({ kind: voice.kind, answeredAt: voice.answeredAt })
    .from(voice)
    .where(and(eq(voice.childId, childId), eq(voice.kind, 'question')));
}

/**
 * When this person last opened their voice page. The audit trail already records every opening
 * (voice.read on their record), so it answers "since you last looked" without a second record.
 */
export async function findLastLookAtVoice(
  db: Db,
  userId: string,
  childId: string,
): Promise<Date | null> {
  const [row] = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorId, userId),
        eq(auditEvents.action, 'voice.read'),
        eq(auditEvents.outcome, 'done'),
        eq(auditEvents.recordId, childId),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.at ?? null;
}
