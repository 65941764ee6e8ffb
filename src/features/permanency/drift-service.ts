// The home page's word on drift: the children whose permanency conversations or decision are
// overdue, among everyone this person works with.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { findPermanencyDrift, type DriftEntry } from './drift-store.ts';

/** Drift for the children in this person's scope, longest overdue first; the list is audited. */
export async function summarisePermanencyDrift(ctx: Ctx): Promise<DriftEntry[]> {
  const { actor } = await authorize(ctx, 'child.list');
  return inTransaction(ctx, async (tx) => {
    const today = await agencyToday(tx.db, ctx.now);
    const { permanencyDecisionMonths } = await getAgencySettings(tx.db);
    const entries = await findPermanencyDrift(tx.db, actor, today, permanencyDecisionMonths);
    // A list shows many children at once: one entry records that it was seen.
    if (entries.length > 0) {
      await recordAudit(tx, {
        action: 'child.list',
        recordType: 'child',
        recordId: null,
        fields: ['permanency_conversations', 'permanency_decisions'],
      });
    }
    return entries;
  });
}
