// The two sides of the space's pages: staff and carers reach it from the child's record, parents
// from their own pages. A few forms belong to one side only, though the policy lets both in.
import type { Action } from '../../core/access/actions.ts';
import type { Actor } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import type { Ctx } from '../../core/context.ts';
import { Forbidden } from '../../core/errors.ts';
import { partyOf, type Party } from './space.ts';

/**
 * Refuses (403, audited) someone the policy lets near the child but whose side of the space does
 * not do this: a parent recording the comfort call, a carer writing the parent's guide. Strangers
 * are still told nothing exists (404), by the policy.
 */
export async function requireSide(
  ctx: Ctx,
  action: Action,
  childId: string,
  sides: readonly Party[],
): Promise<void> {
  const { actor } = await authorize(ctx, action, { kind: 'child', id: childId });
  if (sides.includes(partyOf(actor))) return;
  await recordAudit(ctx, { action, recordType: 'child', recordId: childId, outcome: 'refused' });
  throw new Forbidden();
}

/** Whether this person reads the space from the child's record or from their own family pages. */
export function isFamilySide(actor: Actor | null): boolean {
  return actor !== null && partyOf(actor) === 'parent';
}
