// The identity page's own words: heritage and what matters. Staff who keep the record write them
// with the young person; the young person writes them in their own space.
import { recordAudit } from '../../core/access/audit.ts';
import type { Action } from '../../core/access/actions.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { withBelongingChild, type BelongingChild } from '../belonging/child-access.ts';
import type { TIdentityInput } from './schemas.ts';
import { findIdentity, saveIdentity, type IdentityFacts } from './store.ts';

/** Who is writing: staff on the child's record, or the young person in their own space. */
export type IdentityWriter = 'staff' | 'young_person';

// Staff need the right to manage the child's belonging pages; the young person writes their own.
const ACTION: Record<IdentityWriter, Action> = {
  staff: 'belonging.manage',
  young_person: 'belonging.contribute',
};

/** The identity page to edit; the read is audited. */
export async function readIdentity(
  ctx: Ctx,
  childId: string,
  writer: IdentityWriter,
): Promise<{ child: BelongingChild; identity: IdentityFacts }> {
  return withBelongingChild(ctx, ACTION[writer], childId, async ({ tx, child, viewer }) => {
    if (viewer !== writer) throw new NotFound();
    const identity = await findIdentity(tx.db, childId);
    if (!identity) throw new NotFound();
    await recordAudit(tx, {
      action: 'belonging.read',
      recordType: 'child',
      recordId: childId,
      fields: ['identity'],
    });
    return { child, identity };
  });
}

/** Saves heritage and what matters, in the words given. */
export async function saveIdentityWords(
  ctx: Ctx,
  childId: string,
  writer: IdentityWriter,
  input: TIdentityInput,
): Promise<BelongingChild> {
  return withBelongingChild(ctx, ACTION[writer], childId, async ({ tx, child, viewer, actor }) => {
    if (viewer !== writer) throw new NotFound();
    await saveIdentity(tx.db, { childId, ...input, by: actor.userId, at: ctx.now });
    await recordAudit(tx, {
      action: 'life_story.identity_saved',
      recordType: 'child',
      recordId: childId,
      fields: ['heritage', 'what_matters'],
    });
    return child;
  });
}
