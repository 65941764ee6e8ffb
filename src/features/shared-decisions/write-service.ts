// Asking for a decision, giving the parents' views, and recording the answer. Words a parent will
// read pass the confidentiality check when a carer or worker writes them; whoever may not do
// something is refused with the reason in words, and the refusal is audited.
import { recordAudit, type AuditAction } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../../core/errors.ts';
import { formatDate } from '../../core/time/dates.ts';
import { assertSafeToSend } from '../partnership/confidentiality.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import { tellSpace } from '../partnership/notify.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { partyOf, withPartnershipChild, type PartnershipScene } from '../partnership/space.ts';
import { findDeciders, nameForReader } from './naming.ts';
import { mayDecide, whyMayNotDecide } from './rules.ts';
import type { TAskInput, TDecideInput, TViewsInput } from './schemas.ts';
import * as store from './store.ts';

/** Asks whoever decides; everyone else in the space hears there is a decision to look at. */
export async function askForDecision(
  ctx: Ctx,
  childId: string,
  input: TAskInput,
  publicUrl: string,
): Promise<{ requestId: string }> {
  return withPartnershipChild(ctx, 'partnership.write', childId, async (scene) => {
    const { tx, actor, child, today } = scene;
    if (input.needed_by !== null && input.needed_by < today) {
      throw new Invalid({
        needed_by: `The date the answer is needed by must be today (${formatDate(today)}) or later`,
      });
    }
    const wasWarned = await checkWords(scene, 'question', input.question, input.send_anyway);
    const requestId = await store.insertRequest(tx.db, {
      childId: child.id,
      topic: input.topic,
      question: input.question,
      neededBy: input.needed_by,
      askedBy: actor.userId,
      askedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'decision.requested',
      recordType: 'decision_request',
      recordId: requestId,
      fields: [
        'topic',
        'question',
        ...(input.needed_by ? ['needed_by'] : []),
        ...warned(wasWarned),
      ],
    });
    await tellAbout(scene, requestId, publicUrl);
    return { requestId };
  });
}

/** Checks the person may give views on this request (used before showing a wrong form again). */
export async function checkMayGiveViews(
  ctx: Ctx,
  childId: string,
  requestId: string,
): Promise<void> {
  await refuseWhen(ctx, 'decision.views_given', requestId, async () =>
    withPartnershipChild(
      ctx,
      'partnership.write',
      childId,
      async (scene) => (await openViews(scene, requestId)).refusal,
    ),
  );
}

/** The parents' views, in their own words, or written down by a worker who heard them. */
export async function giveViews(
  ctx: Ctx,
  childId: string,
  requestId: string,
  input: TViewsInput,
): Promise<void> {
  await refuseWhen(ctx, 'decision.views_given', requestId, async () =>
    withPartnershipChild(ctx, 'partnership.write', childId, async (scene) => {
      const { refusal } = await openViews(scene, requestId);
      if (refusal) return refusal;
      const wasWarned = await checkWords(scene, 'views', input.views, input.send_anyway);
      const saved = await store.updateViews(scene.tx.db, childId, requestId, {
        text: input.views,
        by: scene.actor.userId,
        at: scene.tx.now,
      });
      if (!saved) throw new Conflict(ALREADY_DECIDED);
      await recordAudit(scene.tx, {
        action: 'decision.views_given',
        recordType: 'decision_request',
        recordId: requestId,
        fields: ['parent_views', ...warned(wasWarned)],
      });
      return null;
    }),
  );
}

/** Checks the person may answer this request (used before showing a wrong form again). */
export async function checkMayDecide(ctx: Ctx, childId: string, requestId: string): Promise<void> {
  await refuseWhen(ctx, 'decision.made', requestId, async () =>
    withPartnershipChild(
      ctx,
      decideAction(ctx),
      childId,
      async (scene) => (await openDecision(scene, requestId)).refusal,
    ),
  );
}

