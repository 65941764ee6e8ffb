// SQL for the daily record itself: a child's timeline, one record, its comments. Every read that
// lists records is filtered by scope(actor, 'daily_records').
import { and, asc, count, desc, eq, inArray, isNull, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  children,
  dailyRecordComments,
  dailyRecords,
  households,
  placements,
  users,
  type DailyRecordKind,
} from '../../core/db/tables.ts';
import type { Mood } from './words.ts';

const authors = alias(users, 'record_authors');
const acknowledgers = alias(users, 'record_acknowledgers');

// What every list of records shows of each: the record, who wrote it, where, and who has read it.
const ENTRY = {
  id: dailyRecords.id,
  childId: dailyRecords.childId,
  householdId: dailyRecords.householdId,
  authorId: dailyRecords.authorId,
  kind: dailyRecords.kind,
  occurredOn: dailyRecords.occurredOn,
  mood: dailyRecords.mood,
  topics: dailyRecords.topics,
  body: dailyRecords.body,
  createdAt: dailyRecords.createdAt,
  acknowledgedAt: dailyRecords.acknowledgedAt,
  authorName: authors.name,
  acknowledgedByName: acknowledgers.name,
  householdName: households.name,
  householdStatus: households.status,
  childFirstName: children.firstName,
  childPreferredName: children.preferredName,
  childLastName: children.lastName,
};

export type EntryRow = {
  id: string;
  childId: string;
  householdId: string;
  authorId: string;
  kind: DailyRecordKind;
  occurredOn: string;
  mood: Mood | null;
  topics: string[];
  body: string;
  createdAt: Date;
  acknowledgedAt: Date | null;
  authorName: string;
  acknowledgedByName: string | null;
  householdName: string;
  householdStatus: 'applicant' | 'approved' | 'on_hold' | 'resigned';
  childFirstName: string;
  childPreferredName: string | null;
  childLastName: string;
};

/** Records matching `where` (always combined with the actor's scope), newest first, a page at a time. */
export async function findEntries(
  db: Db,
  actor: Actor,
  where: SQL | undefined,
  page: { limit: number; offset: number },
): Promise<EntryRow[]> {
  return db
    .select(ENTRY)
    .from(dailyRecords)
    .innerJoin(authors, eq(authors.id, dailyRecords.authorId))
    .innerJoin(households, eq(households.id, dailyRecords.householdId))
    .innerJoin(children, eq(children.id, dailyRecords.childId))
    .leftJoin(acknowledgers, eq(acknowledgers.id, dailyRecords.acknowledgedBy))
    .where(and(scope(actor, 'daily_records'), where))
    .orderBy(desc(dailyRecords.occurredOn), desc(dailyRecords.createdAt), desc(dailyRecords.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** How many records match `where` within the actor's scope. */
export async function countEntries(db: Db, actor: Actor, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(dailyRecords)
    .where(and(scope(actor, 'daily_records'), where));
  return toCount(row?.total);
}

/** The conditions of a child's timeline, optionally of one kind. */
export function timelineOf(childId: string, kind: DailyRecordKind | null): SQL | undefined {
  return and(eq(dailyRecords.childId, childId), kind ? eq(dailyRecords.kind, kind) : undefined);
}

/** The conditions of what one person wrote. */
export function writtenBy(userId: string): SQL | undefined {
  return eq(dailyRecords.authorId, userId);
}

/** The conditions of events and incidents nobody has acknowledged yet. */
export function waitingToBeRead(): SQL | undefined {
  return and(ne(dailyRecords.kind, 'daily_log'), isNull(dailyRecords.acknowledgedAt));
}

/** One record, if the actor's scope includes it. */
export async function findEntry(db: Db, actor: Actor, id: string): Promise<EntryRow | null> {
  const [row] = await findEntries(db, actor, eq(dailyRecords.id, id), { limit: 1, offset: 0 });
  return row ?? null;
}

/**
 * The facts the policy needs about a record (which child, which home, who wrote it). Unscoped on
 * purpose: it is read only to ask the policy, and nothing of it is shown before the answer.
 */
export async function unsafeFindRecordFacts(db: Db, id: string) {
  const [row] = await db
    .select({
      id: dailyRecords.id,
      childId: dailyRecords.childId,
      householdId: dailyRecords.householdId,
      authorId: dailyRecords.authorId,
      kind: dailyRecords.kind,
    })
    .from(dailyRecords)
    .where(eq(dailyRecords.id, id));
  return row ?? null;
}

/** The comments on these records, oldest first, with who wrote each. */
export async function findComments(db: Db, recordIds: string[]) {
  if (recordIds.length === 0) return [];
  return db
    .select({
      id: dailyRecordComments.id,
      recordId: dailyRecordComments.recordId,
      body: dailyRecordComments.body,
      createdAt: dailyRecordComments.createdAt,
      authorName: users.name,
      authorRole: users.role,
    })
    .from(dailyRecordComments)
    .innerJoin(users, eq(users.id, dailyRecordComments.authorId))
    .where(inArray(dailyRecordComments.recordId, recordIds))
    .orderBy(asc(dailyRecordComments.createdAt), asc(dailyRecordComments.id));
}

export type CommentRow = Awaited<ReturnType<typeof findComments>>[number];

/** A child's names. The caller has already been allowed to read about the child. */
export async function findChildNames(db: Db, childId: string) {
  const [row] = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
    })
    .from(children)
    .where(eq(children.id, childId));
  return row ?? null;
}

/** Where the child lives now: the placement a new record belongs to. */
export async function findCurrentHome(db: Db, childId: string) {
  const [row] = await db
    .select({
      placementId: placements.id,
      householdId: placements.householdId,
      startedOn: placements.startedOn,
    })
    .from(placements)
    .where(and(eq(placements.childId, childId), isNull(placements.endedOn)))
    .orderBy(desc(placements.startedOn))
    .limit(1);
  return row ?? null;
}

/** Saves a new record; returns its id. */
export async function insertRecord(
  db: Db,
  values: {
    childId: string;
    householdId: string;
    placementId: string;
    authorId: string;
    kind: DailyRecordKind;
    occurredOn: string;
    mood: Mood | null;
    topics: string[];
    body: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(dailyRecords).values(values).returning({ id: dailyRecords.id });
  return row!.id;
}

/** Adds a comment to a record. */
export async function insertComment(
  db: Db,
  values: { recordId: string; authorId: string; body: string; createdAt: Date },
): Promise<void> {
  await db.insert(dailyRecordComments).values(values);
}

/** Marks an event or incident as read by staff; false when it was already acknowledged. */
export async function markAcknowledged(
  db: Db,
  input: { id: string; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(dailyRecords)
    .set({ acknowledgedBy: input.by, acknowledgedAt: input.at })
    .where(
      and(
        eq(dailyRecords.id, input.id),
        ne(dailyRecords.kind, 'daily_log'),
        isNull(dailyRecords.acknowledgedAt),
      ),
    )
    .returning({ id: dailyRecords.id });
  return rows.length > 0;
}
