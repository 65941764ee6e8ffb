// A child's homes with the agency: where they live now, the placement plan, how settled they have
// been this year, and every home before, as staff and the child's own carers may see them.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { EndReasonKind } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { countPlacementsInYear, stabilityYearFrom } from '../stability/index.ts';
import { planStatus, type PlanStatus } from './plan-deadline.ts';
import * as store from './store.ts';
import { agencyToday, visibleHousehold, type VisibleHousehold } from './visible.ts';
import { durationBetween } from './words.ts';

/** One home a child has lived in. */
export type ChildHome = {
  id: string;
  household: VisibleHousehold;
  careType: string;
  startedOn: string;
  plannedEndOn: string | null;
  endedOn: string | null;
  endReasonKind: EndReasonKind | null;
  endNotes: string | null;
};

type Plan = NonNullable<Awaited<ReturnType<typeof store.findPlan>>>;

/** The child's homes page. */
export type ChildPlacements = {
  child: NonNullable<Awaited<ReturnType<typeof store.findChildInScope>>>;
  current: (ChildHome & { plan: Plan | null; planStatus: PlanStatus; timeHere: string }) | null;
  /** Every home, the newest first, the current one included. */
  homes: ChildHome[];
  stability: {
    placementsInYear: number;
    yearFrom: string;
    manyMoves: number;
    citation: string;
  };
  today: string;
  /** What the reader may do from here. */
  abilities: { canUpdate: boolean };
};

/** Reads a child's homes and plan: 404 for anyone unrelated, 403 for their family; audited. */
export async function readChildPlacements(ctx: Ctx, childId: string): Promise<ChildPlacements> {
  const child = { kind: 'child', id: childId } as const;
  const { actor } = await authorize(ctx, 'child.read', child);
  const { today } = await agencyToday(ctx.db, ctx.now);
  return inTransaction(ctx, async (tx) => {
    const found = await store.findChildInScope(tx.db, actor, childId);
    if (!found) throw new NotFound();
    const rows = await store.findChildPlacements(tx.db, childId);
    const homes: ChildHome[] = rows.map((row) => ({
      id: row.id,
      household: visibleHousehold(actor, {
        id: row.householdId,
        name: row.householdName,
        status: row.householdStatus,
      }),
      careType: row.careType,
      startedOn: row.startedOn,
      plannedEndOn: row.plannedEndOn,
      endedOn: row.endedOn,
      endReasonKind: row.endReasonKind,
      endNotes: row.endReason,
    }));
    const current = homes.find((home) => home.endedOn === null) ?? null;
    const plan = current ? await store.findPlan(tx.db, current.id) : null;
    await recordAudit(tx, {
      action: 'child.read',
      recordType: 'child',
      recordId: childId,
      fields: ['homes', 'placement_plan'],
    });
    const rules = ENGLAND.placements;
    return {
      child: found,
      current: current && {
        ...current,
        plan,
        planStatus: planStatus(current.startedOn, plan?.agreedOn ?? null, today, ENGLAND),
        timeHere: durationBetween(current.startedOn, today),
      },
      homes,
      stability: {
        placementsInYear: countPlacementsInYear(homes, today, rules),
        yearFrom: stabilityYearFrom(today, rules),
        manyMoves: rules.manyMoves.placements,
        citation: rules.manyMoves.citation,
      },
      today,
      abilities: { canUpdate: can(actor, 'placement.update', child).allowed },
    };
  });
}
