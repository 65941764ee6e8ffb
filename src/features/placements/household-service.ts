// The children a household has cared for: who lives there now, who lived there before, and how
// their time there ended. Children the reader may not read are shown without a name.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize, requireActor } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { EndReasonKind } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import { childName } from '../children/index.ts';
import * as store from './store.ts';
import { canReadChild } from './visible.ts';
import { END_REASON_KINDS } from './words.ts';

/** A child's time in the household; the child and the ending's reason only when they may be read. */
export type HouseholdChild = {
  placementId: string;
  child: { id: string; name: string } | null;
  careType: string;
  startedOn: string;
  endedOn: string | null;
  ending: { kind: EndReasonKind | null; notes: string | null } | null;
};

export type HouseholdPlacements = {
  household: { id: string; name: string };
  livingThereNow: HouseholdChild[];
  livedThereBefore: HouseholdChild[];
  /** How placements here ended, by why, most common first; only reasons that occurred. */
  endings: Array<{ kind: EndReasonKind | 'not_recorded'; count: number }>;
};

function tallyEndings(
  rows: Array<{ endedOn: string | null; endReasonKind: EndReasonKind | null }>,
) {
  const kinds: Array<EndReasonKind | 'not_recorded'> = [...END_REASON_KINDS, 'not_recorded'];
  return kinds
    .map((kind) => ({
      kind,
      count: rows.filter(
        (row) => row.endedOn !== null && (row.endReasonKind ?? 'not_recorded') === kind,
      ).length,
    }))
    .filter((each) => each.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Reads a household's children now and before: 404 for anyone unrelated to it; audited. */
export async function readHouseholdPlacements(
  ctx: Ctx,
  householdId: string,
): Promise<HouseholdPlacements> {
  requireActor(ctx);
  const status = await store.unsafeFindHouseholdStatus(ctx.db, householdId);
  if (!status) throw new NotFound();
  const { actor } = await authorize(ctx, 'household.read', {
    kind: 'household',
    id: householdId,
    status,
  });
  return inTransaction(ctx, async (tx) => {
    const household = await store.findHouseholdInScope(tx.db, actor, householdId);
    if (!household) throw new NotFound();
    const rows = await store.findHouseholdPlacements(tx.db, householdId);
    await recordAudit(tx, {
      action: 'household.read',
      recordType: 'household',
      recordId: householdId,
      fields: ['placements'],
    });
    const children: HouseholdChild[] = rows.map((row) => {
      const isReadable = canReadChild(actor, row.childId);
      return {
        placementId: row.id,
        child: isReadable ? { id: row.childId, name: childName(row) } : null,
        careType: row.careType,
        startedOn: row.startedOn,
        endedOn: row.endedOn,
        ending:
          isReadable && row.endedOn ? { kind: row.endReasonKind, notes: row.endReason } : null,
      };
    });
    return {
      household: { id: household.id, name: household.name },
      livingThereNow: children.filter((each) => each.endedOn === null),
      livedThereBefore: children.filter((each) => each.endedOn !== null),
      endings: tallyEndings(rows),
    };
  });
}
