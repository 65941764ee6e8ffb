// A worker reading what a parent wrote before it reaches anyone: every message and reply about a
// child that is waiting, and the two decisions, pass it on or not (with a reason its author reads).
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, NotFound } from '../../core/errors.ts';
import { findSpaceMembers, nameAsSeenBy } from '../partnership/members.ts';
import { tellSpace } from '../partnership/notify.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { withPartnershipChild, type PartnershipScene } from '../partnership/space.ts';
import { attachmentAlt } from './rules.ts';
import type { TRejectInput } from './schemas.ts';
import * as store from './store.ts';

/** A message or reply waiting for a worker, as the waiting page shows it. */
export type WaitingMessage = {
  id: string;
  authorName: string;
  body: string;
  sentAt: Date;
  picture: { href: string; alt: string } | null;
  /** Where the update is, when this is a reply to one. */
  updateHref: string | null;
};

/** The waiting page: whose space, and what waits, oldest first. */
export type Waiting = { child: { id: string; knownAs: string }; messages: WaitingMessage[] };

/** Everything about this child waiting for a worker; reading it is audited. */
export async function readWaiting(ctx: Ctx, childId: string): Promise<Waiting> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async ({ tx, child }) => {
    const rows = await store.findHeldMessages(tx.db, childId);
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['messages_waiting'],
    });
    return {
      child: { id: child.id, knownAs: child.knownAs },
      messages: rows.map((row) => {
        const authorName = nameAsSeenBy(
          'staff',
          { name: row.authorName, role: row.authorRole },
          false,
        );
        return {
          id: row.id,
          authorName,
          body: row.body,
          sentAt: row.createdAt,
          picture: row.fileId
            ? {
                href: partnershipPaths.messageFile('staff', childId, row.id),
                alt: attachmentAlt(row.fileKind, authorName),
              }
            : null,
          updateHref: row.updateId ? partnershipPaths.update('staff', childId, row.updateId) : null,
        };
      }),
    };
  });
}

/** Who a decision was about, for the words that confirm it. */
export type Moderated = { authorName: string; knownAs: string };

// The held message a decision is about: another child's or an unknown one is not found; one
// already decided on is a conflict that says so.
async function findHeld(scene: PartnershipScene, messageId: string) {
  const message = await store.findMessage(scene.tx.db, scene.child.id, messageId);
  if (!message) throw new NotFound();
  if (message.status !== 'held') {
    throw new Conflict(
      message.status === 'delivered'
        ? 'This message has already been passed on. There is nothing more to do.'
        : 'This message has already been kept back, and its author has been told why.',
    );
  }
  return message;
}

/**
 * Passes a held message on: it is delivered now and the space hears of it by email, except its
 * author (who knows what they wrote) and the worker who passed it on.
 */
export async function deliverMessage(
  ctx: Ctx,
  childId: string,
  messageId: string,
  publicUrl: string,
): Promise<Moderated> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child, home, settings } = scene;
    const message = await findHeld(scene, messageId);
    const changed = await store.moderateMessage(tx.db, {
      childId,
      messageId,
      status: 'delivered',
      note: '',
      by: actor.userId,
      at: ctx.now,
    });
    if (!changed) throw new Conflict('Someone else has just decided on this message.');
    await recordAudit(tx, {
      action: 'partnership.message_released',
      recordType: 'partnership_message',
      recordId: messageId,
      fields: ['status', 'delivered_at', 'moderated_by'],
    });
    const members = await findSpaceMembers(tx.db, childId, home);
    const updateId = changed.updateId;
    await tellSpace(tx, {
      members: {
        ...members,
        worker: members.worker?.userId === actor.userId ? null : members.worker,
      },
      label: settings.emailLabel,
      what: updateId ? 'reply' : 'message',
      exceptUserId: changed.authorId,
      publicUrl,
      pathFor: (reader) =>
        updateId
          ? partnershipPaths.update(reader, childId, updateId)
          : partnershipPaths.messages(reader, childId),
    });
    return { authorName: message.authorName, knownAs: child.knownAs };
  });
}

/** Keeps a held message back for good, with the reason its author will read. Nobody is emailed. */
export async function rejectMessage(
  ctx: Ctx,
  childId: string,
  messageId: string,
  input: TRejectInput,
): Promise<Moderated> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child } = scene;
    const message = await findHeld(scene, messageId);
    const changed = await store.moderateMessage(tx.db, {
      childId,
      messageId,
      status: 'rejected',
      note: input.reason,
      by: actor.userId,
      at: ctx.now,
    });
    if (!changed) throw new Conflict('Someone else has just decided on this message.');
    await recordAudit(tx, {
      action: 'partnership.message_rejected',
      recordType: 'partnership_message',
      recordId: messageId,
      fields: ['status', 'moderation_note', 'moderated_by'],
    });
    return { authorName: message.authorName, knownAs: child.knownAs };
  });
}
