// SQL for placements after they start: a child's homes, plans, endings and a household's children.
import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  childDelegatedAuthority,
  children,
  households,
  placementPlans,
  placements,
  type EndReasonKind,
} from '../../core/db/tables.ts';
import type { TPlanInput } from './schemas.ts';

const placementColumns = {
  id: placements.id,
  childId: placements.childId,
  householdId: placements.householdId,
  careType: placements.careType,
  startedOn: placements.startedOn,
  plannedEndOn: placements.plannedEndOn,
  endedOn: placements.endedOn,
  endReason: placements.endReason,
  endReasonKind: placements.endReasonKind,
};

/**
 * A placement by its id, for anyone: unsafe because it is not scoped. It is read only to learn
 * which child the placement is about, so that the policy can be asked about that child.
 */
export async function unsafeFindPlacement(db: Db, id: string) {
  const [row] = await db.select(placementColumns).from(placements).where(eq(placements.id, id));
  return row ?? null;
}

/** The placement, locked until the transaction ends, so two people cannot end it at once. */
export async function lockPlacement(db: Db, id: string) {
  const [row] = await db
    .select(placementColumns)
    .from(placements)
    .where(eq(placements.id, id))
    .for('update');
  return row ?? null;
}

const childColumns = {
  id: children.id,
  firstName: children.firstName,
  preferredName: children.preferredName,
  lastName: children.lastName,
  dateOfBirth: children.dateOfBirth,
};

/** A child's names and birthday, if the actor's scope includes the child. */
export async function findChildInScope(db: Db, actor: Actor, childId: string) {
  const [row] = await db
    .select(childColumns)
    .from(children)
    .where(and(eq(children.id, childId), scope(actor, 'children')));
  return row ?? null;
}

/** Every placement of a child with the agency's households, the newest first, with its plan's date. */
export async function findChildPlacements(db: Db, childId: string) {
  return db
    .select({
      ...placementColumns,
      householdName: households.name,
      householdStatus: households.status,
      planAgreedOn: placementPlans.agreedOn,
    })
    .from(placements)
    .innerJoin(households, eq(households.id, placements.householdId))
    .leftJoin(placementPlans, eq(placementPlans.placementId, placements.id))
    .where(eq(placements.childId, childId))
    .orderBy(desc(placements.startedOn), desc(placements.id));
}

/** The placement plan, if one has been agreed. */
export async function findPlan(db: Db, placementId: string) {
  const [row] = await db
    .select({
      agreedOn: placementPlans.agreedOn,
      dailyRoutines: placementPlans.dailyRoutines,
      education: placementPlans.education,
      health: placementPlans.health,
      familyTime: placementPlans.familyTime,
      otherArrangements: placementPlans.otherArrangements,
      updatedAt: placementPlans.updatedAt,
    })
    .from(placementPlans)
    .where(eq(placementPlans.placementId, placementId));
  return row ?? null;
}

/** Records the placement plan, or changes the one recorded. */
export async function savePlanRow(
  db: Db,
  placementId: string,
  plan: TPlanInput,
  recordedBy: string,
  now: Date,
): Promise<void> {
  const values = { ...plan, recordedBy, updatedAt: now };
  await db
    .insert(placementPlans)
    .values({ placementId, ...values })
    .onConflictDoUpdate({ target: placementPlans.placementId, set: values });
}

/** Who decides what in the child's everyday life, as the child's record holds it. */
export async function findDelegatedAuthority(db: Db, childId: string) {
  return db
    .select({
      topic: childDelegatedAuthority.topic,
      decidedBy: childDelegatedAuthority.decidedBy,
      notes: childDelegatedAuthority.notes,
    })
    .from(childDelegatedAuthority)
    .where(eq(childDelegatedAuthority.childId, childId))
    .orderBy(asc(childDelegatedAuthority.topic));
}

/** Ends a placement with its date, the kind of ending and the notes. */
export async function markEnded(
  db: Db,
  id: string,
  ending: { endedOn: string; kind: EndReasonKind; notes: string; endedBy: string },
): Promise<void> {
  await db
    .update(placements)
    .set({
      endedOn: ending.endedOn,
      endReasonKind: ending.kind,
      endReason: ending.notes === '' ? null : ending.notes,
      endedBy: ending.endedBy,
    })
    .where(eq(placements.id, id));
}

