// The SQL of writing e-learning: new modules, their pages and questions, publishing, and the
// figures the authors see of how carers are getting on.
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../core/db/connect.ts';
import { toCount } from '../../../core/db/rows.ts';
import {
  elearningModules,
  elearningPages,
  elearningProgress,
  elearningQuestions,
  householdMembers,
  trainingCourses,
} from '../../../core/db/tables.ts';

export type NewModule = typeof elearningModules.$inferInsert;

/** The course catalogue's ids, titles and how each is given, for the author form. */
export async function findCourseChoices(db: Db) {
  return db
    .select({
      id: trainingCourses.id,
      title: trainingCourses.title,
      deliveryMode: trainingCourses.deliveryMode,
    })
    .from(trainingCourses)
    .orderBy(asc(trainingCourses.title));
}

/** How the carers in `carerScope` have got on with each module: completions and average best score. */
export async function findModuleStatistics(db: Db, carerScope: SQL) {
  const rows = await db
    .select({
      moduleId: elearningProgress.moduleId,
      started: sql`count(*)`.mapWith(toCount),
      completed: sql`count(${elearningProgress.completedAt})`.mapWith(toCount),
      averageBestScore: sql<number | null>`avg(${elearningProgress.bestScore})`.mapWith((value) =>
        value === null ? null : Math.round(Number(value)),
      ),
    })
    .from(elearningProgress)
    .innerJoin(householdMembers, eq(householdMembers.id, elearningProgress.carerId))
    .where(carerScope)
    .groupBy(elearningProgress.moduleId);
  return new Map(rows.map((row) => [row.moduleId, row]));
}

/** Adds a module and returns its id. */
export async function insertModule(db: Db, module: NewModule): Promise<string> {
  const [row] = await db
    .insert(elearningModules)
    .values(module)
    .returning({ id: elearningModules.id });
  return row!.id;
}

/** Adds a page after the module's last one and returns its position. */
export async function appendPage(
  db: Db,
  page: { moduleId: string; title: string; body: string },
): Promise<number> {
  const position = await nextPosition(db, elearningPages, page.moduleId);
  await db.insert(elearningPages).values({ ...page, position });
  return position;
}

/** Adds a question after the module's last one and returns its position. */
export async function appendQuestion(
  db: Db,
  question: Omit<typeof elearningQuestions.$inferInsert, 'position' | 'id'>,
): Promise<number> {
  const position = await nextPosition(db, elearningQuestions, question.moduleId);
  await db.insert(elearningQuestions).values({ ...question, position });
  return position;
}

async function nextPosition(
  db: Db,
  table: typeof elearningPages | typeof elearningQuestions,
  moduleId: string,
): Promise<number> {
  const [row] = await db
    .select({ last: sql`coalesce(max(${table.position}), 0)`.mapWith(toCount) })
    .from(table)
    .where(eq(table.moduleId, moduleId));
  return (row?.last ?? 0) + 1;
}

/** Shows a module to carers, or hides it. */
export async function setPublished(db: Db, moduleId: string, isPublished: boolean): Promise<void> {
  await db.update(elearningModules).set({ isPublished }).where(eq(elearningModules.id, moduleId));
}
