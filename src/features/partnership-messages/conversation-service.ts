// Reading the conversation about a child: the page of messages each member may see, with who has
// seen them, and each message's picture. Opening the page marks the space as read.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import type { MessageStatus } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { readStoredFile, type StoredFile } from '../../core/files/stored-files.ts';
import { isMessageVisible } from '../partnership/delivery.ts';
import { findSpaceMembers, nameAsSeenBy, recipientsOf } from '../partnership/members.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { withPartnershipChild, type Party } from '../partnership/space.ts';
import { attachmentAlt, seenBy } from './rules.ts';
import { PAGE_SIZE } from './schemas.ts';
import * as store from './store.ts';

/** One message as the person looking may see it. */
export type ShownMessage = {
  id: string;
  /** The author as the person looking may know them ("Sam, foster carer" to a parent). */
  authorName: string;
  isOwn: boolean;
  body: string;
  sentAt: Date;
  status: MessageStatus;
  /** A worker's reason for not passing it on: only its author and staff see the message at all. */
  moderationNote: string;
  /** The sender was warned it might say where the child lives, and sent it anyway (staff only). */
  wasWarned: boolean;
  picture: { href: string; alt: string } | null;
  seenBy: string[];
};

/** A page of the conversation, oldest to newest, and what the person looking may do. */
export type Conversation = {
  child: { id: string; knownAs: string };
  party: Party;
  messages: ShownMessage[];
  /** The link to the messages before these, when there are any. */
  earlierHref: string | null;
  /** This page shows earlier messages, not the latest. */
  isEarlier: boolean;
  /** A parent whose messages a worker reads first is told so beside the form. */
  isReviewed: boolean;
  /** The carers' home is confidential: the form reminds them to check their photos. */
  isHomeConfidential: boolean;
  /** Messages waiting for a worker, for those who decide on them; null for everyone else. */
  waitingCount: number | null;
};

/**
 * The latest messages about the child (or those before `before`), each filtered through the
 * delivery rules; reading them marks the space as read and is audited.
 */
export async function readConversation(
  ctx: Ctx,
  childId: string,
  before: Date | null,
): Promise<Conversation> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, actor, party, child, home } = scene;
    const looking = { party, userId: actor.userId };
    const isHomeConfidential = home?.isConfidential ?? false;
    const rows = await store.findConversation(tx.db, childId, looking, before, PAGE_SIZE + 1);
    const page = rows.slice(0, PAGE_SIZE).filter((row) => isMessageVisible(looking, row));
    const members = await findSpaceMembers(tx.db, childId, home);
    const memberIds = new Set(recipientsOf(members, '').map((member) => member.userId));
    const readers = await store.findReads(tx.db, childId);
    const messages = page.reverse().map((row): ShownMessage => {
      const authorName = nameAsSeenBy(
        party,
        { name: row.authorName, role: row.authorRole },
        isHomeConfidential,
      );
      return {
        id: row.id,
        authorName,
        isOwn: row.authorId === actor.userId,
        body: row.body,
        sentAt: row.createdAt,
        status: row.status,
        moderationNote: row.status === 'rejected' ? row.moderationNote : '',
        wasWarned: party === 'staff' && row.wasWarned,
        picture: row.fileId
          ? {
              href: partnershipPaths.messageFile(party, childId, row.id),
              alt: attachmentAlt(row.fileKind, authorName),
            }
          : null,
        seenBy: seenBy(row, readers, { ...looking, isHomeConfidential }, memberIds),
      };
    });
    await store.markRead(tx.db, childId, actor.userId, ctx.now);
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['messages'],
    });
    const oldest = messages[0];
    const canModerate = can(actor, 'partnership.manage', { kind: 'child', id: childId }).allowed;
    return {
      child: { id: child.id, knownAs: child.knownAs },
      party,
      messages,
      earlierHref:
        rows.length > PAGE_SIZE && oldest
          ? `${partnershipPaths.messages(party, childId)}?before=${encodeURIComponent(oldest.sentAt.toISOString())}`
          : null,
      isEarlier: before !== null,
      isReviewed:
        party === 'parent' &&
        members.parents.some(
          (parent) => parent.userId === actor.userId && parent.level === 'reviewed',
        ),
      isHomeConfidential,
      waitingCount: canModerate ? await store.countHeldMessages(tx.db, childId) : null,
    };
  });
}

/**
 * A message's picture, for someone who may see that message (anyone else: not found, exactly as
 * the message is not). Each view is audited as a file read.
 */
export async function readMessageFile(
  ctx: Ctx,
  files: FileStore,
  childId: string,
  messageId: string,
): Promise<StoredFile> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async ({ tx, actor, party }) => {
    const message = await store.findMessage(tx.db, childId, messageId);
    if (!message?.fileId || !isMessageVisible({ party, userId: actor.userId }, message)) {
      throw new NotFound();
    }
    const file = await readStoredFile(tx.db, files, message.fileId);
    if (!file) throw new NotFound();
    await recordAudit(tx, {
      action: 'file.read',
      recordType: 'stored_file',
      recordId: file.id,
      fields: ['partnership_message_attachment'],
    });
    return file;
  });
}
