// E-learning's SQL: modules with their pages and questions, and each carer's progress through them.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../core/db/connect.ts';
import { toCount } from '../../../core/db/rows.ts';
import {
  elearningModules,
  elearningPages,
  elearningProgress,
  elearningQuestions,
  trainingCompletions,
} from '../../../core/db/tables.ts';

export type ModuleRow = typeof elearningModules.$inferSelect;
export type PageRow = typeof elearningPages.$inferSelect;
export type QuestionRow = typeof elearningQuestions.$inferSelect;
export type ProgressRow = typeof elearningProgress.$inferSelect;

/** A module with the names of its courses and how long it is. */
export type ModuleSummary = ModuleRow & {
  courseTitle: string | null;
  supplementsTitle: string | null;
  pageCount: number;
  questionCount: number;
};

// Written out in full: inside a subquery drizzle would name the outer columns without their table,
// and "id" would then mean the subquery's own id.
const courseTitle = (column: 'course_id' | 'supplements_course_id') =>
  sql<
    string | null
  >`(SELECT c.title FROM training_courses c WHERE c.id = ${sql.raw(`elearning_modules.${column}`)})`;
const countOf = (table: 'elearning_pages' | 'elearning_questions') =>
  sql`(SELECT count(*) FROM ${sql.raw(table)} x WHERE x.module_id = elearning_modules.id)`.mapWith(
    toCount,
  );

const summaryColumns = {
  id: elearningModules.id,
  title: elearningModules.title,
  summary: elearningModules.summary,
  courseId: elearningModules.courseId,
  supplementsCourseId: elearningModules.supplementsCourseId,
  passMark: elearningModules.passMark,
  estimatedMinutes: elearningModules.estimatedMinutes,
  isPublished: elearningModules.isPublished,
  courseTitle: courseTitle('course_id'),
  supplementsTitle: courseTitle('supplements_course_id'),
  pageCount: countOf('elearning_pages'),
  questionCount: countOf('elearning_questions'),
};

/** Modules by title with their course names and sizes; only published ones when asked. */
export async function findModuleSummaries(
  db: Db,
  options: { isPublishedOnly: boolean },
): Promise<ModuleSummary[]> {
  return db
    .select(summaryColumns)
    .from(elearningModules)
    .where(options.isPublishedOnly ? eq(elearningModules.isPublished, true) : undefined)
    .orderBy(asc(elearningModules.title));
}

/** One module with its course names and sizes, published or not. */
export async function findModuleSummary(
  db: Db,
  moduleId: string,
): Promise<ModuleSummary | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(elearningModules)
    .where(eq(elearningModules.id, moduleId));
  return row;
}

/** A module's pages in order. */
export async function findPages(db: Db, moduleId: string): Promise<PageRow[]> {
  return db
    .select()
    .from(elearningPages)
    .where(eq(elearningPages.moduleId, moduleId))
    .orderBy(asc(elearningPages.position));
}

/** A module's questions in order. */
export async function findQuestions(db: Db, moduleId: string): Promise<QuestionRow[]> {
  return db
    .select()
    .from(elearningQuestions)
    .where(eq(elearningQuestions.moduleId, moduleId))
    .orderBy(asc(elearningQuestions.position));
}

/** Where one carer is in one module, if they have begun it. */
export async function findProgress(
  db: Db,
  carerId: string,
  moduleId: string,
): Promise<ProgressRow | undefined> {
  const [row] = await db
    .select()
    .from(elearningProgress)
    .where(and(eq(elearningProgress.carerId, carerId), eq(elearningProgress.moduleId, moduleId)));
  return row;
}

/** Every module one carer has begun. */
export async function findProgressOfCarer(db: Db, carerId: string): Promise<ProgressRow[]> {
  return db.select().from(elearningProgress).where(eq(elearningProgress.carerId, carerId));
}

/**
 * Moves a carer's place in a module forward to the page they have just read (never back, so
 * reading an earlier page again loses nothing). Returns whether anything changed.
 */
