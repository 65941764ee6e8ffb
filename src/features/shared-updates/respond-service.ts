// Answering an update: a reaction (one per person, changed or taken back at will) and replies,
// which are delivered or held for a worker exactly as messages in the space are.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import type { UpdateReaction } from '../../core/db/tables.ts';
import { assertSafeToSend } from '../partnership/confidentiality.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import { statusForNewMessage } from '../partnership/delivery.ts';
import { findSpaceMembers } from '../partnership/members.ts';
import { tellSpace } from '../partnership/notify.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { withPartnershipChild, type Party } from '../partnership/space.ts';
import type { TReplyInput } from './schemas.ts';
import * as store from './store.ts';

/** Gives the reader's reaction to an update in place of any before, or takes it away (null). */
export async function reactToUpdate(
  ctx: Ctx,
  childId: string,
  updateId: string,
  reaction: UpdateReaction | null,
): Promise<{ party: Party }> {
  return withPartnershipChild(ctx, 'partnership.write', childId, async ({ tx, actor, party }) => {
    const update = await store.findUpdate(tx.db, childId, updateId);
    if (!update) throw new NotFound();
    if (reaction) {
      await store.saveReaction(tx.db, { updateId, userId: actor.userId, reaction, at: ctx.now });
    } else {
      await store.removeReaction(tx.db, updateId, actor.userId);
    }
    await recordAudit(tx, {
      action: 'partnership.update_reacted',
      recordType: 'shared_update',
      recordId: updateId,
      fields: ['reaction'],
    });
    return { party };
  });
}

/** What happened to a reply: passed on at once, or waiting for a worker. */
export type Replied = { party: Party; status: 'delivered' | 'held' };

/**
 * Replies to an update. A reviewed parent's reply waits for a worker and only staff hear of it;
 * anyone else's is delivered and the space hears of it. Carers' and workers' words pass the
 * confidentiality check first where the home is confidential.
 */
export async function replyToUpdate(
  ctx: Ctx,
  childId: string,
  updateId: string,
  input: TReplyInput,
  publicUrl: string,
): Promise<Replied> {
  return withPartnershipChild(ctx, 'partnership.write', childId, async (scene) => {
    const { tx, actor, party, child, home, settings } = scene;
    const update = await store.findUpdate(tx.db, childId, updateId);
    if (!update) throw new NotFound();
    const wasWarned = assertSafeToSend({
      field: 'body',
      texts: [input.body],
      known: await findKnownLocatingDetails(tx.db, childId, home),
      isGuarded: party !== 'parent' && (home?.isConfidential ?? false),
      sendAnyway: input.sendAnyway,
      childName: child.knownAs,
    });
    const members = await findSpaceMembers(tx.db, childId, home);
    const status = statusForNewMessage(party, actor.userId, members);
    const id = await store.insertReply(tx.db, {
      childId,
      updateId,
      authorId: actor.userId,
      body: input.body,
      status,
      wasWarned,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: status === 'held' ? 'partnership.message_held' : 'partnership.message_sent',
      recordType: 'partnership_message',
      recordId: id,
      fields: ['body', 'update_id', 'was_warned'],
    });
    await tellSpace(tx, {
      members,
      label: settings.emailLabel,
      what: 'reply',
      exceptUserId: actor.userId,
      publicUrl,
      ...(status === 'held'
        ? { only: ['staff'] as const, pathFor: () => partnershipPaths.moderation(childId) }
        : { pathFor: (reader: Party) => partnershipPaths.update(reader, childId, updateId) }),
    });
    return { party, status };
  });
}
