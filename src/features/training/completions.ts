// Every course a carer has completed, whichever way: the register, e-learning, or a certificate
// from elsewhere recorded by staff. The training record and all compliance figures read this.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { trainingCompletions, trainingCourses } from '../../core/db/tables.ts';

export type NewCompletion = typeof trainingCompletions.$inferInsert;
export type CompletionRow = typeof trainingCompletions.$inferSelect & { courseTitle: string };

/** Records a completion and returns its id; a second one for the same session and carer is ignored. */
export async function insertCompletion(db: Db, completion: NewCompletion): Promise<string | null> {
  const [row] = await db
    .insert(trainingCompletions)
    .values(completion)
    .onConflictDoNothing()
    .returning({ id: trainingCompletions.id });
  return row?.id ?? null;
}

/** Removes the completion the register gave, when attendance is corrected to absent. */
export async function deleteSessionCompletion(
  db: Db,
  sessionId: string,
  carerId: string,
): Promise<void> {
  await db
    .delete(trainingCompletions)
    .where(
      and(eq(trainingCompletions.sessionId, sessionId), eq(trainingCompletions.carerId, carerId)),
    );
}

/** The completions of these carers, newest first, with each course's title. */
export async function findCompletionsOf(db: Db, carerIds: string[]): Promise<CompletionRow[]> {
  if (carerIds.length === 0) return [];
  return db
    .select({
      id: trainingCompletions.id,
      carerId: trainingCompletions.carerId,
      courseId: trainingCompletions.courseId,
      completedOn: trainingCompletions.completedOn,
      source: trainingCompletions.source,
      sessionId: trainingCompletions.sessionId,
      moduleId: trainingCompletions.moduleId,
      recordedBy: trainingCompletions.recordedBy,
      createdAt: trainingCompletions.createdAt,
      courseTitle: trainingCourses.title,
    })
    .from(trainingCompletions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCompletions.courseId))
    .where(inArray(trainingCompletions.carerId, carerIds))
    .orderBy(desc(trainingCompletions.completedOn), desc(trainingCompletions.createdAt));
}
