// The parent's guide: what a parent wants their child's carers to know, in their own words. Only
// parents write it; staff and carers read it on the getting-started page.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { parseInput, type FormValues } from '../../core/http/validation.ts';
import { GUIDE_FIELDS, ZGuide } from './guide-schemas.ts';
import { findGuide, saveGuide, type GuideAnswers } from './guide-store.ts';
import { requireSide } from './hub-sides.ts';
import { withPartnershipChild } from './space.ts';

/** The form as it opens: the child's name and what is written so far. */
export type GuideForm = { child: { id: string; knownAs: string }; answers: GuideAnswers | null };

/** Opens the guide for a parent of the child; others are refused. The read is audited. */
export async function openGuide(ctx: Ctx, childId: string): Promise<GuideForm> {
  await requireSide(ctx, 'partnership.write', childId, ['parent']);
  return withPartnershipChild(ctx, 'partnership.write', childId, async ({ tx, child }) => {
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['guide'],
    });
    return {
      child: { id: child.id, knownAs: child.knownAs },
      answers: await findGuide(tx.db, childId),
    };
  });
}

/**
 * Saves the guide as the parent wrote it (parsed once the person may write it). No confidentiality check: these are a parent's words
 * about their own child, read by the carers.
 */
export async function writeGuide(
  ctx: Ctx,
  childId: string,
  values: FormValues,
): Promise<{ knownAs: string }> {
  await requireSide(ctx, 'partnership.write', childId, ['parent']);
  return withPartnershipChild(ctx, 'partnership.write', childId, async ({ tx, actor, child }) => {
    const answers = parseInput(ZGuide, values);
    await saveGuide(tx.db, childId, answers, { userId: actor.userId, at: tx.now });
    await recordAudit(tx, {
      action: 'partnership.guide_saved',
      recordType: 'child',
      recordId: childId,
      fields: [...GUIDE_FIELDS],
    });
    return { knownAs: child.knownAs };
  });
}
