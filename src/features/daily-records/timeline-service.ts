// A child's timeline: everything written about them in the daily record, newest first.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { DailyRecordKind } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import { childName } from '../children/index.ts';
import { presentEntries, SHOWN_FIELDS, type Entry } from './entries.ts';
import { RECORDS_PER_PAGE } from './schemas.ts';
import * as store from './store.ts';

/** One page of a child's timeline, and what the reader may do from it. */
export type Timeline = {
  child: { id: string; name: string; knownName: string };
  entries: Entry[];
  kind: DailyRecordKind | null;
  page: number;
  pageCount: number;
  total: number;
  abilities: { canWrite: boolean };
};

/** Reads a page of a child's timeline: 404 for anyone who may not read it; the read is audited. */
export async function readTimeline(
  ctx: Ctx,
  childId: string,
  filter: { kind: DailyRecordKind | null; page: number },
): Promise<Timeline> {
  const { actor } = await authorize(ctx, 'daily_record.read', { kind: 'child', id: childId });
  return inTransaction(ctx, async (tx) => {
    const child = await store.findChildNames(tx.db, childId);
    if (!child) throw new NotFound();
    const where = store.timelineOf(childId, filter.kind);
    const rows = await store.findEntries(tx.db, actor, where, {
      limit: RECORDS_PER_PAGE,
      offset: (filter.page - 1) * RECORDS_PER_PAGE,
    });
    const total = await store.countEntries(tx.db, actor, where);
    const comments = await store.findComments(
      tx.db,
      rows.map((row) => row.id),
    );
    await recordAudit(tx, {
      action: 'daily_record.read',
      recordType: 'child',
      recordId: childId,
      fields: SHOWN_FIELDS,
    });
    return {
      child: {
        id: child.id,
        name: childName(child),
        knownName: child.preferredName ?? child.firstName,
      },
      entries: presentEntries(actor, rows, comments),
      kind: filter.kind,
      page: filter.page,
      pageCount: Math.max(1, Math.ceil(total / RECORDS_PER_PAGE)),
      total,
      abilities: {
        canWrite: can(actor, 'daily_record.write', { kind: 'child', id: childId }).allowed,
      },
    };
  });
}
