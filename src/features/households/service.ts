import { recordAudit } from '../../core/access/audit.ts';
import { authorize, requireActor } from '../../core/access/authorize.ts';
import { can, type Resource } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import type { HouseholdStatus } from './schemas.ts';
import * as store from './store.ts';

export type HouseholdListItem = Awaited<ReturnType<typeof store.findHouseholdsPage>>[number];

/** One page of a list, with what is needed to page through it. */
export type HouseholdList = {
  items: HouseholdListItem[];
  page: number;
  pageSize: number;
  total: number;
};

/** The households the actor may see, a page at a time; each page seen is audited. */
export async function listHouseholds(
  ctx: Ctx,
  input: { status?: HouseholdStatus | undefined; page: number; pageSize: number },
): Promise<HouseholdList> {
  const { actor } = await authorize(ctx, 'household.list');
  return inTransaction(ctx, async (tx) => {
    const items = await store.findHouseholdsPage(tx.db, actor, {
      status: input.status,
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    const total = await store.countHouseholds(tx.db, actor, { status: input.status });
    await recordAudit(tx, { action: 'household.list', recordType: 'household', recordId: null });
    return { items, page: input.page, pageSize: input.pageSize, total };
  });
}

type Found = NonNullable<Awaited<ReturnType<typeof store.findHousehold>>>;

/** A household's record as the actor may see it; the address only when they may know it. */
export type HouseholdRecord = Omit<Found, 'addressLine' | 'town' | 'postcode'> & {
  address: { line: string; town: string; postcode: string } | null;
  members: Awaited<ReturnType<typeof store.findMembers>>;
  childrenNow: Awaited<ReturnType<typeof store.findChildrenLivingIn>>;
  /** What the reader may do from here. */
  abilities: { canSeeAuditTrail: boolean };
};

// What a read of the record shows, for the audit entry.
const SHOWN = ['summary', 'terms_of_approval', 'members', 'children_now', 'supervising_worker'];

/** Reads a household's record: 404 for anyone unrelated to it; the read is audited. */
export async function readHousehold(ctx: Ctx, id: string): Promise<HouseholdRecord> {
  requireActor(ctx);
  const status = await store.unsafeFindHouseholdStatus(ctx.db, id);
  if (!status) throw new NotFound();
  const resource: Resource = { kind: 'household', id, status };
  const { actor } = await authorize(ctx, 'household.read', resource);
  const canSeeAddress = can(actor, 'household.read_address', resource).allowed;
  return inTransaction(ctx, async (tx) => {
    const found = await store.findHousehold(tx.db, actor, id);
    if (!found) throw new NotFound();
    const members = await store.findMembers(tx.db, id);
    const childrenNow = await store.findChildrenLivingIn(tx.db, actor, id);
    await recordAudit(tx, {
      action: 'household.read',
      recordType: 'household',
      recordId: id,
      fields: canSeeAddress ? [...SHOWN, 'address'] : SHOWN,
    });
    const { addressLine, town, postcode, ...summary } = found;
    return {
      ...summary,
      address: canSeeAddress ? { line: addressLine, town, postcode } : null,
      members,
      childrenNow,
      abilities: { canSeeAuditTrail: can(actor, 'audit.read').allowed },
    };
  });
}
