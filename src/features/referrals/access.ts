// Who may read and change a referral, and the audited read every use case shares.
import type { Actor } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import type { Ctx, SignedInCtx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import * as store from './store.ts';
import type { ReferralRecord } from './store.ts';

// Who may read a referral depends on whom it has been offered to; the policy decides from that.
async function referralResource(ctx: Ctx, id: string) {
  const offeredHouseholdIds = await store.unsafeFindOfferedHouseholdIds(ctx.db, id);
  return { kind: 'referral', id, offeredHouseholdIds } as const;
}

/** Allows reading a referral: the placing staff (404 for anyone else); refusals audited. */
export async function authorizeRead(ctx: Ctx, id: string): Promise<SignedInCtx> {
  return authorize(ctx, 'referral.read', await referralResource(ctx, id));
}

/** Allows changing a referral: someone who may read it (404 otherwise) and manage referrals (403). */
export async function authorizeManage(ctx: Ctx, id: string): Promise<SignedInCtx> {
  const resource = await referralResource(ctx, id);
  await authorize(ctx, 'referral.read', resource);
  return authorize(ctx, 'referral.manage', resource);
}

// What a read of the referral shows, for the audit entry.
const SHOWN = [
  'child',
  'siblings',
  'care_type',
  'urgency',
  'needs',
  'school',
  'family_time',
  'avoid_area',
  'social_worker',
  'status',
  'response',
];

/** Reads a referral in the actor's scope, writing the read to the audit trail. */
export async function readAudited(tx: Ctx, actor: Actor, id: string): Promise<ReferralRecord> {
  const referral = await store.findReferral(tx.db, actor, id);
  if (!referral) throw new NotFound();
  await recordAudit(tx, {
    action: 'referral.read',
    recordType: 'referral',
    recordId: id,
    fields: SHOWN,
  });
  return referral;
}
