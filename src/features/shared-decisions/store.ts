// SQL for shared decisions: who decides what for a child (kept by the children feature, read
// here), the carers of the child's home by name, and the requests for a decision. Callers
// authorise the child first; every query is for that one child.
import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '../../core/access/roles.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  childDelegatedAuthority,
  decisionRequests,
  householdMembers,
  households,
  users,
  type DecidedBy,
  type DecisionOutcome,
  type DecisionTopic,
  type DelegatedTopic,
} from '../../core/db/tables.ts';

/** Someone named on a request: to be shown through nameAsSeenBy. */
export type Person = { id: string; name: string; role: Role };

/** Who decides what for a child, topic by topic (topics not agreed yet have no row). */
export async function findAuthority(db: Db, childId: string) {
  return db
    .select({
      topic: childDelegatedAuthority.topic,
      decidedBy: childDelegatedAuthority.decidedBy,
      notes: childDelegatedAuthority.notes,
    })
    .from(childDelegatedAuthority)
    .where(eq(childDelegatedAuthority.childId, childId));
}

/** Who decides one topic; null when nobody has agreed it, or for "something else". */
export async function findDeciderOf(
  db: Db,
  childId: string,
  topic: DecisionTopic,
): Promise<DecidedBy | null> {
  if (topic === 'other') return null;
  const [row] = await db
    .select({ decidedBy: childDelegatedAuthority.decidedBy })
    .from(childDelegatedAuthority)
    .where(
      and(eq(childDelegatedAuthority.childId, childId), eq(childDelegatedAuthority.topic, topic)),
    );
  return row?.decidedBy ?? null;
}

/** The carers of a home, with or without an account, as foster or kinship carers. */
export async function findCarersOfHome(
  db: Db,
  householdId: string,
): Promise<Array<Omit<Person, 'id'>>> {
  const rows = await db
    .select({
      firstName: householdMembers.firstName,
      lastName: householdMembers.lastName,
      careKind: households.careKind,
    })
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .where(
      and(eq(householdMembers.householdId, householdId), eq(householdMembers.memberRole, 'carer')),
    )
    .orderBy(asc(householdMembers.firstName));
  return rows.map((row) => ({
    name: `${row.firstName} ${row.lastName}`,
    role: row.careKind === 'kinship' ? 'kinship_carer' : 'foster_carer',
  }));
}

const asker = alias(users, 'asker');
const viewsGiver = alias(users, 'views_giver');
const decider = alias(users, 'decider');

const REQUEST_COLUMNS = {
  id: decisionRequests.id,
  topic: decisionRequests.topic,
  question: decisionRequests.question,
  neededBy: decisionRequests.neededBy,
  askedAt: decisionRequests.askedAt,
  askerId: asker.id,
  askerName: asker.name,
  askerRole: asker.role,
  parentViews: decisionRequests.parentViews,
  parentViewsAt: decisionRequests.parentViewsAt,
  viewsById: viewsGiver.id,
  viewsByName: viewsGiver.name,
  viewsByRole: viewsGiver.role,
  outcome: decisionRequests.outcome,
  outcomeNotes: decisionRequests.outcomeNotes,
  decidedAt: decisionRequests.decidedAt,
  deciderId: decider.id,
  deciderName: decider.name,
  deciderRole: decider.role,
};

/** A request for a decision, with the people on it. */
export type DecisionRequest = {
  id: string;
  topic: DecisionTopic;
  question: string;
  neededBy: string | null;
  askedAt: Date;
  askedBy: Person;
  parentViews: string;
  parentViewsAt: Date | null;
  viewsBy: Person | null;
  outcome: DecisionOutcome | null;
  outcomeNotes: string;
  decidedAt: Date | null;
  decidedBy: Person | null;
};

function person(id: string | null, name: string | null, role: string | null): Person | null {
  return id && name !== null && role ? { id, name, role: role as Role } : null;
}

type RequestRow = Awaited<ReturnType<typeof selectRequests>>[number];

