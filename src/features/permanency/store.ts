// SQL for one child's permanency planning: conversations, decisions and looked-after reviews.
// Callers have authorised the child; every read here is for that one child.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  children,
  lookedAfterReviews,
  permanencyConversations,
  permanencyDecisions,
  users,
  type PermanencyOption,
} from '../../core/db/tables.ts';

/** A conversation with the young person, with the name of whoever recorded it. */
export type Conversation = {
  id: string;
  heldOn: string;
  whoWasThere: string;
  options: PermanencyOption[];
  youngPersonWords: string;
  questions: string;
  feelings: string;
  nextSteps: string;
  recordedByName: string | null;
};

/** The young person's chosen direction and the decision, with whoever recorded it. */
export type Decision = {
  id: string;
  youngPersonChoice: PermanencyOption | null;
  youngPersonWords: string;
  decidedOption: PermanencyOption;
  reasons: string;
  decidedOn: string;
  recordedByName: string | null;
};

/** A looked-after review held. */
export type Review = {
  id: string;
  heldOn: string;
  permanencyNotes: string;
  recordedByName: string | null;
};

/** The conversations with a young person, newest first. */
export async function findConversations(db: Db, childId: string): Promise<Conversation[]> {
  return db
    .select({
      id: permanencyConversations.id,
      heldOn: permanencyConversations.heldOn,
      whoWasThere: permanencyConversations.whoWasThere,
      options: permanencyConversations.options,
      youngPersonWords: permanencyConversations.youngPersonWords,
      questions: permanencyConversations.questions,
      feelings: permanencyConversations.feelings,
      nextSteps: permanencyConversations.nextSteps,
      recordedByName: users.name,
    })
    .from(permanencyConversations)
    .leftJoin(users, eq(users.id, permanencyConversations.recordedBy))
    .where(eq(permanencyConversations.childId, childId))
    .orderBy(desc(permanencyConversations.heldOn), desc(permanencyConversations.createdAt));
}

/** The decision that stands: the latest one. */
export async function findLatestDecision(db: Db, childId: string): Promise<Decision | null> {
  const [row] = await db
    .select({
      id: permanencyDecisions.id,
      youngPersonChoice: permanencyDecisions.youngPersonChoice,
      youngPersonWords: permanencyDecisions.youngPersonWords,
      decidedOption: permanencyDecisions.decidedOption,
      reasons: permanencyDecisions.reasons,
      decidedOn: permanencyDecisions.decidedOn,
      recordedByName: users.name,
    })
    .from(permanencyDecisions)
    .leftJoin(users, eq(users.id, permanencyDecisions.recordedBy))
    .where(eq(permanencyDecisions.childId, childId))
    .orderBy(desc(permanencyDecisions.decidedOn), desc(permanencyDecisions.createdAt))
    .limit(1);
  return row ?? null;
}

/** The looked-after reviews held, newest first. */
export async function findReviews(db: Db, childId: string): Promise<Review[]> {
  return db
    .select({
      id: lookedAfterReviews.id,
      heldOn: lookedAfterReviews.heldOn,
      permanencyNotes: lookedAfterReviews.permanencyNotes,
      recordedByName: users.name,
    })
    .from(lookedAfterReviews)
    .leftJoin(users, eq(users.id, lookedAfterReviews.recordedBy))
    .where(eq(lookedAfterReviews.childId, childId))
    .orderBy(desc(lookedAfterReviews.heldOn), desc(lookedAfterReviews.createdAt));
}

/** Saves a conversation; returns its id. */
export async function insertConversation(
  db: Db,
  values: Omit<Conversation, 'id' | 'recordedByName'> & {
    childId: string;
    recordedBy: string | null;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(permanencyConversations)
    .values(values)
    .returning({ id: permanencyConversations.id });
  return row!.id;
}

/** Saves a decision; returns its id. */
export async function insertDecision(
  db: Db,
  values: Omit<Decision, 'id' | 'recordedByName'> & {
    childId: string;
    recordedBy: string | null;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(permanencyDecisions)
    .values(values)
    .returning({ id: permanencyDecisions.id });
  return row!.id;
}

/** Saves a looked-after review; returns its id. */
export async function insertReview(
  db: Db,
  values: Omit<Review, 'id' | 'recordedByName'> & {
    childId: string;
    recordedBy: string | null;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(lookedAfterReviews)
    .values(values)
    .returning({ id: lookedAfterReviews.id });
  return row!.id;
}

/** Records when the child became looked after. */
export async function saveLookedAfterSince(db: Db, childId: string, on: string): Promise<void> {
  await db.update(children).set({ lookedAfterSince: on }).where(eq(children.id, childId));
}
