// What every change to a child's record starts with: the policy's answer, a transaction, and the
// child as the actor's scope finds them.
import type { Actor } from '../../core/access/actor.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { findChild } from './store.ts';
import { childName } from './views/words.ts';

/** The child a page or a change is about, named as their record is. */
export type ChildHeading = { id: string; name: string; knownAs: string };

/**
 * Authorises child.update on a child (404 for the unrelated, 403 for carers and family) before
 * the transaction, then runs `work` in it with the child found through the actor's scope.
 */
export async function withChildForUpdate<T>(
  ctx: Ctx,
  id: string,
  work: (tx: Ctx, actor: Actor, child: ChildHeading) => Promise<T>,
): Promise<T> {
  const { actor } = await authorize(ctx, 'child.update', { kind: 'child', id });
  return inTransaction(ctx, async (tx) => {
    const child = await findChild(tx.db, actor, id);
    if (!child) throw new NotFound();
    return work(tx, actor, {
      id,
      name: childName(child),
      knownAs: child.preferredName ?? child.firstName,
    });
  });
}

/** The agency's today, on its own clock. */
export async function agencyToday(ctx: Pick<Ctx, 'db' | 'now'>): Promise<string> {
  const { timeZone } = await getAgencySettings(ctx.db);
  return todayIn(timeZone, ctx.now);
}