/** Records the answer, once; everyone else in the space hears there is a decision to look at. */
export async function decide(
  ctx: Ctx,
  childId: string,
  requestId: string,
  input: TDecideInput,
  publicUrl: string,
): Promise<void> {
  await refuseWhen(ctx, 'decision.made', requestId, async () =>
    withPartnershipChild(ctx, decideAction(ctx), childId, async (scene) => {
      const { refusal } = await openDecision(scene, requestId);
      if (refusal) return refusal;
      const wasWarned = await checkWords(scene, 'notes', input.notes, input.send_anyway);
      const saved = await store.updateOutcome(scene.tx.db, childId, requestId, {
        outcome: input.outcome,
        notes: input.notes,
        by: scene.actor.userId,
        at: scene.tx.now,
      });
      if (!saved) throw new Conflict(ALREADY_DECIDED);
      await recordAudit(scene.tx, {
        action: 'decision.made',
        recordType: 'decision_request',
        recordId: requestId,
        fields: ['outcome', ...(input.notes ? ['outcome_notes'] : []), ...warned(wasWarned)],
      });
      await tellAbout(scene, requestId, publicUrl);
      return null;
    }),
  );
}

const ALREADY_DECIDED =
  'This has already been decided, so it cannot be changed here. The answer is on this page.';

// Staff answer any request as the ones who set up the partnership; carers and parents answer
// what the placement plan gives them, which is checked on the request's topic.
function decideAction(ctx: Ctx) {
  return ctx.actor && partyOf(ctx.actor) === 'staff' ? 'partnership.manage' : 'partnership.write';
}

async function findOpenRequest(scene: PartnershipScene, requestId: string) {
  const request = await store.findRequest(scene.tx.db, scene.child.id, requestId);
  if (!request) throw new NotFound();
  return request;
}

async function openViews(scene: PartnershipScene, requestId: string) {
  const request = await findOpenRequest(scene, requestId);
  if (scene.party === 'carer') {
    return {
      refusal: `Only ${scene.child.knownAs}’s parents give their views here, or a worker writes them down for them. You can talk it over with them in family time or in a message.`,
    };
  }
  if (request.outcome) throw new Conflict(alreadyDecidedBy(scene, request));
  return { refusal: null };
}

async function openDecision(scene: PartnershipScene, requestId: string) {
  const request = await findOpenRequest(scene, requestId);
  const decidedBy = await store.findDeciderOf(scene.tx.db, scene.child.id, request.topic);
  if (!mayDecide(scene.party, decidedBy)) {
    const { deciders } = await findDeciders(scene);
    return { refusal: whyMayNotDecide(decidedBy, deciders) };
  }
  if (request.outcome) throw new Conflict(alreadyDecidedBy(scene, request));
  return { refusal: null };
}

function alreadyDecidedBy(
  scene: PartnershipScene,
  request: Awaited<ReturnType<typeof findOpenRequest>>,
): string {
  const who = request.decidedBy ? nameForReader(scene, request.decidedBy) : 'someone else';
  return `The answer was already recorded by ${who === 'You' ? 'you' : who}, so it cannot be changed here.`;
}

// A refusal is decided inside the transaction but audited outside it, so the entry survives the
// rollback the refusal causes.
async function refuseWhen(
  ctx: Ctx,
  action: AuditAction,
  requestId: string,
  work: () => Promise<string | null>,
): Promise<void> {
  const refusal = await work();
  if (refusal === null) return;
  await recordAudit(ctx, {
    action,
    recordType: 'decision_request',
    recordId: requestId,
    outcome: 'refused',
  });
  throw new Forbidden(refusal);
}

// Requests have no column of their own for it, so sending after the confidentiality warning is
// kept in the audit entry of what was sent.
const warned = (wasWarned: boolean) => (wasWarned ? ['sent_after_warning'] : []);

async function checkWords(
  scene: PartnershipScene,
  field: string,
  text: string,
  sendAnyway: 'yes' | undefined,
): Promise<boolean> {
  if (text === '') return false;
  const { tx, child, home, party } = scene;
  return assertSafeToSend({
    field,
    texts: [text],
    known: await findKnownLocatingDetails(tx.db, child.id, home),
    isGuarded: party !== 'parent' && (home?.isConfidential ?? false),
    sendAnyway: sendAnyway === 'yes',
    childName: child.knownAs,
  });
}

async function tellAbout(scene: PartnershipScene, requestId: string, publicUrl: string) {
  const { tx, actor, child, settings } = scene;
  const { members } = await findDeciders(scene);
  await tellSpace(tx, {
    members,
    label: settings.emailLabel,
    what: 'decision',
    exceptUserId: actor.userId,
    publicUrl,
    pathFor: (party) => partnershipPaths.decision(party, child.id, requestId),
  });
}
