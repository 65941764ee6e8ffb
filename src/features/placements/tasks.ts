// What the home page says about placement plans: for the manager and each supervising social
// worker, the children in their reach whose plan is still to be agreed, overdue first.
import type { Ctx } from '../../core/context.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { planStatus } from './plan-deadline.ts';
import * as store from './store.ts';
import { agencyToday } from './visible.ts';
import { childShortName } from './words.ts';

/** A placement whose plan is still to be agreed. */
export type PlacementTask = {
  placementId: string;
  childId: string;
  /** The name the child is known by and an initial: "Leo S.". */
  childLabel: string;
  householdName: string;
  startedOn: string;
  dueOn: string;
  isOverdue: boolean;
  workingDaysLate: number;
  href: string;
};

/**
 * The plans due or overdue for the placements a supervising social worker's homes or (for the
 * manager) the agency hold; nothing for anyone else. Works in the caller's transaction or alone;
 * when it shows any child, the read is audited as a list of children.
 */
export async function placementTasksFor(ctx: Ctx): Promise<PlacementTask[]> {
  const actor = ctx.actor;
  if (!actor || !can(actor, 'placement.create').allowed) return [];
  const { today } = await agencyToday(ctx.db, ctx.now);
  const rows = await store.findPlacementsWithoutPlan(ctx.db, actor);
  if (rows.length === 0) return [];
  await recordAudit(ctx, {
    action: 'child.list',
    recordType: 'child',
    recordId: null,
    fields: ['placement_plans'],
  });
  const tasks = rows.map((row): PlacementTask => {
    const status = planStatus(row.startedOn, null, today, ENGLAND);
    return {
      placementId: row.id,
      childId: row.childId,
      childLabel: childShortName(row),
      householdName: row.householdName,
      startedOn: row.startedOn,
      dueOn: status.deadline.dueOn,
      isOverdue: status.state === 'overdue',
      workingDaysLate: status.state === 'overdue' ? status.workingDaysLate : 0,
      href: `/placements/${row.id}/plan`,
    };
  });
  return tasks.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
