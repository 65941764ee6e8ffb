// The next few family time sessions, for other pages' "coming up" lists (the young person's own
// page, the partnership hub). These read by child id only: the caller has already been allowed to
// reach the child, and for a parent these return only the sessions that parent is invited to.
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  familyTimeInvitees,
  familyTimeSessions,
  type FamilyTimeKind,
} from '../../core/db/tables.ts';

/** A session as a "coming up" list shows it: no transport, no supervisor, no notes. */
export type UpcomingFamilyTime = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  kind: FamilyTimeKind;
  venue: string;
  status: 'planned' | 'cancelled';
};

/** A parent's own invitation, with when they said they will come (null when they have not). */
export type ParentUpcomingFamilyTime = UpcomingFamilyTime & { confirmedAt: Date | null };

const shown = {
  id: familyTimeSessions.id,
  startsAt: familyTimeSessions.startsAt,
  endsAt: familyTimeSessions.endsAt,
  kind: familyTimeSessions.kind,
  venue: familyTimeSessions.venue,
  status: familyTimeSessions.status,
};

/**
 * The child's sessions ending after `from`, soonest first, cancelled ones included (their status
 * says so). For staff, carers and the young person's page; never for a parent (see below).
 */
export async function findUpcomingFamilyTime(
  db: Db,
  childId: string,
  from: Date,
  limit: number,
): Promise<UpcomingFamilyTime[]> {
  return db
    .select(shown)
    .from(familyTimeSessions)
    .where(and(eq(familyTimeSessions.childId, childId), gt(familyTimeSessions.endsAt, from)))
    .orderBy(asc(familyTimeSessions.startsAt))
    .limit(limit);
}

/** The sessions of this child that this parent is invited to and that end after `from`. */
export async function findParentUpcomingFamilyTime(
  db: Db,
  parentUserId: string,
  childId: string,
  from: Date,
  limit: number,
): Promise<ParentUpcomingFamilyTime[]> {
  return db
    .select({ ...shown, confirmedAt: familyTimeInvitees.confirmedAt })
    .from(familyTimeSessions)
    .innerJoin(
      familyTimeInvitees,
      and(
        eq(familyTimeInvitees.sessionId, familyTimeSessions.id),
        eq(familyTimeInvitees.userId, parentUserId),
      ),
    )
    .where(and(eq(familyTimeSessions.childId, childId), gt(familyTimeSessions.endsAt, from)))
    .orderBy(asc(familyTimeSessions.startsAt))
    .limit(limit);
}
