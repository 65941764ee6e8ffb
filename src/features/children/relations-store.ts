// SQL for the people around a child: brothers and sisters, the summary of people who matter,
// delegated authority and matching exclusions. Callers authorise the child first; choices offered
// from other records (children, households) come through the actor's scope.
import { and, asc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  childDelegatedAuthority,
  childImportantPeople,
  children,
  childSiblings,
  households,
  matchingExclusions,
} from '../../core/db/tables.ts';
import type { TDelegatedAuthority } from './relations-schemas.ts';

// Pairs are stored once, the smaller id first (the table insists on it).
const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** A child's brothers and sisters, whichever side of the pair they were stored on. */
export async function findSiblings(db: Db, childId: string) {
  return db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
      isPlacedTogetherPlanned: childSiblings.isPlacedTogetherPlanned,
    })
    .from(childSiblings)
    .innerJoin(
      children,
      sql`${children.id} = CASE WHEN ${childSiblings.childId} = ${childId}
        THEN ${childSiblings.siblingId} ELSE ${childSiblings.childId} END`,
    )
    .where(or(eq(childSiblings.childId, childId), eq(childSiblings.siblingId, childId)))
    .orderBy(asc(children.dateOfBirth), asc(children.firstName));
}

/** The children the actor may see, by name: the choices for linking a brother or sister. */
export async function findChildrenInScope(db: Db, actor: Actor) {
  return db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
    })
    .from(children)
    .where(scope(actor, 'children'))
    .orderBy(
      sql`coalesce(${children.preferredName}, ${children.firstName})`,
      asc(children.lastName),
    );
}

/** Whether the actor may see a child (a brother or sister they are linking). */
export async function isChildInScope(db: Db, actor: Actor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.id, id), scope(actor, 'children')));
  return Boolean(row);
}

/** Links two children as brothers and sisters, or changes the plan for an existing link. */
export async function upsertSibling(db: Db, a: string, b: string, isTogether: boolean) {
  const [childId, siblingId] = ordered(a, b);
  await db
    .insert(childSiblings)
    .values({ childId, siblingId, isPlacedTogetherPlanned: isTogether })
    .onConflictDoUpdate({
      target: [childSiblings.childId, childSiblings.siblingId],
      set: { isPlacedTogetherPlanned: isTogether },
    });
}

/** Removes a link; true when there was one. */
export async function deleteSibling(db: Db, a: string, b: string): Promise<boolean> {
  const [childId, siblingId] = ordered(a, b);
  const rows = await db
    .delete(childSiblings)
    .where(and(eq(childSiblings.childId, childId), eq(childSiblings.siblingId, siblingId)))
    .returning({ childId: childSiblings.childId });
  return rows.length > 0;
}

/**
 * The people who matter to a child, for the short summary on the child's record: confirmed, still
 * part of the network, and never anyone flagged (not safe, or under a no-contact order), so it is
 * safe for every reader of the record. The full map, with its rules per viewer, is "my people".
 */
export async function findImportantPeople(db: Db, childId: string) {
  const people = childImportantPeople;
  return db
    .select({
      id: people.id,
      name: people.name,
      relationship: people.relationship,
      notes: people.notes,
      status: people.status,
      contactStatus: people.contactStatus,
      hasNoContactOrder: people.hasNoContactOrder,
      flagShownBy: people.flagShownBy,
      isSharedWithFamily: people.isSharedWithFamily,
      addedBy: people.addedBy,
    })
    .from(people)
    .where(
      and(
        eq(people.childId, childId),
        eq(people.status, 'confirmed'),
        isNull(people.leftOn),
        ne(people.contactStatus, 'not_safe'),
        eq(people.hasNoContactOrder, false),
      ),
    )
    .orderBy(asc(people.ring), asc(people.joinedOn), asc(people.name));
}

/** Who decides what for a child, topic by topic (undecided topics have no row). */
export async function findDelegatedAuthority(db: Db, childId: string) {
  return db
    .select({
      topic: childDelegatedAuthority.topic,
      decidedBy: childDelegatedAuthority.decidedBy,
      notes: childDelegatedAuthority.notes,
    })
    .from(childDelegatedAuthority)
    .where(eq(childDelegatedAuthority.childId, childId));
}

/** Replaces a child's delegated authority with the decisions given. */
export async function replaceDelegatedAuthority(
  db: Db,
  childId: string,
  decisions: TDelegatedAuthority,
  updatedBy: string,
  at: Date,
): Promise<void> {
  await db.delete(childDelegatedAuthority).where(eq(childDelegatedAuthority.childId, childId));
  if (decisions.length === 0) return;
  await db
    .insert(childDelegatedAuthority)
    .values(decisions.map((decision) => ({ childId, ...decision, updatedBy, updatedAt: at })));
}

/** The households a child must never be matched with, and why. */
export async function findExclusions(db: Db, childId: string) {
  return db
    .select({
      householdId: matchingExclusions.householdId,
      householdName: households.name,
      reason: matchingExclusions.reason,
      recordedAt: matchingExclusions.recordedAt,
    })
    .from(matchingExclusions)
    .innerJoin(households, eq(households.id, matchingExclusions.householdId))
    .where(eq(matchingExclusions.childId, childId))
    .orderBy(asc(households.name));
}

/** The households the actor may see, by name: the choices for an exclusion. */
export async function findHouseholdsInScope(db: Db, actor: Actor) {
  return db
    .select({ id: households.id, name: households.name, reference: households.reference })
    .from(households)
    .where(scope(actor, 'households'))
    .orderBy(asc(households.name), asc(households.id));
}

/** Whether the actor may see a household. */
export async function isHouseholdInScope(db: Db, actor: Actor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.id, id), scope(actor, 'households')));
  return Boolean(row);
}

/** Records (or rewords) an exclusion. */
export async function upsertExclusion(
  db: Db,
  exclusion: { childId: string; householdId: string; reason: string; recordedBy: string },
): Promise<void> {
  await db
    .insert(matchingExclusions)
    .values(exclusion)
    .onConflictDoUpdate({
      target: [matchingExclusions.childId, matchingExclusions.householdId],
      set: { reason: exclusion.reason, recordedBy: exclusion.recordedBy },
    });
}

/** Removes an exclusion; true when there was one. */
export async function deleteExclusion(db: Db, childId: string, householdId: string) {
  const rows = await db
    .delete(matchingExclusions)
    .where(
      and(eq(matchingExclusions.childId, childId), eq(matchingExclusions.householdId, householdId)),
    )
    .returning({ childId: matchingExclusions.childId });
  return rows.length > 0;
}