// Written out in full: drizzle leaves a lone table's columns unqualified, and inside this
// subquery an unqualified "id" would be the placement's.
const childrenLivingThere = sql<number>`(SELECT count(*) FROM placements p
  WHERE p.household_id = households.id AND p.ended_on IS NULL)`;

const householdColumns = {
  id: households.id,
  name: households.name,
  status: households.status,
  maxChildren: households.maxChildren,
  careTypes: households.careTypes,
  livingThere: childrenLivingThere,
};

/** What a move needs to know of a household: approval, room, and the care it is approved for. */
export type MoveTarget = {
  id: string;
  name: string;
  status: 'applicant' | 'approved' | 'on_hold' | 'resigned';
  maxChildren: number | null;
  careTypes: string[];
  livingThere: number;
};

const asTarget = (row: Omit<MoveTarget, 'livingThere'> & { livingThere: unknown }): MoveTarget => ({
  ...row,
  livingThere: toCount(row.livingThere),
});

/** Approved households in the actor's scope with room for another child, by name. */
export async function findMoveTargets(
  db: Db,
  actor: Actor,
  exceptHouseholdId: string,
): Promise<MoveTarget[]> {
  const rows = await db
    .select(householdColumns)
    .from(households)
    .where(
      and(
        scope(actor, 'households'),
        eq(households.status, 'approved'),
        ne(households.id, exceptHouseholdId),
        sql`${households.maxChildren} > ${childrenLivingThere}`,
      ),
    )
    .orderBy(asc(households.name), asc(households.id));
  return rows.map(asTarget);
}

/**
 * A household in the actor's scope, locked until the transaction ends, with the children living
 * there now: two moves into the last free place cannot both see it free.
 */
export async function lockMoveTarget(
  db: Db,
  actor: Actor,
  householdId: string,
): Promise<MoveTarget | null> {
  const [row] = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.id, householdId), scope(actor, 'households')))
    .for('update');
  if (!row) return null;
  const [target] = await db
    .select(householdColumns)
    .from(households)
    .where(eq(households.id, row.id));
  return target ? asTarget(target) : null;
}

/**
 * A household's status, for anyone: unsafe because it is not scoped. The policy needs the status
 * to decide whether the actor may read the household at all.
 */
export async function unsafeFindHouseholdStatus(db: Db, id: string) {
  const [row] = await db
    .select({ status: households.status })
    .from(households)
    .where(eq(households.id, id));
  return row?.status ?? null;
}

/** A household's name, if the actor's scope includes it. */
export async function findHouseholdInScope(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ id: households.id, name: households.name, status: households.status })
    .from(households)
    .where(and(eq(households.id, id), scope(actor, 'households')));
  return row ?? null;
}

/** Every child who has lived in a household, with their placement there, the newest first. */
export async function findHouseholdPlacements(db: Db, householdId: string) {
  return db
    .select({
      ...placementColumns,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
    })
    .from(placements)
    .innerJoin(children, eq(children.id, placements.childId))
    .where(eq(placements.householdId, householdId))
    .orderBy(desc(placements.startedOn), desc(placements.id));
}

/** Current placements of children in the actor's scope with no plan agreed yet, oldest first. */
export async function findPlacementsWithoutPlan(db: Db, actor: Actor) {
  return db
    .select({
      id: placements.id,
      childId: placements.childId,
      startedOn: placements.startedOn,
      householdName: households.name,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
    })
    .from(placements)
    .innerJoin(children, eq(children.id, placements.childId))
    .innerJoin(households, eq(households.id, placements.householdId))
    .leftJoin(placementPlans, eq(placementPlans.placementId, placements.id))
    .where(
      and(isNull(placements.endedOn), isNull(placementPlans.placementId), scope(actor, 'children')),
    )
    .orderBy(asc(placements.startedOn), asc(placements.id));
}
