// How carers are getting on with e-learning, for anyone already allowed to see their training:
// the carer themselves, and the training record their supervising social worker and the
// coordinator read. Callers check access to the carers before asking.
import type { Db } from '../../../core/db/connect.ts';
import { moduleStatus, type ModuleStatus } from './progress-rules.ts';
import * as store from './store.ts';

/** One carer's place in one module, as the training record shows it. */
export type ElearningProgress = {
  carerId: string;
  moduleId: string;
  moduleTitle: string;
  status: ModuleStatus;
  pagesRead: number;
  pageCount: number;
  attempts: number;
  bestScore: number | null;
  passMark: number;
  completedAt: Date | null;
};

/** The modules these carers have begun, with status, pages read of total and best score. */
export async function findElearningProgressOf(
  db: Db,
  carerIds: string[],
): Promise<ElearningProgress[]> {
  const rows = await store.findProgressOfCarers(db, carerIds);
  return rows.map((row) => ({
    carerId: row.carerId,
    moduleId: row.moduleId,
    moduleTitle: row.moduleTitle,
    status: moduleStatus(row, row.pageCount),
    pagesRead: Math.min(row.pagesRead, row.pageCount),
    pageCount: row.pageCount,
    attempts: row.attempts,
    bestScore: row.bestScore,
    passMark: row.passMark,
    completedAt: row.completedAt,
  }));
}

/** A module suggested to a carer because it follows on from a course they took in person. */
export type SuggestedModule = store.ModuleSummary & { afterCourse: string };

/**
 * Published modules that add to a course the carer has taken in person (in a classroom here, or
 * elsewhere and recorded by staff) and that they have not yet completed.
 */
export async function findSuggestedModules(db: Db, carerId: string): Promise<SuggestedModule[]> {
  const courseIds = await store.findCoursesTakenInPerson(db, carerId);
  const modules = await store.findModulesSupplementing(db, courseIds);
  const progress = await store.findProgressOfCarer(db, carerId);
  const completed = new Set(
    progress.filter((row) => row.completedAt !== null).map((row) => row.moduleId),
  );
  return modules
    .filter((module) => !completed.has(module.id))
    .map((module) => ({ ...module, afterCourse: module.supplementsTitle ?? '' }));
}
