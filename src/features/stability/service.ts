// The agency's stability report: England's measures of how settled children are, and what became
// of placements that followed the matching ranking and those that did not.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { ENGLAND, type Jurisdiction } from '../../core/jurisdiction/england.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { childName } from '../children/index.ts';
import { computeStabilityFigures, type StabilityFigures } from './stability-figures.ts';
import * as store from './store.ts';

/** The report: the figures, the rules they follow, and the children behind "many moves". */
export type StabilityReport = {
  figures: StabilityFigures;
  rules: Jurisdiction['placements'];
  /** Children with many moves this year whom the reader may see; the others are counted only. */
  manyMoveChildren: Array<{ id: string; name: string; placements: number }>;
};

/** The stability report for the staff who place children; the children listed are audited. */
export async function getStabilityReport(ctx: Ctx): Promise<StabilityReport> {
  const { actor } = await authorize(ctx, 'stability.report');
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = todayIn(timeZone, ctx.now);
  const rules = ENGLAND.placements;
  return inTransaction(ctx, async (tx) => {
    const facts = await store.unsafeFindStabilityFacts(tx.db);
    const figures = computeStabilityFigures(facts.children, facts.placements, today, rules);
    const named = await store.findChildNamesInScope(
      tx.db,
      actor,
      figures.manyMoves.children.map((each) => each.childId),
    );
    await recordAudit(tx, {
      action: 'child.list',
      recordType: 'child',
      recordId: null,
      fields: ['stability'],
    });
    const countsOf = new Map(
      figures.manyMoves.children.map((each) => [each.childId, each.placements]),
    );
    return {
      figures,
      rules,
      manyMoveChildren: named.map((child) => ({
        id: child.id,
        name: childName(child),
        placements: countsOf.get(child.id) ?? 0,
      })),
    };
  });
}
