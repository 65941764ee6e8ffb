// Recording permanency planning: conversations with the young person, the decision with its
// reasons, and looked-after reviews. For the manager and the supervising social worker.
import { recordAudit, type AuditEntry } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { Invalid } from '../../core/errors.ts';
import { withBelongingChild, type BelongingChild } from '../belonging/child-access.ts';
import { problemWithDate } from './rules.ts';
import type { TConversationInput, TDecisionInput, TReviewInput } from './schemas.ts';
import * as store from './store.ts';

/** What an empty form needs: whom it is about, and today. */
export type PlanningForm = { child: BelongingChild; today: string };

/** Opens one of the forms; showing the child's name and dates is audited as a read. */
export async function startPlanningForm(ctx: Ctx, childId: string): Promise<PlanningForm> {
  return withBelongingChild(ctx, 'permanency.manage', childId, async ({ tx, child, today }) => {
    await recordAudit(tx, {
      action: 'permanency.read',
      recordType: 'child',
      recordId: child.id,
      fields: ['first_name', 'preferred_name', 'date_of_birth', 'looked_after_since'],
    });
    return { child, today };
  });
}

/** Saves a conversation with the young person, in their words; returns its id. */
export async function recordConversation(
  ctx: Ctx,
  childId: string,
  input: TConversationInput,
): Promise<string> {
  return savePlanningRecord(ctx, childId, ({ facts }) => ({
    problems: {
      heldOn: problemWithDate({ ...facts, date: input.heldOn, what: 'the conversation' }),
    },
    insert: (db, recorded) => store.insertConversation(db, { ...input, ...recorded }),
    audit: {
      action: 'permanency.conversation_recorded',
      recordType: 'permanency_conversation',
      fields: [
        'held_on',
        'who_was_there',
        'options',
        'young_person_words',
        'questions',
        'feelings',
        'next_steps',
      ],
    },
  }));
}

/** Saves the young person's chosen direction and the decision with its reasons; returns its id. */
export async function recordDecision(
  ctx: Ctx,
  childId: string,
  input: TDecisionInput,
): Promise<string> {
  return savePlanningRecord(ctx, childId, ({ facts }) => ({
    problems: {
      decidedOn: problemWithDate({ ...facts, date: input.decidedOn, what: 'the decision' }),
    },
    insert: (db, recorded) => store.insertDecision(db, { ...input, ...recorded }),
    audit: {
      action: 'permanency.decision_recorded',
      recordType: 'permanency_decision',
      fields: [
        'young_person_choice',
        'young_person_words',
        'decided_option',
        'reasons',
        'decided_on',
      ],
    },
  }));
}

/**
 * Saves a looked-after review. When the child's date into care is not yet known, the review form
 * asks for it, and it is saved on the child's record: the next reviews are counted from it.
 */
export async function recordReview(
  ctx: Ctx,
  childId: string,
  input: TReviewInput,
): Promise<string> {
  return savePlanningRecord(ctx, childId, ({ child, facts }) => {
    const newSince = child.lookedAfterSince === null ? input.lookedAfterSince : null;
    const sinceProblem = newSince
      ? problemWithDate({ ...facts, date: newSince, what: 'becoming looked after' })
      : null;
    // A review cannot come before care began; a date into care that is itself wrong says so alone.
    const since = sinceProblem ? child.lookedAfterSince : (child.lookedAfterSince ?? newSince);
    const heldProblem = problemWithDate({
      ...facts,
      date: input.heldOn,
      what: 'the review',
      ...(since
        ? { notBefore: { date: since, because: `when ${child.knownAs} became looked after` } }
        : {}),
    });
    return {
      problems: { heldOn: heldProblem, lookedAfterSince: sinceProblem },
      insert: (db, recorded) =>
        store.insertReview(db, {
          heldOn: input.heldOn,
          permanencyNotes: input.permanencyNotes,
          ...recorded,
        }),
      audit: {
        action: 'permanency.review_recorded',
        recordType: 'looked_after_review',
        fields: ['held_on', 'permanency_notes'],
      },
      // The date into care, when this form gave it, goes on the child's record too.
      alsoSave: async (tx) => {
        if (!newSince) return;
        await store.saveLookedAfterSince(tx.db, child.id, newSince);
        await recordAudit(tx, {
          action: 'child.update',
          recordType: 'child',
          recordId: child.id,
          fields: ['looked_after_since'],
        });
      },
    };
  });
}

/** Who a planning record is about, who wrote it and when: the same on every kind. */
type Recorded = { childId: string; recordedBy: string | null; createdAt: Date };

/** What every date on a planning form is checked against. */
type DateFacts = { today: string; dateOfBirth: string; knownAs: string };

/** One planning record, ready to be checked and saved. */
type PlanningRecord = {
  /** Each dated field's problem, or null when its date is fine. */
  problems: Record<string, string | null>;
  /** Stores the record; returns its id. */
  insert: (db: Db, recorded: Recorded) => Promise<string>;
  /** What the audit says was written, for the record's id. */
  audit: Omit<AuditEntry, 'recordId'>;
  /** Anything else the record changes, saved and audited after it. */
  alsoSave?: (tx: Ctx) => Promise<void>;
};

/**
 * Checks, saves and audits one planning record in one transaction, once the policy allows the
 * worker to manage the child's planning. Any date problem refuses the whole form, naming each field.
 */
async function savePlanningRecord(
  ctx: Ctx,
  childId: string,
  prepare: (about: { child: BelongingChild; facts: DateFacts }) => PlanningRecord,
): Promise<string> {
  return withBelongingChild(
    ctx,
    'permanency.manage',
    childId,
    async ({ tx, actor, child, today }) => {
      const record = prepare({
        child,
        facts: { today, dateOfBirth: child.dateOfBirth, knownAs: child.knownAs },
      });
      const problems = Object.entries(record.problems).filter(
        (entry): entry is [string, string] => entry[1] !== null,
      );
      if (problems.length > 0) throw new Invalid(Object.fromEntries(problems));
      const id = await record.insert(tx.db, {
        childId: child.id,
        recordedBy: actor.userId,
        createdAt: ctx.now,
      });
      await recordAudit(tx, { ...record.audit, recordId: id });
      await record.alsoSave?.(tx);
      return id;
    },
  );
}