function toRequest(row: RequestRow): DecisionRequest {
  return {
    id: row.id,
    topic: row.topic,
    question: row.question,
    neededBy: row.neededBy,
    askedAt: row.askedAt,
    askedBy: { id: row.askerId, name: row.askerName, role: row.askerRole as Role },
    parentViews: row.parentViews,
    parentViewsAt: row.parentViewsAt,
    viewsBy: person(row.viewsById, row.viewsByName, row.viewsByRole),
    outcome: row.outcome,
    outcomeNotes: row.outcomeNotes,
    decidedAt: row.decidedAt,
    decidedBy: person(row.deciderId, row.deciderName, row.deciderRole),
  };
}

function selectRequests(db: Db) {
  return db
    .select(REQUEST_COLUMNS)
    .from(decisionRequests)
    .innerJoin(asker, eq(asker.id, decisionRequests.askedBy))
    .leftJoin(viewsGiver, eq(viewsGiver.id, decisionRequests.parentViewsBy))
    .leftJoin(decider, eq(decider.id, decisionRequests.decidedBy));
}

/** A child's requests still waiting for an answer, the soonest needed first. */
export async function findOpenRequests(db: Db, childId: string): Promise<DecisionRequest[]> {
  const rows = await selectRequests(db)
    .where(and(eq(decisionRequests.childId, childId), isNull(decisionRequests.outcome)))
    .orderBy(sql`${decisionRequests.neededBy} ASC NULLS LAST`, asc(decisionRequests.askedAt));
  return rows.map(toRequest);
}

/** A child's answered requests, the latest answer first. */
export async function findAnsweredRequests(db: Db, childId: string): Promise<DecisionRequest[]> {
  const rows = await selectRequests(db)
    .where(and(eq(decisionRequests.childId, childId), isNotNull(decisionRequests.outcome)))
    .orderBy(desc(decisionRequests.decidedAt), desc(decisionRequests.askedAt));
  return rows.map(toRequest);
}

/** One of a child's requests; undefined when there is no such request for this child. */
export async function findRequest(
  db: Db,
  childId: string,
  requestId: string,
): Promise<DecisionRequest | undefined> {
  const [row] = await selectRequests(db).where(
    and(eq(decisionRequests.childId, childId), eq(decisionRequests.id, requestId)),
  );
  return row ? toRequest(row) : undefined;
}

/** Saves a new request and returns its id. */
export async function insertRequest(
  db: Db,
  request: {
    childId: string;
    topic: DecisionTopic;
    question: string;
    neededBy: string | null;
    askedBy: string;
    askedAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(decisionRequests)
    .values(request)
    .returning({ id: decisionRequests.id });
  return row!.id;
}

/** Replaces the parents' views while the request is still open; false once it is answered. */
export async function updateViews(
  db: Db,
  childId: string,
  requestId: string,
  views: { text: string; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(decisionRequests)
    .set({ parentViews: views.text, parentViewsBy: views.by, parentViewsAt: views.at })
    .where(openRequest(childId, requestId))
    .returning({ id: decisionRequests.id });
  return rows.length > 0;
}

/** Records the answer once; false when someone answered first. */
export async function updateOutcome(
  db: Db,
  childId: string,
  requestId: string,
  answer: { outcome: DecisionOutcome; notes: string; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(decisionRequests)
    .set({
      outcome: answer.outcome,
      outcomeNotes: answer.notes,
      decidedBy: answer.by,
      decidedAt: answer.at,
    })
    .where(openRequest(childId, requestId))
    .returning({ id: decisionRequests.id });
  return rows.length > 0;
}

function openRequest(childId: string, requestId: string) {
  return and(
    eq(decisionRequests.childId, childId),
    eq(decisionRequests.id, requestId),
    isNull(decisionRequests.outcome),
  );
}

/** How many of a child's requests wait for an answer. */
export async function countOpen(db: Db, childId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)` })
    .from(decisionRequests)
    .where(and(eq(decisionRequests.childId, childId), isNull(decisionRequests.outcome)));
  return toCount(row?.count);
}

/** Adds who decides a topic, leaving any topic already agreed as it is. */
export async function insertAuthorityIfMissing(
  db: Db,
  rows: Array<{
    childId: string;
    topic: DelegatedTopic;
    decidedBy: DecidedBy;
    notes: string;
    updatedBy: string | null;
  }>,
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(childDelegatedAuthority).values(rows).onConflictDoNothing();
}
