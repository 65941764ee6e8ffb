// The daily record's lists: a carer's children today, what a carer has written, and the events
// and incidents staff have still to acknowledge. Each goes through scope(actor, 'daily_records').
import { recordAudit } from '../../core/access/audit.ts';
import { authorize, requireActor } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { isCarer } from '../../core/access/roles.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { childName } from '../children/index.ts';
import { presentEntries, recordResource, SHOWN_FIELDS, type Entry } from './entries.ts';
import { findChildrenAtHomeToday } from './home-store.ts';
import { RECORDS_PER_PAGE } from './schemas.ts';
import * as store from './store.ts';

// There is no list action of its own for daily records: the people who may list children are
// the ones who work with their records, and scope('daily_records') decides which rows they see.
const LIST_ACTION = 'child.list';

/** A page of records with what is needed to page through it. */
export type EntryPage = { entries: Entry[]; page: number; pageCount: number; total: number };

// A list shows many records at once: one entry records that the list was seen.
async function auditListRead(ctx: Ctx, shown: number): Promise<void> {
  if (shown === 0) return;
  await recordAudit(ctx, {
    action: 'daily_record.read',
    recordType: 'daily_record',
    recordId: null,
    fields: SHOWN_FIELDS,
  });
}

/** The child a carer writes about today, and whether today's log is already written. */
export type ChildToday = { id: string; name: string; knownName: string; hasTodaysLog: boolean };

/** A carer's children at home now, for writing today's records; staff are sent to their list. */
export async function listChildrenToday(
  ctx: Ctx,
): Promise<{ kind: 'staff' } | { kind: 'carer'; today: string; children: ChildToday[] }> {
  const { actor } = await authorize(ctx, LIST_ACTION);
  if (!isCarer(actor.role)) return { kind: 'staff' };
  return inTransaction(ctx, async (tx) => {
    const { timeZone } = await getAgencySettings(tx.db);
    const today = todayIn(timeZone, ctx.now);
    const rows = await findChildrenAtHomeToday(tx.db, actor, today);
    if (rows.length > 0) {
      await recordAudit(tx, { action: 'child.list', recordType: 'child', recordId: null });
    }
    return {
      kind: 'carer',
      today,
      children: rows.map((row) => ({
        id: row.id,
        name: childName(row),
        knownName: row.preferredName ?? row.firstName,
        hasTodaysLog: Boolean(row.hasTodaysLog),
      })),
    };
  });
}

/** What this person has written, across every child and home, newest first. */
export async function listOwnRecords(ctx: Ctx, page: number): Promise<EntryPage> {
  const { actor } = await authorize(ctx, LIST_ACTION);
  return inTransaction(ctx, async (tx) => {
    const where = store.writtenBy(actor.userId);
    const rows = await store.findEntries(tx.db, actor, where, {
      limit: RECORDS_PER_PAGE,
      offset: (page - 1) * RECORDS_PER_PAGE,
    });
    const total = await store.countEntries(tx.db, actor, where);
    const comments = await store.findComments(
      tx.db,
      rows.map((row) => row.id),
    );
    await auditListRead(tx, rows.length);
    return {
      entries: presentEntries(actor, rows, comments),
      page,
      pageCount: Math.max(1, Math.ceil(total / RECORDS_PER_PAGE)),
      total,
    };
  });
}

/** Events and incidents nobody on the staff has acknowledged, each with whether this reader may. */
export type ReportPage = EntryPage & { canAcknowledge: Record<string, boolean> };

/** The events and incidents still to be acknowledged in the reader's homes (the manager: all). */
export async function listReports(ctx: Ctx, page: number): Promise<ReportPage> {
  await authorize(ctx, LIST_ACTION);
  return findReports(ctx, { limit: RECORDS_PER_PAGE, offset: (page - 1) * RECORDS_PER_PAGE });
}

/** For a worker's or manager's home page: how many reports wait, and the newest few. */
export async function unacknowledgedReportsFor(ctx: Ctx): Promise<ReportPage> {
  requireActor(ctx);
  return findReports(ctx, { limit: 5, offset: 0 });
}

async function findReports(
  ctx: Ctx,
  window: { limit: number; offset: number },
): Promise<ReportPage> {
  const { actor } = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const where = store.waitingToBeRead();
    const rows = await store.findEntries(tx.db, actor, where, window);
    const total = await store.countEntries(tx.db, actor, where);
    await auditListRead(tx, rows.length);
    return {
      entries: presentEntries(actor, rows, []),
      page: Math.floor(window.offset / window.limit) + 1,
      pageCount: Math.max(1, Math.ceil(total / window.limit)),
      total,
      canAcknowledge: Object.fromEntries(
        rows.map((row) => [
          row.id,
          can(actor, 'daily_record.comment', recordResource(row)).allowed,
        ]),
      ),
    };
  });
}
