// One record on a page of its own: reading it, staff's comments, and acknowledging an event.
import type { Action } from '../../core/access/actions.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { presentEntries, recordResource, SHOWN_FIELDS, type Entry } from './entries.ts';
import { draftKeyFor } from './rules.ts';
import type { TCommentInput } from './schemas.ts';
import * as store from './store.ts';

/** A record with what the reader may do with it. */
export type RecordView = {
  entry: Entry;
  abilities: {
    canComment: boolean;
    canAcknowledge: boolean;
    /** The child's whole timeline: not for a carer the child no longer lives with. */
    canReadTimeline: boolean;
  };
  /** The author's draft key for this child, so the page after saving can clear the draft. */
  draftKey: string | null;
};

// A record's facts come first, so the policy can answer about this record and no other.
async function authorizeOnRecord(ctx: Ctx, action: Action, id: string) {
  const facts = await store.unsafeFindRecordFacts(ctx.db, id);
  if (!facts) throw new NotFound();
  const { actor } = await authorize(ctx, action, recordResource(facts));
  return { actor, facts };
}

/** Reads one record with its comments: 404 for anyone who may not read it; the read is audited. */
export async function readRecord(ctx: Ctx, id: string): Promise<RecordView> {
  const { actor } = await authorizeOnRecord(ctx, 'daily_record.read', id);
  return inTransaction(ctx, async (tx) => {
    const row = await store.findEntry(tx.db, actor, id);
    if (!row) throw new NotFound();
    const comments = await store.findComments(tx.db, [id]);
    await recordAudit(tx, {
      action: 'daily_record.read',
      recordType: 'daily_record',
      recordId: id,
      fields: SHOWN_FIELDS,
    });
    const [entry] = presentEntries(actor, [row], comments);
    const canComment = can(actor, 'daily_record.comment', recordResource(row)).allowed;
    return {
      entry: entry!,
      abilities: {
        canComment,
        canAcknowledge: canComment && entry!.acknowledgement.state === 'waiting',
        canReadTimeline: can(actor, 'daily_record.read', { kind: 'child', id: row.childId })
          .allowed,
      },
      draftKey: row.authorId === actor.userId ? draftKeyFor(actor.userId, row.childId) : null,
    };
  });
}

/** Refuses (404 or 403, audited) anyone who may not comment on this record. */
export async function ensureMayComment(ctx: Ctx, id: string): Promise<void> {
  await authorizeOnRecord(ctx, 'daily_record.comment', id);
}

/**
 * Adds a comment from the supervising social worker or the manager. Carers do not comment: they
 * write a new record, so the record stays the carers' account and the comments stay the staff's.
 */
export async function commentOnRecord(ctx: Ctx, id: string, input: TCommentInput): Promise<void> {
  const { actor } = await authorizeOnRecord(ctx, 'daily_record.comment', id);
  await inTransaction(ctx, async (tx) => {
    await store.insertComment(tx.db, {
      recordId: id,
      authorId: actor.userId,
      body: input.body,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'daily_record.commented',
      recordType: 'daily_record',
      recordId: id,
      fields: ['body'],
    });
  });
}

/** Marks an event or incident as read by staff; says when someone had already done so. */
export async function acknowledgeRecord(
  ctx: Ctx,
  id: string,
): Promise<'done' | 'already' | 'not_needed'> {
  const { actor, facts } = await authorizeOnRecord(ctx, 'daily_record.comment', id);
  if (facts.kind === 'daily_log') return 'not_needed';
  return inTransaction(ctx, async (tx) => {
    const isMarked = await store.markAcknowledged(tx.db, { id, by: actor.userId, at: ctx.now });
    if (!isMarked) return 'already';
    await recordAudit(tx, {
      action: 'daily_record.acknowledged',
      recordType: 'daily_record',
      recordId: id,
      fields: ['acknowledged_by', 'acknowledged_at'],
    });
    return 'done';
  });
}
