// The reply to a local authority: where its referral stands, in words it reads through the API.
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { ReferralStatus } from '../../core/db/tables.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { authorizeManage, readAudited } from './access.ts';
import { RESPONSE_STATUSES, type TResponseInput } from './schemas.ts';
import * as store from './store.ts';
import type { ReferralRecord } from './store.ts';

/**
 * The statuses the response form may move a referral to from where it stands: offered and placed
 * are matching's to set, and a child who has been placed stays placed.
 */
export function responseStatusesFrom(status: ReferralStatus): ReferralStatus[] {
  if (status === 'placed') return ['placed'];
  return status === 'offered' ? ['offered', ...RESPONSE_STATUSES] : [...RESPONSE_STATUSES];
}

/** A referral, for the response form. */
export async function startResponding(ctx: Ctx, id: string): Promise<ReferralRecord> {
  const { actor } = await authorizeManage(ctx, id);
  return inTransaction(ctx, (tx) => readAudited(tx, actor, id));
}

/**
 * Records where a referral stands and the words the local authority reads through the API
 * (declined, withdrawn, or back to new or looking for a home).
 */
export async function respondToReferral(
  ctx: Ctx,
  id: string,
  input: TResponseInput,
): Promise<ReferralRecord> {
  const { actor } = await authorizeManage(ctx, id);
  const current = await store.findReferral(ctx.db, actor, id);
  if (!current) throw new NotFound();
  if (!responseStatusesFrom(current.status).includes(input.status)) {
    throw new Invalid({
      status:
        current.status === 'placed'
          ? 'The child has been placed, so the referral stays placed. You can still change the response'
          : 'Offered and placed are set when the child is offered to carers and placed, not here',
    });
  }
  await inTransaction(ctx, async (tx) => {
    await store.updateReferralResponse(
      tx.db,
      id,
      { status: input.status, response: input.response, handledBy: actor.userId },
      ctx.now,
    );
    await recordAudit(tx, {
      action: 'referral.responded',
      recordType: 'referral',
      recordId: id,
      fields: input.status === current.status ? ['response'] : ['status', 'response'],
    });
  });
  return current;
}
