// Family time sessions, who is invited, and the notes after them: the SQL. Every function here
// works on one child the caller has already been allowed to reach (withPartnershipChild), so the
// child's id is the scope; a parent's lists are narrowed further to sessions they are invited to.
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  familyTimeInvitees,
  familyTimeNotes,
  familyTimeSessions,
  users,
  type FamilyTimeAttendance,
  type FamilyTimeKind,
  type FamilyTimeParty,
} from '../../core/db/tables.ts';
import { toCount } from '../../core/db/rows.ts';

export type SessionRow = typeof familyTimeSessions.$inferSelect;
export type CancelledByParty = NonNullable<SessionRow['cancelledByParty']>;
export type InviteeRow = {
  sessionId: string;
  userId: string;
  name: string;
  confirmedAt: Date | null;
};
export type NoteRow = {
  id: string;
  authorId: string;
  authorName: string;
  authorRole: string;
  party: FamilyTimeParty;
  attendance: FamilyTimeAttendance | null;
  note: string;
  createdAt: Date;
};

/** What planning or changing a session writes. */
export type SessionDetails = {
  startsAt: Date;
  endsAt: Date;
  kind: FamilyTimeKind;
  isSupervised: boolean;
  supervisedBy: string;
  venue: string;
  transport: string;
  notesForFamily: string;
};

// Sessions a parent is invited to; everyone else in the space sees all of the child's sessions.
function sessionsFor(childId: string, invitedUserId: string | null) {
  const ofChild = eq(familyTimeSessions.childId, childId);
  if (!invitedUserId) return ofChild;
  return and(
    ofChild,
    sql`EXISTS (SELECT 1 FROM family_time_invitees i
          WHERE i.session_id = ${familyTimeSessions.id} AND i.user_id = ${invitedUserId})`,
  );
}

/** Sessions still to come or under way (ending after `now`), soonest first. */
export async function findComingSessions(
  db: Db,
  input: { childId: string; invitedUserId: string | null; now: Date },
): Promise<SessionRow[]> {
  return db
    .select()
    .from(familyTimeSessions)
    .where(
      and(
        sessionsFor(input.childId, input.invitedUserId),
        gt(familyTimeSessions.endsAt, input.now),
      ),
    )
    .orderBy(asc(familyTimeSessions.startsAt));
}

/** Sessions that have ended, the latest first, one page at a time. */
export async function findPastSessions(
  db: Db,
  input: {
    childId: string;
    invitedUserId: string | null;
    now: Date;
    limit: number;
    offset: number;
  },
): Promise<SessionRow[]> {
  return db
    .select()
    .from(familyTimeSessions)
    .where(
      and(
        sessionsFor(input.childId, input.invitedUserId),
        lte(familyTimeSessions.endsAt, input.now),
      ),
    )
    .orderBy(desc(familyTimeSessions.startsAt), desc(familyTimeSessions.id))
    .limit(input.limit)
    .offset(input.offset);
}

/** How many sessions have ended, for the "Earlier" link. */
export async function countPastSessions(
  db: Db,
  input: { childId: string; invitedUserId: string | null; now: Date },
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(familyTimeSessions)
    .where(
      and(
        sessionsFor(input.childId, input.invitedUserId),
        lte(familyTimeSessions.endsAt, input.now),
      ),
    );
  return toCount(row?.total);
}

/** One of the child's sessions, or undefined when the child has no session with that id. */
export async function findSession(
  db: Db,
  childId: string,
  sessionId: string,
): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(familyTimeSessions)
    .where(and(eq(familyTimeSessions.childId, childId), eq(familyTimeSessions.id, sessionId)));
  return row;
}

/** The parents invited to these sessions, with whether each said they will come. */
export async function findInvitees(db: Db, sessionIds: readonly string[]): Promise<InviteeRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      sessionId: familyTimeInvitees.sessionId,
      userId: familyTimeInvitees.userId,
      name: users.name,
      confirmedAt: familyTimeInvitees.confirmedAt,
    })
    .from(familyTimeInvitees)
    .innerJoin(users, eq(users.id, familyTimeInvitees.userId))
    .where(inArray(familyTimeInvitees.sessionId, [...sessionIds]))
    .orderBy(asc(users.name));
}

