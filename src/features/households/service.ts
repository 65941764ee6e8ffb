import { recordAudit } from '../../core/access/audit.ts';
import { authorize, requireActor } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { agencyToday, householdResource, isAllocator } from './access.ts';
import { checkStanding, latestChecks, type CheckStanding } from './check-rules.ts';
import type { HouseholdStatus } from './schemas.ts';
import * as store from './store.ts';
import { vacanciesOf } from './vacancies.ts';

type ListRow = Awaited<ReturnType<typeof store.findHouseholdsPage>>[number];

/** A household in the list, with the places it has left. */
export type HouseholdListItem = ListRow & { vacancies: number };

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
    const rows = await store.findHouseholdsPage(tx.db, actor, {
      status: input.status,
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    const total = await store.countHouseholds(tx.db, actor, { status: input.status });
    await recordAudit(tx, { action: 'household.list', recordType: 'household', recordId: null });
    const items = rows.map((row) => ({
      ...row,
      vacancies: vacanciesOf(row.maxChildren, row.childrenNow),
    }));
    return { items, page: input.page, pageSize: input.pageSize, total };
  });
}

type Found = NonNullable<Awaited<ReturnType<typeof store.findHousehold>>>;
type Member = Awaited<ReturnType<typeof store.findMembers>>[number];
type StoredCheck = Awaited<ReturnType<typeof store.findChecks>>[number];

/** A check as the record shows it; the outcome and notes only to those who keep the record. */
export type MemberCheck = Omit<StoredCheck, 'outcome' | 'notes' | 'memberId'> & {
  standing: CheckStanding;
  outcome: StoredCheck['outcome'] | null;
  notes: string | null;
};

/** A household's record as the actor may see it; the address only when they may know it. */
export type HouseholdRecord = Omit<
  Found,
  'addressLine' | 'town' | 'postcode' | 'phone' | 'latitude' | 'longitude'
> & {
  address: { line: string; town: string; postcode: string; phone: string } | null;
  /** Where the household is on a map, to about a kilometre: with the address, or not at all. */
  position: { latitude: number; longitude: number } | null;
  members: Array<Member & { checks: MemberCheck[] }>;
  childrenNow: Awaited<ReturnType<typeof store.findChildrenLivingIn>>;
  vacancies: number;
  /** How many of the members' latest checks are overdue or due soon. */
  checksToRenew: { overdue: number; dueSoon: number };
  /** What the reader may do from here. */
  abilities: { canSeeAuditTrail: boolean; canEdit: boolean; canChangeWorker: boolean };
};

// What a read of the record shows, for the audit entry.
const SHOWN = [
  'summary',
  'terms_of_approval',
  'profile',
  'members',
  'checks',
  'children_now',
  'supervising_worker',
];

/** Reads a household's record: 404 for anyone unrelated to it; the read is audited. */
export async function readHousehold(ctx: Ctx, id: string): Promise<HouseholdRecord> {
  requireActor(ctx);
  const resource = await householdResource(ctx, id);
  const { actor } = await authorize(ctx, 'household.read', resource);
  const canSeeAddress = can(actor, 'household.read_address', resource).allowed;
  // Safeguarding exclusions and check outcomes are for the staff who keep the record.
  const canEdit = can(actor, 'household.update', resource).allowed;
  const today = await agencyToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const found = await store.findHousehold(tx.db, actor, id);
    if (!found) throw new NotFound();
    const members = await store.findMembers(tx.db, id);
    const checks = await store.findChecks(tx.db, id);
    const childrenNow = await store.findChildrenLivingIn(tx.db, actor, id);
    const shown = [
      ...SHOWN,
      ...(canSeeAddress ? ['address', 'phone'] : []),
      ...(canEdit ? ['excluded_needs', 'check_outcomes'] : []),
    ];
    await recordAudit(tx, {
      action: 'household.read',
      recordType: 'household',
      recordId: id,
      fields: shown,
    });
    const { addressLine, town, postcode, phone, latitude, longitude, ...summary } = found;
    const withChecks = members.map((member) => ({
      ...member,
      checks: latestChecks(checks.filter((check) => check.memberId === member.id)).map(
        ({ memberId: _member, ...check }) => ({
          ...check,
          standing: checkStanding(check.renewBy, today),
          outcome: canEdit ? check.outcome : null,
          notes: canEdit ? check.notes : null,
        }),
      ),
    }));
    const standings = withChecks.flatMap((member) => member.checks.map((check) => check.standing));
    return {
      ...summary,
      excludedNeeds: canEdit ? summary.excludedNeeds : [],
      address: canSeeAddress ? { line: addressLine, town, postcode, phone } : null,
      position:
        canSeeAddress && latitude !== null && longitude !== null ? { latitude, longitude } : null,
      members: withChecks,
      childrenNow,
      // Counted from every child living there, not only those this reader may see.
      vacancies: vacanciesOf(found.maxChildren, await store.countChildrenLivingIn(tx.db, id)),
      checksToRenew: {
        overdue: standings.filter((standing) => standing === 'overdue').length,
        dueSoon: standings.filter((standing) => standing === 'due_soon').length,
      },
      abilities: {
        canSeeAuditTrail: can(actor, 'audit.read').allowed,
        canEdit,
        canChangeWorker: canEdit && isAllocator(actor),
      },
    };
  });
}
