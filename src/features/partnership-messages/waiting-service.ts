// The home page's word on parents' messages waiting for a worker to read them.
import type { Actor } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { countChildrenWithHeldMessages, findChildrenWithHeldMessages } from './store.ts';

/** How many children have messages waiting, and the longest waiting few. */
export type MessagesWaiting = {
  /** Children with at least one message waiting. */
  total: number;
  children: Array<{ childId: string; firstName: string; waiting: number; since: Date }>;
};

/** The card lists this many children; the rest are counted. */
export const CARD_LIMIT = 10;

/**
 * For the manager (every child) and supervising social workers (children in their homes, and
 * those they support after going home): children with messages waiting, oldest first. Runs in
 * the caller's transaction; showing the list is audited. Nobody else decides on messages.
 */
export async function loadMessagesWaiting(tx: Ctx, actor: Actor): Promise<MessagesWaiting> {
  if (actor.role !== 'registered_manager' && actor.role !== 'supervising_social_worker') {
    return { total: 0, children: [] };
  }
  const children = await findChildrenWithHeldMessages(tx.db, actor, CARD_LIMIT);
  if (children.length === 0) return { total: 0, children };
  await recordAudit(tx, { action: 'child.list', recordType: 'child', recordId: null });
  return { total: await countChildrenWithHeldMessages(tx.db, actor), children };
}
