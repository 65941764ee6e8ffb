// The SQL behind the carers list, the compliance figures and the home pages' counts: the carers in
// the actor's scope, then all their completions in one query and all their sign-offs in another,
// however many carers there are.
import { and, asc, eq, inArray, max, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  areas,
  householdMembers,
  households,
  trainingCompletions,
  tsdsSignoffs,
  users,
} from '../../core/db/tables.ts';
import type { CarerCompletion, CarerSignOff } from './compliance-figures.ts';
import { findTraineesInScope, type Trainee } from './trainees.ts';

/** Which carers to look at, beyond the actor's scope. */
export type CarerFilter = { areaId?: string | undefined; workerId?: string | undefined };

// Carers count once their household is approved, and still while it takes a break; people still
// applying are recruitment's, and those who have stopped fostering train no more.
function carerConditions(filter: CarerFilter): SQL | undefined {
  return and(
    inArray(households.status, ['approved', 'on_hold']),
    filter.areaId ? eq(households.areaId, filter.areaId) : undefined,
    filter.workerId ? eq(households.supervisingWorkerId, filter.workerId) : undefined,
  );
}

// The ids of the same carers, as a subquery, so the completions and sign-offs need no list of ids.
function carerIdsInScope(db: Db, actor: Actor, filter: CarerFilter) {
  return db
    .select({ id: householdMembers.id })
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .where(and(scope(actor, 'carers'), carerConditions(filter)));
}

/** The carers the actor may see who are approved (or taking a break), by surname. */
export async function findActiveTraineesInScope(
  db: Db,
  actor: Actor,
  filter: CarerFilter = {},
): Promise<Trainee[]> {
  return findTraineesInScope(db, actor, carerConditions(filter));
}

/**
 * The latest completion of each course by each of those carers, in one query: where a carer
 * stands depends only on the last time they did a course.
 */
export async function findCompletionsInScope(
  db: Db,
  actor: Actor,
  filter: CarerFilter = {},
): Promise<CarerCompletion[]> {
  return db
    .select({
      carerId: trainingCompletions.carerId,
      courseId: trainingCompletions.courseId,
      completedOn: max(trainingCompletions.completedOn).mapWith(String),
    })
    .from(trainingCompletions)
    .where(inArray(trainingCompletions.carerId, carerIdsInScope(db, actor, filter)))
    .groupBy(trainingCompletions.carerId, trainingCompletions.courseId);
}

/** Every standard signed off for those carers, in one query. */
export async function findSignOffsInScope(
  db: Db,
  actor: Actor,
  filter: CarerFilter = {},
): Promise<CarerSignOff[]> {
  return db
    .select({ carerId: tsdsSignoffs.carerId, standard: tsdsSignoffs.standard })
    .from(tsdsSignoffs)
    .where(inArray(tsdsSignoffs.carerId, carerIdsInScope(db, actor, filter)));
}

/** Every area, by name, for the list's filter. */
export async function findAreaChoices(db: Db): Promise<{ id: string; name: string }[]> {
  return db.select({ id: areas.id, name: areas.name }).from(areas).orderBy(asc(areas.name));
}

/** The supervising social workers, by name, for the list's filter. */
export async function findWorkerChoices(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.role, 'supervising_social_worker'))
    .orderBy(asc(users.name));
}
