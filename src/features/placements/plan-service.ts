// The placement plan: how the child's everyday life is arranged in their new home, agreed before
// the placement or within the working days the rules allow, with who decides what beside it.
import { DateTime } from 'luxon';
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound } from '../../core/errors.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { formatDate } from '../../core/time/dates.ts';
import { PLAN_EARLIEST_DAYS_BEFORE_START, planStatus, type PlanStatus } from './plan-deadline.ts';
import type { TPlanInput } from './schemas.ts';
import * as store from './store.ts';
import { agencyToday, visibleHousehold, type VisibleHousehold } from './visible.ts';

/** The plan page: the placement, where the plan stands, the plan, and delegated authority. */
export type PlanPage = {
  placement: {
    id: string;
    household: VisibleHousehold;
    careType: string;
    startedOn: string;
    endedOn: string | null;
  };
  child: NonNullable<Awaited<ReturnType<typeof store.findChildInScope>>>;
  plan: Awaited<ReturnType<typeof store.findPlan>>;
  status: PlanStatus;
  delegatedAuthority: Awaited<ReturnType<typeof store.findDelegatedAuthority>>;
  /** The earliest date the plan may say it was agreed on. */
  earliestAgreedOn: string;
  today: string;
};

// The placement decides which child the plan is about, and so who may keep it.
async function authorizeOnPlacement(ctx: Ctx, placementId: string) {
  const placement = await store.unsafeFindPlacement(ctx.db, placementId);
  if (!placement) throw new NotFound();
  const { actor } = await authorize(ctx, 'placement.update', {
    kind: 'child',
    id: placement.childId,
  });
  return { actor, placement };
}

const earliestFor = (startedOn: string) =>
  DateTime.fromISO(startedOn).minus({ days: PLAN_EARLIEST_DAYS_BEFORE_START }).toISODate()!;

/** Reads the plan for the people who keep it (the manager, the home's supervising social worker). */
export async function readPlanPage(ctx: Ctx, placementId: string): Promise<PlanPage> {
  const { actor, placement } = await authorizeOnPlacement(ctx, placementId);
  const { today } = await agencyToday(ctx.db, ctx.now);
  return inTransaction(ctx, async (tx) => {
    const child = await store.findChildInScope(tx.db, actor, placement.childId);
    if (!child) throw new NotFound();
    const plan = await store.findPlan(tx.db, placementId);
    const delegatedAuthority = await store.findDelegatedAuthority(tx.db, child.id);
    const [home] = (await store.findChildPlacements(tx.db, child.id)).filter(
      (row) => row.id === placementId,
    );
    await recordAudit(tx, {
      action: 'child.read',
      recordType: 'child',
      recordId: child.id,
      fields: ['placement_plan', 'delegated_authority'],
    });
    return {
      placement: {
        id: placement.id,
        household: home
          ? visibleHousehold(actor, {
              id: home.householdId,
              name: home.householdName,
              status: home.householdStatus,
            })
          : null,
        careType: placement.careType,
        startedOn: placement.startedOn,
        endedOn: placement.endedOn,
      },
      child,
      plan,
      status: planStatus(placement.startedOn, plan?.agreedOn ?? null, today, ENGLAND),
      delegatedAuthority,
      earliestAgreedOn: earliestFor(placement.startedOn),
      today,
    };
  });
}

/** Saves the placement plan of a current placement; the date must be a real one for the plan. */
export async function savePlan(
  ctx: Ctx,
  placementId: string,
  input: TPlanInput,
): Promise<{ childId: string }> {
  const { actor } = await authorizeOnPlacement(ctx, placementId);
  const { today, locale } = await agencyToday(ctx.db, ctx.now);
  return inTransaction(ctx, async (tx) => {
    const placement = await store.lockPlacement(tx.db, placementId);
    if (!placement) throw new NotFound();
    if (placement.endedOn) {
      throw new Conflict(
        `This placement ended on ${formatDate(placement.endedOn, locale)}, so its plan can no longer be changed. Nothing has been saved.`,
      );
    }
    const earliest = earliestFor(placement.startedOn);
    if (input.agreedOn > today) {
      throw new Invalid({
        agreedOn:
          'The date the plan was agreed cannot be in the future: enter today or an earlier day',
      });
    }
    if (input.agreedOn < earliest) {
      throw new Invalid({
        agreedOn: `Enter a date from ${formatDate(earliest, locale)}: a plan is agreed at most ${PLAN_EARLIEST_DAYS_BEFORE_START} days before the placement starts (${formatDate(placement.startedOn, locale)})`,
      });
    }
    await store.savePlanRow(tx.db, placementId, input, actor.userId, ctx.now);
    await recordAudit(tx, {
      action: 'placement.plan_saved',
      recordType: 'placement',
      recordId: placementId,
      fields: [
        'agreed_on',
        'daily_routines',
        'education',
        'health',
        'family_time',
        'other_arrangements',
      ],
    });
    return { childId: placement.childId };
  });
}
