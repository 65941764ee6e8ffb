// Posting an update and adding one to the life story are for the carers and the workers: a parent
// in the space may read, react and reply, but is refused these, and the refusal is audited.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import type { Ctx } from '../../core/context.ts';
import { Forbidden } from '../../core/errors.ts';
import { partyOf, withPartnershipChild, type PartnershipScene } from '../partnership/space.ts';

/**
 * Refuses anyone but the child's carers and workers: strangers are told nothing exists (404), a
 * parent is refused (403). Runs outside any transaction, so the refusal's audit entry stays.
 */
export async function assertCarerOrStaff(ctx: Ctx, childId: string): Promise<void> {
  const { actor } = await authorize(ctx, 'partnership.write', { kind: 'child', id: childId });
  if (partyOf(actor) !== 'parent') return;
  await recordAudit(ctx, {
    action: 'partnership.write',
    recordType: 'child',
    recordId: childId,
    fields: ['shared_updates'],
    outcome: 'refused',
  });
  throw new Forbidden(
    'Updates are shared by the carers and workers. You can react to each one and reply to it.',
  );
}

/** Runs a carers-and-workers use case on the child's space, after assertCarerOrStaff. */
export async function withCarerOrStaff<T>(
  ctx: Ctx,
  childId: string,
  work: (scene: PartnershipScene) => Promise<T>,
): Promise<T> {
  await assertCarerOrStaff(ctx, childId);
  return withPartnershipChild(ctx, 'partnership.write', childId, work);
}
