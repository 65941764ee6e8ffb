import type { Actor } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx, type SignedInCtx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import type { ReferralStatus } from '../../core/db/tables.ts';
import { Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { auditFieldNames, type StaffReferralInput } from './input.ts';
import { authorizeManage, authorizeRead, readAudited } from './access.ts';
import * as choices from './choices-store.ts';
import * as store from './store.ts';
import type { ReferralRecord } from './store.ts';

/** A referral in the staff's list. */
export type ReferralListItem = Awaited<ReturnType<typeof store.findReferralsPage>>[number];

/** One page of referrals, with the filter that chose them. */
export type ReferralList = {
  items: ReferralListItem[];
  status: ReferralStatus | undefined;
  page: number;
  pageSize: number;
  total: number;
};

/** The referrals the actor may see, newest first; each page seen is one audit entry. */
export async function listReferrals(
  ctx: Ctx,
  input: { status: ReferralStatus | undefined; page: number; pageSize: number },
): Promise<ReferralList> {
  const { actor } = await authorize(ctx, 'referral.list');
  return inTransaction(ctx, async (tx) => {
    const items = await store.findReferralsPage(tx.db, actor, {
      status: input.status,
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    const total = await store.countReferrals(tx.db, actor, input.status);
    await recordAudit(tx, { action: 'referral.list', recordType: 'referral', recordId: null });
    return { items, status: input.status, page: input.page, pageSize: input.pageSize, total };
  });
}

/**
 * A referral for matching: everything the referral holds, with the names of its areas, for the
 * staff who place children. 404 for anyone else; the read is audited.
 */
export async function readReferralForMatching(ctx: Ctx, id: string): Promise<ReferralRecord> {
  const { actor } = await authorizeRead(ctx, id);
  return inTransaction(ctx, (tx) => readAudited(tx, actor, id));
}

/** A referral as its page shows it, with the placement it led to and what the reader may do. */
export type ReferralView = ReferralRecord & {
  placement: { startedOn: string; careType: string } | null;
  abilities: { canManage: boolean; canFindHome: boolean; canSeeAuditTrail: boolean };
};

/** Reads a referral for its page: 404 for anyone but the staff who place children; audited. */
export async function readReferral(ctx: Ctx, id: string): Promise<ReferralView> {
  const { actor } = await authorizeRead(ctx, id);
  return inTransaction(ctx, async (tx) => {
    const referral = await readAudited(tx, actor, id);
    const placement = await store.findPlacementOfReferral(tx.db, id);
    return {
      ...referral,
      placement,
      abilities: {
        canManage: can(actor, 'referral.manage').allowed,
        canFindHome:
          can(actor, 'matching.run').allowed &&
          (referral.status === 'new' || referral.status === 'matching'),
        canSeeAuditTrail: can(actor, 'audit.read').allowed,
      },
    };
  });
}

/** What the referral form offers to choose from. */
export type ReferralChoices = {
  authorities: Array<{ id: string; name: string }>;
  areas: Array<{ id: string; name: string }>;
  children: Awaited<ReturnType<typeof choices.findChildOptions>>;
};

// The children offered for linking are a list of children, audited as one.
async function choicesFor(ctx: SignedInCtx): Promise<ReferralChoices> {
  return inTransaction(ctx, async (tx) => {
    const isChildListAllowed = can(ctx.actor, 'child.list').allowed;
    const children = isChildListAllowed ? await choices.findChildOptions(tx.db, ctx.actor) : [];
    if (isChildListAllowed) {
      await recordAudit(tx, { action: 'child.list', recordType: 'child', recordId: null });
    }
    return {
      authorities: await choices.findAuthorityOptions(tx.db),
      areas: await choices.findAreaOptions(tx.db),
      children,
    };
  });
}

/** The choices for a new referral, for staff who take referrals. */
export async function startReferral(ctx: Ctx): Promise<ReferralChoices> {
  return choicesFor(await authorize(ctx, 'referral.manage'));
}

/** Today in the agency's time zone, for dates typed into referrals. */
export async function agencyToday(ctx: Ctx): Promise<string> {
  const settings = await getAgencySettings(ctx.db);
  return todayIn(settings.timeZone, ctx.now);
}

// Ids chosen from lists are checked, so a changed form gets a message rather than a failure.
async function checkChoices(
  db: Db,
  actor: Actor,
  input: StaffReferralInput,
  keptChildId: string | null,
): Promise<void> {
  const errors: FieldErrors = {};
  if (!(await choices.hasAuthority(db, input.authorityId))) {
    errors.authorityId = 'Choose the local authority that referred the child';
  }
  for (const [field, label] of [
    ['schoolAreaId', 'the school’s area'],
    ['familyTimeAreaId', 'the area of family time'],
    ['avoidAreaId', 'the area to avoid'],
  ] as const) {
    const areaId = input[field];
    if (areaId && !(await choices.hasArea(db, areaId)))
      errors[field] = `Choose ${label} from the list`;
  }
  if (
    input.childId &&
    input.childId !== keptChildId &&
    !(await choices.isChildInScope(db, actor, input.childId))
  ) {
    errors.childId = 'Choose the child from the list, or “Not known to us”';
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
}

/** Records a referral staff typed in (from a call or an email); returns its id and reference. */
export async function receiveReferral(
  ctx: Ctx,
  input: StaffReferralInput,
): Promise<{ id: string; reference: string }> {
  const { actor } = await authorize(ctx, 'referral.manage');
  await checkChoices(ctx.db, actor, input, null);
  const year = (await agencyToday(ctx)).slice(0, 4);
  return inTransaction(ctx, async (tx) => {
    const created = await store.insertReferral(
      tx.db,
      {
        ...input,
        receivedVia: 'staff',
        receivedAt: ctx.now,
        createdBy: actor.userId,
      },
      year,
    );
    await recordAudit(tx, {
      action: 'referral.received',
      recordType: 'referral',
      recordId: created.id,
      fields: auditFieldNames(Object.keys(input)),
    });
    return created;
  });
}

/** A referral and the choices, for correcting its details. */
export async function startEditingReferral(
  ctx: Ctx,
  id: string,
): Promise<{ referral: ReferralRecord; choices: ReferralChoices }> {
  const signedIn = await authorizeManage(ctx, id);
  const referral = await inTransaction(ctx, (tx) => readAudited(tx, signedIn.actor, id));
  return { referral, choices: await choicesFor(signedIn) };
}

/** Corrects a referral's details; the audit entry names the fields that changed. */
export async function updateReferral(
  ctx: Ctx,
  id: string,
  input: StaffReferralInput,
): Promise<void> {
  const { actor } = await authorizeManage(ctx, id);
  const current = await store.findReferral(ctx.db, actor, id);
  if (!current) throw new NotFound();
  await checkChoices(ctx.db, actor, input, current.childId);
  const changed = (Object.keys(input) as Array<keyof StaffReferralInput>).filter(
    (key) => JSON.stringify(input[key]) !== JSON.stringify(current[key]),
  );
  await inTransaction(ctx, async (tx) => {
    await store.updateReferralDetails(tx.db, id, input, ctx.now);
    await recordAudit(tx, {
      action: 'referral.updated',
      recordType: 'referral',
      recordId: id,
      fields: auditFieldNames(changed),
    });
  });
}

/**
 * Moves a referral to a status inside the caller's transaction (matching: offered, placed), and
 * writes 'referral.updated' naming the status. The caller has authorised its own action.
 */
export async function setReferralStatus(
  tx: Ctx,
  id: string,
  status: ReferralStatus,
): Promise<void> {
  if (!(await store.updateReferralStatus(tx.db, id, status, tx.now))) throw new NotFound();
  await recordAudit(tx, {
    action: 'referral.updated',
    recordType: 'referral',
    recordId: id,
    fields: ['status'],
  });
}
