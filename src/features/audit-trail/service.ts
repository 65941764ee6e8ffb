import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { verifyAuditChain, type AuditVerification } from '../../core/access/verify-audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { instantsOfDays } from './day-range.ts';
import { ENTRIES_PER_PAGE, filtersInUse, type TAuditFilters } from './schemas.ts';
import * as store from './store.ts';

export type AuditTrailEntry = Awaited<ReturnType<typeof store.findAuditEvents>>[number];
export type Person = Awaited<ReturnType<typeof store.findPeople>>[number];

/** A page of the trail, with the people to filter by. */
export type AuditTrailPage = {
  entries: AuditTrailEntry[];
  page: number;
  pageSize: number;
  total: number;
  people: Person[];
};

/** The trail, newest first, filtered; looking at it is itself written to the trail. */
export async function browseAuditTrail(ctx: Ctx, filters: TAuditFilters): Promise<AuditTrailPage> {
  await authorize(ctx, 'audit.read');
  const settings = await getAgencySettings(ctx.db);
  const filter: store.AuditFilter = {
    action: filters.action,
    recordType: filters.recordType,
    recordId: filters.recordId,
    actorId: filters.actor,
    outcome: filters.outcome,
    ...instantsOfDays(filters, settings.timeZone),
  };
  return inTransaction(ctx, async (tx) => {
    const entries = await store.findAuditEvents(tx.db, filter, {
      limit: ENTRIES_PER_PAGE,
      offset: (filters.page - 1) * ENTRIES_PER_PAGE,
    });
    const total = await store.countAuditEvents(tx.db, filter);
    const people = await store.findPeople(tx.db);
    // Written after the search, so the page shows the trail as it was when asked for.
    await recordAudit(tx, {
      action: 'audit.read',
      recordType: 'audit',
      recordId: null,
      fields: filtersInUse(filters),
    });
    return { entries, page: filters.page, pageSize: ENTRIES_PER_PAGE, total, people };
  });
}

/** The people to filter by, for showing the filter form again when what was typed is wrong. */
export async function findPeopleToFilterBy(ctx: Ctx): Promise<Person[]> {
  await authorize(ctx, 'audit.read');
  return store.findPeople(ctx.db);
}

/** Walks the whole trail and checks every seal; the check is itself written to the trail. */
export async function checkAuditChain(ctx: Ctx): Promise<AuditVerification> {
  await authorize(ctx, 'audit.read');
  const verification = await verifyAuditChain(ctx.db);
  await recordAudit(ctx, {
    action: 'audit.chain_checked',
    recordType: 'audit',
    recordId: null,
    outcome: 'done',
  });
  return verification;
}
