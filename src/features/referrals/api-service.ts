// Referrals as a local authority's own system sees them through the API: its key is its scope,
// and it learns where each of its referrals stands, never who the carers are or where they live.
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { ReferralStatus } from '../../core/db/tables.ts';
import { Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import type { ApiClient } from './api-keys.ts';
import { auditFieldNames, type ReferralDetails } from './input.ts';
import { agencyToday } from './service.ts';
import * as apiStore from './api-store.ts';
import * as choices from './choices-store.ts';
import * as store from './store.ts';
import type { ReferralRow } from './store.ts';

/** A referral as an authority sends it: the agency's areas by name, as the API describes them. */
export type AuthorityReferralInput = Omit<
  ReferralDetails,
  'schoolAreaId' | 'familyTimeAreaId' | 'avoidAreaId'
> & { schoolArea: string | null; familyTimeArea: string | null; avoidArea: string | null };

/** One of the authority's referrals, with the start and kind of care once the child is placed. */
export type AuthorityReferral = ReferralRow & {
  placement: { startedOn: string; careType: string } | null;
};

/** The names of the agency's areas, which the API accepts for a school, family time or area to avoid. */
export async function listAreaNames(ctx: Ctx): Promise<string[]> {
  return (await choices.findAreaOptions(ctx.db)).map((area) => area.name);
}

// Actions by an authority's system have no person behind them: the trail records no actor.
const withoutPerson = (ctx: Ctx): Ctx => ({ ...ctx, actor: null });

/** Receives a referral from an authority's system; the authority is always the key's own. */
export async function receiveReferralFromAuthority(
  ctx: Ctx,
  client: ApiClient,
  input: AuthorityReferralInput,
): Promise<{ id: string; reference: string; status: ReferralStatus }> {
  const areas = await choices.findAreaOptions(ctx.db);
  const errors: FieldErrors = {};
  const areaId = (field: 'schoolArea' | 'familyTimeArea' | 'avoidArea') => {
    const name = input[field];
    if (name === null) return null;
    const area = areas.find((each) => each.name === name);
    if (!area) errors[field] = `${field} must be the name of one of the agency’s areas`;
    return area?.id ?? null;
  };
  const { schoolArea: _school, familyTimeArea: _familyTime, avoidArea: _avoid, ...details } = input;
  const values = {
    ...details,
    schoolAreaId: areaId('schoolArea'),
    familyTimeAreaId: areaId('familyTimeArea'),
    avoidAreaId: areaId('avoidArea'),
  };
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  const year = (await agencyToday(ctx)).slice(0, 4);
  return inTransaction(withoutPerson(ctx), async (tx) => {
    const created = await store.insertReferral(
      tx.db,
      {
        ...values,
        authorityId: client.authorityId,
        childId: null,
        receivedVia: 'api',
        receivedAt: ctx.now,
        createdBy: null,
      },
      year,
    );
    await recordAudit(tx, {
      action: 'referral.received',
      recordType: 'referral',
      recordId: created.id,
      fields: auditFieldNames(Object.keys(details)),
    });
    return { ...created, status: 'new' as const };
  });
}

/** One page of the authority's own referrals, the newest first; audited. */
export async function listAuthorityReferrals(
  ctx: Ctx,
  client: ApiClient,
  input: { status: ReferralStatus | undefined; page: number; pageSize: number },
): Promise<{ items: AuthorityReferral[]; page: number; pageSize: number; total: number }> {
  return inTransaction(withoutPerson(ctx), async (tx) => {
    const rows = await apiStore.findAuthorityReferralsPage(tx.db, client.authorityId, {
      status: input.status,
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    const total = await apiStore.countAuthorityReferrals(tx.db, client.authorityId, input.status);
    const items = [];
    for (const row of rows) {
      items.push({ ...row, placement: await store.findPlacementOfReferral(tx.db, row.id) });
    }
    await recordAudit(tx, { action: 'referral.list', recordType: 'referral', recordId: null });
    return { items, page: input.page, pageSize: input.pageSize, total };
  });
}

/** One of the authority's own referrals; another authority's answers 404. Audited. */
export async function readAuthorityReferral(
  ctx: Ctx,
  client: ApiClient,
  id: string,
): Promise<AuthorityReferral> {
  const referral = await apiStore.findAuthorityReferral(ctx.db, client.authorityId, id);
  if (!referral) {
    // Asking for another authority's referral is a refusal worth keeping, like a person's.
    await recordAudit(withoutPerson(ctx), {
      action: 'referral.read',
      recordType: 'referral',
      recordId: id,
      outcome: 'refused',
    });
    throw new NotFound();
  }
  return inTransaction(withoutPerson(ctx), async (tx) => {
    await recordAudit(tx, {
      action: 'referral.read',
      recordType: 'referral',
      recordId: id,
      fields: ['status', 'response', 'placement'],
    });
    return { ...referral, placement: await store.findPlacementOfReferral(tx.db, id) };
  });
}
