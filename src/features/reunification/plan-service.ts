// Writing the plan and its goals and steps. Everything here is written for the family to read, so
// it goes through the confidentiality check while the child's home is confidential.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, NotFound, type FieldErrors } from '../../core/errors.ts';
import { withPartnershipChild } from '../partnership/space.ts';
import { positionAtEnd } from './rules.ts';
import { checkWordsForFamily, throwIfAny } from './safe-words.ts';
import type { TPlanInput, TStepInput } from './schemas.ts';
import * as store from './store.ts';

/** Starts or changes the plan's aim, support offered and dates. */
export async function savePlan(ctx: Ctx, childId: string, input: TPlanInput): Promise<void> {
  await withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child, today } = scene;
    const plan = await store.findPlan(tx.db, child.id);
    if (plan?.status === 'closed') throw new Conflict(closedMessage(child.knownAs));
    const errors: FieldErrors = {};
    // A date already on the plan may have passed; a new one may not.
    if (input.target_on && input.target_on !== plan?.targetOn && input.target_on < today) {
      errors.target_on = 'The date you hope the child goes home must be today or later';
    }
    if (
      input.next_review_on &&
      input.next_review_on !== plan?.nextReviewOn &&
      input.next_review_on < today
    ) {
      errors.next_review_on = 'The date of the next review must be today or later';
    }
    const check = await checkWordsForFamily(
      scene,
      { aim: input.aim, support_offered: input.support_offered },
      input.send_anyway === 'yes',
    );
    throwIfAny({ ...errors, ...check.errors });
    await store.savePlanRow(tx.db, {
      childId: child.id,
      aim: input.aim,
      supportOffered: input.support_offered,
      targetOn: input.target_on,
      nextReviewOn: input.next_review_on,
      by: actor.userId,
      at: ctx.now,
    });
    await recordAudit(tx, {
      action: 'reunification.plan_saved',
      recordType: 'reunification_plan',
      recordId: child.id,
      fields: [
        'aim',
        'support_offered',
        'target_on',
        'next_review_on',
        ...(check.wasWarned ? ['send_anyway'] : []),
      ],
    });
  });
}

/** Adds a goal or step (stepId null) or changes one; returns its id. */
export async function saveStep(
  ctx: Ctx,
  childId: string,
  stepId: string | null,
  input: TStepInput,
): Promise<string> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child } = scene;
    const plan = await store.findPlan(tx.db, child.id);
    if (!plan) throw new Conflict(`Start the plan for ${child.knownAs} before adding to it.`);
    if (plan.status === 'closed') throw new Conflict(closedMessage(child.knownAs));
    const existing = stepId ? await store.findStep(tx.db, child.id, stepId) : null;
    if (stepId && !existing) throw new NotFound();
    const check = await checkWordsForFamily(
      scene,
      { title: input.title, detail: input.detail, progress: input.progress },
      input.send_anyway === 'yes',
    );
    throwIfAny(check.errors);
    const values = {
      kind: input.kind,
      title: input.title,
      detail: input.detail,
      who: input.who,
      dueOn: input.due_on,
      status: input.status,
      progress: input.progress,
      position:
        input.position ??
        existing?.position ??
        positionAtEnd(await store.findSteps(tx.db, child.id)),
      by: actor.userId,
      at: ctx.now,
    };
    if (existing) await store.updateStep(tx.db, child.id, existing.id, values);
    const id = existing ? existing.id : await store.insertStep(tx.db, child.id, values);
    await recordAudit(tx, {
      action: 'reunification.step_saved',
      recordType: 'reunification_plan',
      recordId: child.id,
      fields: [
        'reunification_steps.kind',
        'reunification_steps.title',
        'reunification_steps.detail',
        'reunification_steps.who',
        'reunification_steps.due_on',
        'reunification_steps.status',
        'reunification_steps.progress',
        'reunification_steps.position',
        ...(check.wasWarned ? ['send_anyway'] : []),
      ],
    });
    return id;
  });
}

/** Why a closed plan no longer changes. */
export function closedMessage(knownAs: string): string {
  return `The support for ${knownAs}’s family has been closed, so the plan is kept as it was.`;
}
