// Ending a placement, with why, and perhaps moving the child to another of the agency's households
// in the same transaction: the child is never left with two homes, or with none by accident.
import { loadReach } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx, type SignedInCtx } from '../../core/context.ts';
import type { EndReasonKind } from '../../core/db/tables.ts';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import { formatDate } from '../../core/time/dates.ts';
import type { Locale } from '../../core/ui/terms.ts';
import { careTypeLabel } from '../children/index.ts';
import { startPlacement } from './start.ts';
import type { TEndInput } from './schemas.ts';
import * as store from './store.ts';
import { agencyToday, visibleHousehold, type VisibleHousehold } from './visible.ts';

/** The ending page: the placement, and the households the child could move to. */
export type EndPage = {
  placement: {
    id: string;
    household: VisibleHousehold;
    careType: string;
    startedOn: string;
    endedOn: string | null;
    endReasonKind: EndReasonKind | null;
    endNotes: string | null;
  };
  child: NonNullable<Awaited<ReturnType<typeof store.findChildInScope>>>;
  /** Approved households in the reader's scope with room; empty when they may not place children. */
  moveTargets: store.MoveTarget[];
  today: string;
};

async function authorizeOnPlacement(ctx: Ctx, placementId: string) {
  const placement = await store.unsafeFindPlacement(ctx.db, placementId);
  if (!placement) throw new NotFound();
  const signedIn = await authorize(ctx, 'placement.update', {
    kind: 'child',
    id: placement.childId,
  });
  return { ...signedIn, placement };
}

/** Reads what the ending form needs; the read of the child's homes is audited. */
export async function readEndPage(ctx: Ctx, placementId: string): Promise<EndPage> {
  const { actor, placement } = await authorizeOnPlacement(ctx, placementId);
  const { today } = await agencyToday(ctx.db, ctx.now);
  return inTransaction(ctx, async (tx) => {
    const child = await store.findChildInScope(tx.db, actor, placement.childId);
    if (!child) throw new NotFound();
    const [home] = (await store.findChildPlacements(tx.db, child.id)).filter(
      (row) => row.id === placementId,
    );
    const canPlace = can(actor, 'placement.create').allowed;
    const moveTargets = canPlace
      ? await store.findMoveTargets(tx.db, actor, placement.householdId)
      : [];
    await recordAudit(tx, {
      action: 'child.read',
      recordType: 'child',
      recordId: child.id,
      fields: ['homes'],
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
        endReasonKind: placement.endReasonKind,
        endNotes: placement.endReason,
      },
      child,
      moveTargets,
      today,
    };
  });
}

/** What happened, and where to go next: the child's page, or the old home's when it is out of reach. */
export type Ended = {
  childId: string;
  movedTo: { householdId: string; name: string } | null;
  next: string;
};

// Dates are checked together so that every mistake is shown at once.
function checkDates(
  input: TEndInput,
  startedOn: string,
  today: string,
  locale: Locale,
): FieldErrors {
  const errors: FieldErrors = {};
  if (input.endedOn < startedOn) {
    errors.endedOn = `The placement cannot end before it started (${formatDate(startedOn, locale)}): enter that day or a later one`;
  } else if (input.endedOn > today) {
    errors.endedOn =
      'The placement cannot end in the future: record the ending on or after the day it happens';
  }
  if (input.move && input.move.startedOn < input.endedOn) {
    errors.newStartedOn =
      'The child cannot move in before the placement ends: enter the day it ends or a later one';
  } else if (input.move && input.move.startedOn > today) {
    errors.newStartedOn =
      'The move cannot be in the future: record it on or after the day the child moves';
  }
  return errors;
}

// The new home must be one the actor works with, approved, with room, and approved for this care.
async function checkMoveTarget(
  tx: SignedInCtx,
  move: NonNullable<TEndInput['move']>,
): Promise<string> {
  const target = await store.lockMoveTarget(tx.db, tx.actor, move.householdId);
  if (!target) throw new Invalid({ moveTo: 'Choose a household from the list' });
  if (target.status !== 'approved') {
    throw new Invalid({ moveTo: `${target.name} is not approved to care for children now` });
  }
  if (target.maxChildren === null || target.livingThere >= target.maxChildren) {
    throw new Invalid({
      moveTo: `${target.name} has no room: ${target.livingThere} of ${target.maxChildren ?? 0} places are taken. Choose another household`,
    });
  }
  if (target.careTypes.length > 0 && !target.careTypes.includes(move.careType)) {
    throw new Invalid({
      newCareType: `${target.name} is not approved for ${careTypeLabel(move.careType).toLowerCase()}: choose the care it is approved for`,
    });
  }
  return target.name;
}

/**
 * Ends a current placement with its reason; with a move, starts the child's placement in the new
 * household in the same transaction, so if the new home cannot be started nothing changes.
 */
export async function endPlacement(
  ctx: Ctx,
  placementId: string,
  input: TEndInput,
): Promise<Ended> {
  const { actor } = await authorizeOnPlacement(ctx, placementId);
  if (input.move) await authorize(ctx, 'placement.create');
  const { today, locale } = await agencyToday(ctx.db, ctx.now);
  const ended = await inTransaction(ctx, async (plain) => {
    const tx = { ...plain, actor };
    const placement = await store.lockPlacement(tx.db, placementId);
    if (!placement) throw new NotFound();
    if (placement.endedOn) {
      throw new Conflict(
        `This placement already ended on ${formatDate(placement.endedOn, locale)}. Nothing has been changed.`,
      );
    }
    const errors = checkDates(input, placement.startedOn, today, locale);
    if (Object.keys(errors).length > 0) throw new Invalid(errors);
    await store.markEnded(tx.db, placementId, {
      endedOn: input.endedOn,
      kind: input.reasonKind,
      notes: input.notes,
      endedBy: actor.userId,
    });
    await recordAudit(tx, {
      action: 'placement.ended',
      recordType: 'placement',
      recordId: placementId,
      fields: ['ended_on', 'end_reason_kind', 'end_reason'],
    });
    if (!input.move) return { placement, movedTo: null };
    const name = await checkMoveTarget(tx, input.move);
    await startPlacement(tx, {
      childId: placement.childId,
      householdId: input.move.householdId,
      careType: input.move.careType,
      startedOn: input.move.startedOn,
    });
    return { placement, movedTo: { householdId: input.move.householdId, name } };
  });
  // Where the actor can go next depends on what they may read now the child has left the home.
  const reach = await loadReach(ctx.db, actor.userId, actor.role);
  const canStillRead = can({ ...actor, reach }, 'child.read', {
    kind: 'child',
    id: ended.placement.childId,
  }).allowed;
  return {
    childId: ended.placement.childId,
    movedTo: ended.movedTo,
    next: canStillRead
      ? `/children/${ended.placement.childId}/placements`
      : `/households/${ended.placement.householdId}/placements`,
  };
}
