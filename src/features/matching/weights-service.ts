// The agency's matching weights: everyone who matches sees them and what each factor means; the
// registered manager changes them. Each change is audited with the factors it moved.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { FACTORS, type Weights } from './factors.ts';
import * as store from './store.ts';

/** The weights as they stand, and whether this person may change them. */
export async function readWeights(ctx: Ctx): Promise<{ weights: Weights; canChange: boolean }> {
  const { actor } = await authorize(ctx, 'matching.run');
  return {
    weights: await store.findWeights(ctx.db),
    canChange: can(actor, 'matching.configure').allowed,
  };
}

/** Checks the person may change the weights, before a submitted form is looked at. */
export async function checkCanChangeWeights(ctx: Ctx): Promise<void> {
  await authorize(ctx, 'matching.configure');
}

/** Changes the weights (already checked: whole numbers 0–100, adding up to more than 0). */
export async function changeWeights(ctx: Ctx, weights: Weights): Promise<void> {
  const { actor } = await authorize(ctx, 'matching.configure');
  await inTransaction(ctx, async (tx) => {
    const before = await store.findWeights(tx.db);
    const changed = FACTORS.filter((factor) => before[factor] !== weights[factor]);
    await store.saveWeights(tx.db, weights, actor.userId, ctx.now);
    await recordAudit(tx, {
      action: 'matching.weights_changed',
      recordType: 'matching_weights',
      recordId: null,
      fields: changed,
    });
  });
}
