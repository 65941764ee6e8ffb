// The SQL of one carer's training record: the standards signed off, the shared workbook, and a
// completion with all a certificate says. Whose record it is has been checked by the service.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  elearningModules,
  households,
  trainingCompletions,
  trainingCourses,
  trainingSessions,
  trainingVenues,
  tsdsSignoffs,
  users,
} from '../../core/db/tables.ts';

export type SignOffRow = {
  id: string;
  carerId: string;
  standard: number;
  signedOffOn: string;
  signedOffByName: string;
  evidence: string;
};

export type NewSignOff = typeof tsdsSignoffs.$inferInsert;

/** The standards signed off for these carers, by carer and standard, with who signed. */
export async function findSignOffsOf(db: Db, carerIds: string[]): Promise<SignOffRow[]> {
  if (carerIds.length === 0) return [];
  return db
    .select({
      id: tsdsSignoffs.id,
      carerId: tsdsSignoffs.carerId,
      standard: tsdsSignoffs.standard,
      signedOffOn: tsdsSignoffs.signedOffOn,
      signedOffByName: users.name,
      evidence: tsdsSignoffs.evidence,
    })
    .from(tsdsSignoffs)
    .innerJoin(users, eq(users.id, tsdsSignoffs.signedOffBy))
    .where(inArray(tsdsSignoffs.carerId, carerIds))
    .orderBy(asc(tsdsSignoffs.carerId), asc(tsdsSignoffs.standard));
}

/** Signs off a standard; returns false when it was already signed off for that carer. */
export async function insertSignOff(db: Db, signOff: NewSignOff): Promise<boolean> {
  const rows = await db
    .insert(tsdsSignoffs)
    .values(signOff)
    .onConflictDoNothing()
    .returning({ id: tsdsSignoffs.id });
  return rows.length > 0;
}

/** Marks whether a household's carers keep one shared workbook. */
export async function updateSharedWorkbook(
  db: Db,
  householdId: string,
  isShared: boolean,
): Promise<void> {
  await db
    .update(households)
    .set({ tsdsSharedWorkbook: isShared })
    .where(eq(households.id, householdId));
}

/** A completion with its course, and where it was taken: what a certificate says. */
export type CertificateFacts = {
  id: string;
  carerId: string;
  completedOn: string;
  source: 'classroom' | 'e_learning' | 'recorded';
  courseTitle: string;
  learningOutcomes: string[];
  tsdsStandards: number[];
  venueName: string | null;
  moduleTitle: string | null;
};

/** One completion by its id, whoever's it is (check access on its carer). */
export async function findCompletion(
  db: Db,
  completionId: string,
): Promise<CertificateFacts | undefined> {
  const [row] = await db
    .select({
      id: trainingCompletions.id,
      carerId: trainingCompletions.carerId,
      completedOn: trainingCompletions.completedOn,
      source: trainingCompletions.source,
      courseTitle: trainingCourses.title,
      learningOutcomes: trainingCourses.learningOutcomes,
      tsdsStandards: trainingCourses.tsdsStandards,
      venueName: trainingVenues.name,
      moduleTitle: elearningModules.title,
    })
    .from(trainingCompletions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCompletions.courseId))
    .leftJoin(trainingSessions, eq(trainingSessions.id, trainingCompletions.sessionId))
    .leftJoin(trainingVenues, eq(trainingVenues.id, trainingSessions.venueId))
    .leftJoin(elearningModules, eq(elearningModules.id, trainingCompletions.moduleId))
    .where(eq(trainingCompletions.id, completionId))
    .limit(1);
  return row;
}

/** The venue of each classroom session these completions came from, by completion id. */
export async function findCompletionVenues(
  db: Db,
  completionIds: string[],
): Promise<Map<string, string>> {
  if (completionIds.length === 0) return new Map();
  const rows = await db
    .select({ id: trainingCompletions.id, venueName: trainingVenues.name })
    .from(trainingCompletions)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingCompletions.sessionId))
    .innerJoin(trainingVenues, eq(trainingVenues.id, trainingSessions.venueId))
    .where(inArray(trainingCompletions.id, completionIds));
  return new Map(rows.map((row) => [row.id, row.venueName]));
}
