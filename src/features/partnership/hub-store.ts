// SQL for the space's front page: a line about each part (messages, updates, family time,
// decisions, going home) read straight from their tables, and the names of the people in it.
import { and, asc, eq, sql } from 'drizzle-orm';
import { isRole, type Role } from '../../core/access/roles.ts';
import type { Db } from '../../core/db/connect.ts';
import { selectRows, toCount } from '../../core/db/rows.ts';
import {
  children,
  householdMembers,
  users,
  type ReunificationStatus,
} from '../../core/db/tables.ts';
import type { Party } from './space.ts';

/** One line about each part of the space, for one reader. */
export type PartSummaries = {
  /** Delivered messages from others since this reader last read the conversation. */
  unreadMessages: number;
  /** The day the latest update was posted, in the agency's time zone. */
  latestUpdateOn: string | null;
  /** The day of the next planned family time (for a parent, one they are invited to). */
  nextFamilyTimeOn: string | null;
  /** Requests for a decision not yet made. */
  openDecisions: number;
  plan: {
    status: ReunificationStatus;
    targetOn: string | null;
    supportEndsOn: string | null;
  } | null;
};

type Reader = { userId: string; party: Party };

/** The summaries of every part, for this reader, as of `now` on the agency's clock. */
export async function findPartSummaries(
  db: Db,
  childId: string,
  reader: Reader,
  clock: { now: Date; timeZone: string },
): Promise<PartSummaries> {
  const now = clock.now.toISOString();
  const [row] = await selectRows<Record<string, unknown>>(
    db,
    sql`SELECT
      (SELECT count(*) FROM partnership_messages m
        WHERE m.child_id = ${childId} AND m.update_id IS NULL AND m.status = 'delivered'
          AND m.author_id <> ${reader.userId}
          AND m.delivered_at > coalesce((SELECT r.last_read_at FROM partnership_reads r
            WHERE r.child_id = ${childId} AND r.user_id = ${reader.userId}), '-infinity'))
        AS unread,
      (SELECT to_char(max(u.created_at) AT TIME ZONE ${clock.timeZone}, 'YYYY-MM-DD')
        FROM shared_updates u WHERE u.child_id = ${childId}) AS latest_update,
      (SELECT to_char(min(s.starts_at) AT TIME ZONE ${clock.timeZone}, 'YYYY-MM-DD')
        FROM family_time_sessions s
        WHERE s.child_id = ${childId} AND s.status = 'planned' AND s.starts_at >= ${now}::timestamptz
          AND (${reader.party !== 'parent'}::boolean OR EXISTS (SELECT 1 FROM family_time_invitees i
            WHERE i.session_id = s.id AND i.user_id = ${reader.userId}))) AS next_family_time,
      (SELECT count(*) FROM decision_requests d
        WHERE d.child_id = ${childId} AND d.outcome IS NULL) AS open_decisions`,
  );
  const [plan] = await selectRows<{
    status: ReunificationStatus;
    target_on: string | null;
    support_ends_on: string | null;
  }>(
    db,
    sql`SELECT status, to_char(target_on, 'YYYY-MM-DD') AS target_on,
          to_char(support_ends_on, 'YYYY-MM-DD') AS support_ends_on
        FROM reunification_plans WHERE child_id = ${childId}`,
  );
  return {
    unreadMessages: toCount(row?.unread),
    latestUpdateOn: (row?.latest_update as string | null) ?? null,
    nextFamilyTimeOn: (row?.next_family_time as string | null) ?? null,
    openDecisions: toCount(row?.open_decisions),
    plan: plan
      ? { status: plan.status, targetOn: plan.target_on, supportEndsOn: plan.support_ends_on }
      : null,
  };
}

/** The carers with accounts in a home, with the names and roles that name them to each reader. */
export async function findCarerNames(
  db: Db,
  householdId: string,
): Promise<Array<{ userId: string; name: string; role: Role }>> {
  const rows = await db
    .select({ userId: users.id, name: users.name, role: users.role })
    .from(householdMembers)
    .innerJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        eq(householdMembers.memberRole, 'carer'),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(users.name));
  return rows.flatMap((row) => (isRole(row.role) ? [{ ...row, role: row.role }] : []));
}

/** The placing authority, for naming the child's own social worker to staff and carers. */
export async function findPlacingAuthority(db: Db, childId: string): Promise<string> {
  const [row] = await db
    .select({ placingAuthority: children.placingAuthority })
    .from(children)
    .where(eq(children.id, childId));
  return row?.placingAuthority ?? '';
}
