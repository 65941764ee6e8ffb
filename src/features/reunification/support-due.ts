// The home page's word on plans for going home: reviews overdue or due this week, and families
// back together whose next check-in is overdue or due this week. For the manager (every child)
// and supervising social workers (children in their homes, and families they support).
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { scope } from '../../core/access/scope.ts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  children,
  reunificationCheckins as checkins,
  reunificationPlans as plans,
} from '../../core/db/tables.ts';
import { isDueSoon, nextCheckInDue } from './rules.ts';

/** The most the card lists; the rest are counted. */
export const SUPPORT_DUE_SHOWN = 10;

/** One review or check-in falling due. */
export type SupportDueItem = {
  childId: string;
  name: string;
  kind: 'review' | 'check_in';
  dueOn: string;
  isOverdue: boolean;
};

/** What the card shows: the first few, soonest first, and how many there are in all. */
export type SupportDue = { items: SupportDueItem[]; total: number };

// Plans this person follows: the policy's readPartnership, in SQL, for the staff who manage it.
function plansFollowedBy(actor: Actor): SQL | undefined {
  if (actor.role === 'registered_manager') return undefined;
  return or(
    scope(actor, 'children'),
    and(eq(plans.supportWorkerId, actor.userId), eq(plans.status, 'home')),
  );
}

/**
 * The reviews and check-ins due within a week or overdue, in the caller's transaction; the list
 * is audited when it names anyone.
 */
export async function loadSupportDue(tx: Ctx, actor: Actor, today: string): Promise<SupportDue> {
  if (actor.role !== 'registered_manager' && actor.role !== 'supervising_social_worker') {
    return { items: [], total: 0 };
  }
  const rows = await findOpenPlans(tx.db, plansFollowedBy(actor));
  const homeIds = rows.filter((row) => row.status === 'home').map((row) => row.childId);
  const meetings = await findCheckIns(tx.db, homeIds);
  const all: SupportDueItem[] = [];
  for (const row of rows) {
    const name = row.preferredName ?? row.firstName;
    const dueOn =
      row.status === 'home' && row.wentHomeOn
        ? nextCheckInDue(row.wentHomeOn, meetings.get(row.childId) ?? [])
        : row.nextReviewOn;
    if (!dueOn || !isDueSoon(dueOn, today)) continue;
    const kind = row.status === 'home' ? 'check_in' : 'review';
    all.push({ childId: row.childId, name, kind, dueOn, isOverdue: dueOn < today });
  }
  all.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name));
  if (all.length > 0) {
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: null,
      fields: ['first_name', 'reunification_plans.next_review_on', 'reunification_checkins'],
    });
  }
  return { items: all.slice(0, SUPPORT_DUE_SHOWN), total: all.length };
}

async function findOpenPlans(db: Db, followed: SQL | undefined) {
  return db
    .select({
      childId: plans.childId,
      status: plans.status,
      nextReviewOn: plans.nextReviewOn,
      wentHomeOn: plans.wentHomeOn,
      firstName: children.firstName,
      preferredName: children.preferredName,
    })
    .from(plans)
    .innerJoin(children, eq(children.id, plans.childId))
    .where(and(inArray(plans.status, ['working_towards', 'home']), followed ?? sql`true`));
}

async function findCheckIns(db: Db, childIds: string[]) {
  const byChild = new Map<
    string,
    Array<{ kind: 'review' | 'check_in'; heldOn: string; nextOn: string | null }>
  >();
  if (childIds.length === 0) return byChild;
  const rows = await db
    .select({
      childId: checkins.childId,
      kind: checkins.kind,
      heldOn: checkins.heldOn,
      nextOn: checkins.nextOn,
    })
    .from(checkins)
    .where(and(inArray(checkins.childId, childIds), eq(checkins.kind, 'check_in')));
  for (const { childId, ...meeting } of rows) {
    byChild.set(childId, [...(byChild.get(childId) ?? []), meeting]);
  }
  return byChild;
}
