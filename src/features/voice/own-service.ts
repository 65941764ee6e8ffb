// The young person's own voice: reading what they wrote, writing something new, and choosing
// whether their carers see it. Only the young person themselves reaches these.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize, requireActor } from '../../core/access/authorize.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { parseInput } from '../../core/http/validation.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { withBelongingChild, type BelongingScene } from '../belonging/child-access.ts';
import { presentEntry, SHOWN_FIELDS, type VoiceEntry } from './entries.ts';
import { tellWorkerAboutQuestion } from './notify.ts';
import { ZSharingInput, ZVoiceInput } from './schemas.ts';
import * as store from './store.ts';

/** The young person's voice page: what they wrote, newest first; or that the account waits. */
export type OwnVoice =
  { kind: 'not_linked' } | { kind: 'own'; knownAs: string; entries: VoiceEntry[] };

/**
 * The young person's own record, or null when their account is not linked to it yet. Anyone else
 * is refused here (and the refusal is audited): nobody writes in a young person's voice for them.
 */
async function ownChildId(ctx: Ctx): Promise<string | null> {
  const { actor } = requireActor(ctx);
  if (actor.role === 'young_person') return actor.reach.ownRecordChildId;
  await authorize(ctx, 'voice.write');
  throw new NotFound();
}

async function withOwnChild<T>(ctx: Ctx, work: (scene: BelongingScene) => Promise<T>): Promise<T> {
  const childId = await ownChildId(ctx);
  if (!childId) throw new NotFound();
  return withBelongingChild(ctx, 'voice.write', childId, work);
}

/** Everything the young person has written, with the answers to their questions. */
export async function readOwnVoice(ctx: Ctx): Promise<OwnVoice> {
  const childId = await ownChildId(ctx);
  if (!childId) return { kind: 'not_linked' };
  return withBelongingChild(ctx, 'voice.write', childId, async ({ tx, child }) => {
    const { timeZone } = await getAgencySettings(tx.db);
    const rows = await store.findVoiceEntries(tx.db, child.id);
    // Also marks when the young person last looked, for "new answers" on their home page.
    await recordAudit(tx, {
      action: 'voice.read',
      recordType: 'child',
      recordId: child.id,
      fields: SHOWN_FIELDS,
    });
    return {
      kind: 'own',
      knownAs: child.knownAs,
      entries: rows.map((row) => presentEntry(row, timeZone)),
    };
  });
}

/** What happened when the young person wrote: the entry, and whether their worker was emailed. */
export type Written = { id: string; isWorkerTold: boolean };

/** Saves what the young person wrote; a question emails their worker, saying nothing of it. */
export async function writeOwnVoice(ctx: Ctx, form: unknown, publicUrl: string): Promise<Written> {
  return withOwnChild(ctx, async ({ tx, child }) => {
    const input = parseInput(ZVoiceInput, form);
    const id = await store.insertVoiceEntry(tx.db, {
      childId: child.id,
      ...input,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'voice.written',
      recordType: 'voice_entry',
      recordId: id,
      fields: ['kind', 'body', 'is_shared_with_carers'],
    });
    const isWorkerTold =
      input.kind === 'question' ? await tellWorkerAboutQuestion(tx, child.id, publicUrl) : false;
    return { id, isWorkerTold };
  });
}

/** Lets the young person's carers see one of their entries, or stops them seeing it. */
export async function changeSharing(
  ctx: Ctx,
  voiceId: string,
  form: unknown,
): Promise<{ isSharedWithCarers: boolean }> {
  return withOwnChild(ctx, async ({ tx, child }) => {
    const entry = await store.findVoiceEntry(tx.db, child.id, voiceId);
    if (!entry) throw new NotFound();
    const { isSharedWithCarers } = parseInput(ZSharingInput, form);
    await store.updateSharing(tx.db, { childId: child.id, id: voiceId, isSharedWithCarers });
    await recordAudit(tx, {
      action: 'voice.sharing_changed',
      recordType: 'voice_entry',
      recordId: voiceId,
      fields: ['is_shared_with_carers'],
    });
    return { isSharedWithCarers };
  });
}
