// Recording permanency planning: conversations with the young person, the decision with its
// reasons, and looked-after reviews. For the manager and the supervising social worker.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
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
  return withBelongingChild(
    ctx,
    'permanency.manage',
    childId,
    async ({ tx, actor, child, today }) => {
      const problem = problemWithDate({
        date: input.heldOn,
        what: 'the conversation',
        today,
        dateOfBirth: child.dateOfBirth,
        knownAs: child.knownAs,
      });
      if (problem) throw new Invalid({ heldOn: problem });
      const id = await store.insertConversation(tx.db, {
        ...input,
        childId: child.id,
        recordedBy: actor.userId,
        createdAt: ctx.now,
      });
      await recordAudit(tx, {
        action: 'permanency.conversation_recorded',
        recordType: 'permanency_conversation',
        recordId: id,
        fields: [
          'held_on',
          'who_was_there',
          'options',
          'young_person_words',
          'questions',
          'feelings',
          'next_steps',
        ],
      });
      return id;
    },
  );
}

/** Saves the young person's chosen direction and the decision with its reasons; returns its id. */
export async function recordDecision(
  ctx: Ctx,
  childId: string,
  input: TDecisionInput,
): Promise<string> {
  return withBelongingChild(
    ctx,
    'permanency.manage',
    childId,
    async ({ tx, actor, child, today }) => {
      const problem = problemWithDate({
        date: input.decidedOn,
        what: 'the decision',
        today,
        dateOfBirth: child.dateOfBirth,
        knownAs: child.knownAs,
      });
      if (problem) throw new Invalid({ decidedOn: problem });
      const id = await store.insertDecision(tx.db, {
        ...input,
        childId: child.id,
        recordedBy: actor.userId,
        createdAt: ctx.now,
      });
      await recordAudit(tx, {
        action: 'permanency.decision_recorded',
        recordType: 'permanency_decision',
        recordId: id,
        fields: [
          'young_person_choice',
          'young_person_words',
          'decided_option',
          'reasons',
          'decided_on',
        ],
      });
      return id;
    },
  );
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
  return withBelongingChild(
    ctx,
    'permanency.manage',
    childId,
    async ({ tx, actor, child, today }) => {
      const newSince = child.lookedAfterSince === null ? input.lookedAfterSince : null;
      const facts = { today, dateOfBirth: child.dateOfBirth, knownAs: child.knownAs };
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
      if (sinceProblem || heldProblem) {
        throw new Invalid({
          ...(heldProblem ? { heldOn: heldProblem } : {}),
          ...(sinceProblem ? { lookedAfterSince: sinceProblem } : {}),
        });
      }
      const id = await store.insertReview(tx.db, {
        childId: child.id,
        heldOn: input.heldOn,
        permanencyNotes: input.permanencyNotes,
        recordedBy: actor.userId,
        createdAt: ctx.now,
      });
      await recordAudit(tx, {
        action: 'permanency.review_recorded',
        recordType: 'looked_after_review',
        recordId: id,
        fields: ['held_on', 'permanency_notes'],
      });
      if (newSince) {
        await store.saveLookedAfterSince(tx.db, child.id, newSince);
        await recordAudit(tx, {
          action: 'child.update',
          recordType: 'child',
          recordId: child.id,
          fields: ['looked_after_since'],
        });
      }
      return id;
    },
  );
}
