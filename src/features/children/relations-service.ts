// The people around a child, kept by the staff who keep the child's record: brothers and
// sisters, who decides what, and households the child must never be matched with (the people who
// matter are the "my people" map's). Every read of these pages and every change is audited.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { withChildForUpdate } from './child-access.ts';
import type { TDelegatedAuthority, TExclusion, TSiblingLink } from './relations-schemas.ts';
import * as store from './relations-store.ts';

const readOf = (tx: Ctx, id: string, field: string) =>
  recordAudit(tx, { action: 'child.read', recordType: 'child', recordId: id, fields: [field] });

/** A child's brothers and sisters, and the children in scope who could be linked. */
export async function readSiblings(ctx: Ctx, id: string) {
  return withChildForUpdate(ctx, id, async (tx, actor, child) => {
    const siblings = await store.findSiblings(tx.db, id);
    const linked = new Set([id, ...siblings.map((sibling) => sibling.id)]);
    const candidates = (await store.findChildrenInScope(tx.db, actor)).filter(
      (each) => !linked.has(each.id),
    );
    await readOf(tx, id, 'siblings');
    return { child, siblings, candidates };
  });
}

/** Links a brother or sister the actor may see (or changes the plan for them); both records audited. */
export async function linkSibling(ctx: Ctx, id: string, link: TSiblingLink): Promise<void> {
  await withChildForUpdate(ctx, id, async (tx, actor) => {
    const isChoosable =
      link.siblingId !== id && (await store.isChildInScope(tx.db, actor, link.siblingId));
    if (!isChoosable) throw new Invalid({ siblingId: 'Choose a brother or sister from the list' });
    await store.upsertSibling(tx.db, id, link.siblingId, link.isTogetherPlanned);
    for (const recordId of [id, link.siblingId]) {
      await recordAudit(tx, {
        action: 'child.siblings_changed',
        recordType: 'child',
        recordId,
        fields: ['siblings'],
      });
    }
  });
}

/** Removes a brother or sister link; both records audited. */
export async function unlinkSibling(ctx: Ctx, id: string, siblingId: string): Promise<void> {
  await withChildForUpdate(ctx, id, async (tx) => {
    if (!(await store.deleteSibling(tx.db, id, siblingId))) throw new NotFound();
    for (const recordId of [id, siblingId]) {
      await recordAudit(tx, {
        action: 'child.siblings_changed',
        recordType: 'child',
        recordId,
        fields: ['siblings'],
      });
    }
  });
}

/** Who decides what in the child's everyday life. */
export async function readDelegatedAuthority(ctx: Ctx, id: string) {
  return withChildForUpdate(ctx, id, async (tx, _actor, child) => {
    const decisions = await store.findDelegatedAuthority(tx.db, id);
    await readOf(tx, id, 'delegated_authority');
    return { child, decisions };
  });
}

/** Saves who decides what; the audit names the topics whose decision or note changed. */
export async function saveDelegatedAuthority(ctx: Ctx, id: string, decisions: TDelegatedAuthority) {
  return withChildForUpdate(ctx, id, async (tx, actor, child) => {
    const before = await store.findDelegatedAuthority(tx.db, id);
    const key = (entry: { topic: string; decidedBy: string; notes: string } | undefined) =>
      entry ? `${entry.decidedBy}|${entry.notes}` : '';
    const topics = new Set([...before, ...decisions].map((entry) => entry.topic));
    const changed = [...topics].filter(
      (topic) =>
        key(before.find((entry) => entry.topic === topic)) !==
        key(decisions.find((entry) => entry.topic === topic)),
    );
    await store.replaceDelegatedAuthority(tx.db, id, decisions, actor.userId, ctx.now);
    await recordAudit(tx, {
      action: 'child.delegated_authority_changed',
      recordType: 'child',
      recordId: id,
      fields: changed,
    });
    return child;
  });
}

/** The households the child must never be matched with, and those that could be added. */
export async function readExclusions(ctx: Ctx, id: string) {
  return withChildForUpdate(ctx, id, async (tx, actor, child) => {
    const exclusions = await store.findExclusions(tx.db, id);
    const excluded = new Set(exclusions.map((exclusion) => exclusion.householdId));
    const households = (await store.findHouseholdsInScope(tx.db, actor)).filter(
      (household) => !excluded.has(household.id),
    );
    await readOf(tx, id, 'matching_exclusions');
    return { child, exclusions, households };
  });
}

const exclusionChanged = (tx: Ctx, id: string) =>
  recordAudit(tx, {
    action: 'child.matching_exclusion_changed',
    recordType: 'child',
    recordId: id,
    fields: ['matching_exclusions'],
  });

/** Records that a child must never be matched with a household the actor may see. */
export async function addExclusion(ctx: Ctx, id: string, exclusion: TExclusion) {
  await withChildForUpdate(ctx, id, async (tx, actor) => {
    if (!(await store.isHouseholdInScope(tx.db, actor, exclusion.householdId))) {
      throw new Invalid({ householdId: 'Choose a household from the list' });
    }
    await store.upsertExclusion(tx.db, { childId: id, ...exclusion, recordedBy: actor.userId });
    await exclusionChanged(tx, id);
  });
}

/** Removes an exclusion. */
export async function removeExclusion(ctx: Ctx, id: string, householdId: string) {
  await withChildForUpdate(ctx, id, async (tx) => {
    if (!(await store.deleteExclusion(tx.db, id, householdId))) throw new NotFound();
    await exclusionChanged(tx, id);
  });
}