/** Plans a session for a child; returns its id. */
export async function insertSession(
  db: Db,
  input: SessionDetails & { childId: string; createdBy: string; at: Date; id?: string },
): Promise<string> {
  const [row] = await db
    .insert(familyTimeSessions)
    .values({
      ...(input.id ? { id: input.id } : {}),
      childId: input.childId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      kind: input.kind,
      isSupervised: input.isSupervised,
      supervisedBy: input.supervisedBy,
      venue: input.venue,
      transport: input.transport,
      notesForFamily: input.notesForFamily,
      createdBy: input.createdBy,
      createdAt: input.at,
    })
    .returning({ id: familyTimeSessions.id });
  return row!.id;
}

/** Changes a session's details. */
export async function updateSession(
  db: Db,
  sessionId: string,
  details: SessionDetails,
): Promise<void> {
  await db.update(familyTimeSessions).set(details).where(eq(familyTimeSessions.id, sessionId));
}

/**
 * Makes the invitees exactly `userIds`. Those still invited keep their answer unless
 * `isAnswerReset` (the time or place changed, so "I'll be there" no longer says anything).
 */
export async function replaceInvitees(
  db: Db,
  sessionId: string,
  userIds: readonly string[],
  isAnswerReset: boolean,
): Promise<void> {
  const wanted = [...new Set(userIds)];
  const current = await db
    .select({ userId: familyTimeInvitees.userId })
    .from(familyTimeInvitees)
    .where(eq(familyTimeInvitees.sessionId, sessionId));
  const gone = current.map((row) => row.userId).filter((id) => !wanted.includes(id));
  if (gone.length > 0) {
    await db
      .delete(familyTimeInvitees)
      .where(
        and(eq(familyTimeInvitees.sessionId, sessionId), inArray(familyTimeInvitees.userId, gone)),
      );
  }
  if (isAnswerReset) {
    await db
      .update(familyTimeInvitees)
      .set({ confirmedAt: null })
      .where(eq(familyTimeInvitees.sessionId, sessionId));
  }
  const added = wanted.filter((id) => !current.some((row) => row.userId === id));
  if (added.length > 0) {
    await db.insert(familyTimeInvitees).values(added.map((userId) => ({ sessionId, userId })));
  }
}

/** Records a parent's "I'll be there"; the first answer's time stays. */
export async function confirmInvitee(
  db: Db,
  sessionId: string,
  userId: string,
  at: Date,
): Promise<void> {
  await db
    .update(familyTimeInvitees)
    .set({ confirmedAt: at })
    .where(
      and(
        eq(familyTimeInvitees.sessionId, sessionId),
        eq(familyTimeInvitees.userId, userId),
        isNull(familyTimeInvitees.confirmedAt),
      ),
    );
}

/** Calls a planned session off; false when it was already cancelled. */
export async function cancelSession(
  db: Db,
  input: { sessionId: string; party: CancelledByParty; reason: string; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(familyTimeSessions)
    .set({
      status: 'cancelled',
      cancelledByParty: input.party,
      cancelledReason: input.reason,
      cancelledBy: input.by,
      cancelledAt: input.at,
    })
    .where(
      and(eq(familyTimeSessions.id, input.sessionId), eq(familyTimeSessions.status, 'planned')),
    )
    .returning({ id: familyTimeSessions.id });
  return rows.length > 0;
}

/** Adds a note after a session. */
export async function insertNote(
  db: Db,
  input: {
    sessionId: string;
    authorId: string;
    party: FamilyTimeParty;
    attendance: FamilyTimeAttendance | null;
    note: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(familyTimeNotes)
    .values({
      sessionId: input.sessionId,
      authorId: input.authorId,
      party: input.party,
      attendance: input.attendance,
      note: input.note,
      createdAt: input.at,
    })
    .returning({ id: familyTimeNotes.id });
  return row!.id;
}

/** Every note on a session with its author, oldest first; the caller decides who sees which. */
export async function findNotes(db: Db, sessionId: string): Promise<NoteRow[]> {
  return db
    .select({
      id: familyTimeNotes.id,
      authorId: familyTimeNotes.authorId,
      authorName: users.name,
      authorRole: users.role,
      party: familyTimeNotes.party,
      attendance: familyTimeNotes.attendance,
      note: familyTimeNotes.note,
      createdAt: familyTimeNotes.createdAt,
    })
    .from(familyTimeNotes)
    .innerJoin(users, eq(users.id, familyTimeNotes.authorId))
    .where(eq(familyTimeNotes.sessionId, sessionId))
    .orderBy(asc(familyTimeNotes.createdAt), asc(familyTimeNotes.id));
}
