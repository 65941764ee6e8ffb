// Opening one of the going-home forms: only the staff who manage the partnership may, and they
// hear "no" before anything else. What a form needs to show is read, and the read is audited.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { withPartnershipChild } from '../partnership/space.ts';
import * as store from './store.ts';

/** What every going-home form shows around its fields. */
export type PlanForms = {
  child: BelongingChild;
  today: string;
  /** The child still lives in one of the agency's homes. */
  isStillInCare: boolean;
  plan: store.PlanRow | null;
  steps: store.StepRow[];
  workers: store.Worker[];
  /** The worker offered first when the child goes home: the one who supervises their home now. */
  defaultWorkerId: string | null;
};

/** The plan as the forms need it, for the staff who may change it. */
export async function openPlanForms(ctx: Ctx, childId: string): Promise<PlanForms> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, child, home, today } = scene;
    const plan = await store.findPlan(tx.db, child.id);
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: child.id,
      fields: ['reunification_plans', 'reunification_steps'],
    });
    return {
      child,
      today,
      isStillInCare: home !== null,
      plan,
      steps: plan ? await store.findSteps(tx.db, child.id) : [],
      workers: await store.findSupportWorkers(tx.db),
      defaultWorkerId: home
        ? await store.findHomeWorkerId(tx.db, home.householdId)
        : (plan?.supportWorkerId ?? null),
    };
  });
}