export async function savePagesRead(
  db: Db,
  progress: { carerId: string; moduleId: string; pagesRead: number; now: Date },
): Promise<boolean> {
  const rows = await db
    .insert(elearningProgress)
    .values({ ...progress, startedAt: progress.now, updatedAt: progress.now })
    .onConflictDoUpdate({
      target: [elearningProgress.carerId, elearningProgress.moduleId],
      set: { pagesRead: progress.pagesRead, updatedAt: progress.now },
      setWhere: sql`${elearningProgress.pagesRead} < ${progress.pagesRead}`,
    })
    .returning({ carerId: elearningProgress.carerId });
  return rows.length > 0;
}

/** Saves a knowledge check's answers, one more attempt, the best score and any completion. */
export async function saveAttempt(
  db: Db,
  attempt: {
    carerId: string;
    moduleId: string;
    pagesRead: number;
    answers: Record<string, number>;
    score: number;
    completedAt: Date | null;
    now: Date;
  },
): Promise<void> {
  const { carerId, moduleId, pagesRead, answers, score, completedAt, now } = attempt;
  await db
    .insert(elearningProgress)
    .values({
      carerId,
      moduleId,
      pagesRead,
      answers,
      attempts: 1,
      bestScore: score,
      startedAt: now,
      updatedAt: now,
      completedAt,
    })
    .onConflictDoUpdate({
      target: [elearningProgress.carerId, elearningProgress.moduleId],
      set: {
        answers,
        attempts: sql`${elearningProgress.attempts} + 1`,
        bestScore: sql`GREATEST(COALESCE(${elearningProgress.bestScore}, 0), ${score})`,
        updatedAt: now,
        // A later pass moves the date on (a refresher); a fail leaves an earlier pass standing.
        ...(completedAt ? { completedAt } : {}),
      },
    });
}

/** Whether a module already gave this carer a completion on this date. */
export async function hasModuleCompletionOn(
  db: Db,
  carerId: string,
  moduleId: string,
  completedOn: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: trainingCompletions.id })
    .from(trainingCompletions)
    .where(
      and(
        eq(trainingCompletions.carerId, carerId),
        eq(trainingCompletions.moduleId, moduleId),
        eq(trainingCompletions.completedOn, completedOn),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The courses a carer has taken in a room (here, or elsewhere and recorded by staff). */
export async function findCoursesTakenInPerson(db: Db, carerId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ courseId: trainingCompletions.courseId })
    .from(trainingCompletions)
    .where(
      and(
        eq(trainingCompletions.carerId, carerId),
        inArray(trainingCompletions.source, ['classroom', 'recorded']),
      ),
    );
  return rows.map((row) => row.courseId);
}

/** Each listed carer's progress through the modules they have begun, by module title. */
export async function findProgressOfCarers(db: Db, carerIds: string[]) {
  if (carerIds.length === 0) return [];
  return db
    .select({
      carerId: elearningProgress.carerId,
      moduleId: elearningProgress.moduleId,
      moduleTitle: elearningModules.title,
      pagesRead: elearningProgress.pagesRead,
      pageCount: summaryColumns.pageCount,
      attempts: elearningProgress.attempts,
      bestScore: elearningProgress.bestScore,
      passMark: elearningModules.passMark,
      startedAt: elearningProgress.startedAt,
      completedAt: elearningProgress.completedAt,
    })
    .from(elearningProgress)
    .innerJoin(elearningModules, eq(elearningModules.id, elearningProgress.moduleId))
    .where(inArray(elearningProgress.carerId, carerIds))
    .orderBy(asc(elearningModules.title));
}

/** Modules that add to a course these carers took in person, with that course's title. */
export async function findModulesSupplementing(db: Db, courseIds: string[]) {
  if (courseIds.length === 0) return [];
  return db
    .select(summaryColumns)
    .from(elearningModules)
    .where(
      and(
        eq(elearningModules.isPublished, true),
        isNotNull(elearningModules.supplementsCourseId),
        inArray(elearningModules.supplementsCourseId, courseIds),
      ),
    )
    .orderBy(asc(elearningModules.title));
}
