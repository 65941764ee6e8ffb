// Carers as trainees: a household member who cares, with their household's facts the training
// rules need (kind of care, approval, area, supervising social worker, where they roughly live).
// Not every carer has an account, yet every carer has a training record.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scope } from '../../core/access/scope.ts';
import type { Actor } from '../../core/access/actor.ts';
import type { Resource } from '../../core/access/policy.ts';
import type { Db } from '../../core/db/connect.ts';
import { areas, householdMembers, households, users } from '../../core/db/tables.ts';

export type Trainee = {
  /** The household member's id: the key of every booking, completion and sign-off. */
  id: string;
  householdId: string;
  householdName: string;
  firstName: string;
  lastName: string;
  userId: string | null;
  email: string | null;
  careKind: 'foster' | 'kinship';
  approvedOn: string | null;
  householdStatus: 'applicant' | 'approved' | 'on_hold' | 'resigned';
  areaId: string | null;
  areaName: string | null;
  supervisingWorkerId: string | null;
  supervisingWorkerName: string | null;
  latitude: number | null;
  longitude: number | null;
  sharesWorkbook: boolean;
};

const workers = alias(users, 'workers');

const columns = {
  id: householdMembers.id,
  householdId: householdMembers.householdId,
  householdName: households.name,
  firstName: householdMembers.firstName,
  lastName: householdMembers.lastName,
  userId: householdMembers.userId,
  email: users.email,
  careKind: households.careKind,
  approvedOn: households.approvedOn,
  householdStatus: households.status,
  areaId: households.areaId,
  areaName: areas.name,
  supervisingWorkerId: households.supervisingWorkerId,
  supervisingWorkerName: workers.name,
  latitude: households.latitude,
  longitude: households.longitude,
  sharesWorkbook: households.tsdsSharedWorkbook,
};

function selectTrainees(db: Db, where: SQL | undefined) {
  return db
    .select(columns)
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .leftJoin(areas, eq(areas.id, households.areaId))
    .leftJoin(users, eq(users.id, householdMembers.userId))
    .leftJoin(workers, eq(workers.id, households.supervisingWorkerId))
    .where(and(eq(householdMembers.memberRole, 'carer'), where));
}

const BY_NAME = [asc(householdMembers.lastName), asc(householdMembers.firstName)];

/** The carer a signed-in carer is, or undefined for anyone else. */
export async function findTraineeByUser(db: Db, userId: string): Promise<Trainee | undefined> {
  const [row] = await selectTrainees(db, eq(householdMembers.userId, userId))
    .orderBy(...BY_NAME)
    .limit(1);
  return row;
}

/** One carer by their household member id, whoever is asking (check access with `asResource`). */
export async function findTrainee(db: Db, carerId: string): Promise<Trainee | undefined> {
  const [row] = await selectTrainees(db, eq(householdMembers.id, carerId)).limit(1);
  return row;
}

/** The carers the actor may see the training of, by surname; `where` narrows further. */
export async function findTraineesInScope(db: Db, actor: Actor, where?: SQL): Promise<Trainee[]> {
  return selectTrainees(db, and(scope(actor, 'carers'), where)).orderBy(...BY_NAME);
}

/** The carers of one household, for a shared workbook or booking both. */
export async function findTraineesOfHousehold(db: Db, householdId: string): Promise<Trainee[]> {
  return selectTrainees(db, eq(householdMembers.householdId, householdId)).orderBy(...BY_NAME);
}

/**
 * Every carer of an approved household or one taking a break, by household reference then name:
 * a fixed order, for loading the demo agency's training history the same way every time.
 */
export async function findActiveTrainees(db: Db): Promise<Trainee[]> {
  return selectTrainees(db, inArray(households.status, ['approved', 'on_hold'])).orderBy(
    asc(households.reference),
    ...BY_NAME,
  );
}

/** The training coordinator who runs the programme (the first, when there are several). */
export async function findTrainingCoordinatorId(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, 'training_coordinator'))
    .orderBy(asc(users.email))
    .limit(1);
  return row?.id ?? null;
}

/** A carer as the access policy sees them. */
export function asResource(trainee: Pick<Trainee, 'id' | 'householdId'>): Resource {
  return { kind: 'carer', id: trainee.id, householdId: trainee.householdId };
}

/** "Sam Okafor". */
export function traineeName(trainee: Pick<Trainee, 'firstName' | 'lastName'>): string {
  return `${trainee.firstName} ${trainee.lastName}`;
}
