// A young person's words as the adults around them read them: staff see everything, carers only
// what the young person shared with them, birth parents nothing (the policy refuses them). Staff
// who keep the child's record answer the questions.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, NotFound } from '../../core/errors.ts';
import { parseInput } from '../../core/http/validation.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { withBelongingChild } from '../belonging/child-access.ts';
import { isVoiceVisible, type Viewer } from '../belonging/visibility.ts';
import { presentEntry, SHOWN_FIELDS, type VoiceEntry } from './entries.ts';
import { orderForReaders } from './rules.ts';
import { ZAnswerInput } from './schemas.ts';
import * as store from './store.ts';

/** The page of a young person's words for staff and carers. */
export type ChildVoice = {
  child: BelongingChild;
  viewer: Viewer;
  /** Questions still waiting, the longest waiting first. */
  waiting: VoiceEntry[];
  /** Everything else, newest first. */
  others: VoiceEntry[];
  abilities: { canAnswer: boolean };
};

/** What this adult may read of a young person's words; the read is audited. */
export async function readChildVoice(ctx: Ctx, childId: string): Promise<ChildVoice> {
  return withBelongingChild(ctx, 'voice.read', childId, async ({ tx, actor, viewer, child }) => {
    const { timeZone } = await getAgencySettings(tx.db);
    const rows = await store.findVoiceEntries(tx.db, child.id);
    const shown = rows
      .filter((row) => isVoiceVisible(viewer, row))
      .map((row) => presentEntry(row, timeZone));
    await recordAudit(tx, {
      action: 'voice.read',
      recordType: 'child',
      recordId: child.id,
      fields: SHOWN_FIELDS,
    });
    return {
      child,
      viewer,
      ...orderForReaders(shown),
      abilities: {
        canAnswer: can(actor, 'belonging.manage', { kind: 'child', id: child.id }).allowed,
      },
    };
  });
}

/** Answers a young person's question; only the staff who keep the child's record may. */
export async function answerQuestion(
  ctx: Ctx,
  childId: string,
  voiceId: string,
  form: unknown,
): Promise<{ knownAs: string }> {
  return withBelongingChild(ctx, 'belonging.manage', childId, async ({ tx, actor, child }) => {
    const entry = await store.findVoiceEntry(tx.db, child.id, voiceId);
    if (!entry || entry.kind !== 'question') throw new NotFound();
    const { answer } = parseInput(ZAnswerInput, form);
    const isSaved = await store.saveAnswer(tx.db, {
      childId: child.id,
      id: voiceId,
      answer,
      by: actor.userId,
      at: ctx.now,
    });
    if (!isSaved) {
      throw new Conflict(
        `Someone has already answered this question. Go back to ${child.knownAs}’s page to read the answer.`,
      );
    }
    await recordAudit(tx, {
      action: 'voice.answered',
      recordType: 'voice_entry',
      recordId: voiceId,
      fields: ['answer', 'answered_by', 'answered_at'],
    });
    return { knownAs: child.knownAs };
  });
}
