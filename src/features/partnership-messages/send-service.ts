// Sending a message to the people around a child. Carers' and workers' words are checked for what
// might tell a parent where the child lives; a picture is re-encoded so nothing but its pixels is
// kept; a parent whose messages a worker reads first has theirs held, and only staff hear of it.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Invalid } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { saveImage } from '../../core/files/stored-files.ts';
import { assertSafeToSend } from '../partnership/confidentiality.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import { statusForNewMessage } from '../partnership/delivery.ts';
import { findSpaceMembers } from '../partnership/members.ts';
import { tellSpace } from '../partnership/notify.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { withPartnershipChild } from '../partnership/space.ts';
import { problemsWithAttachment } from './attachment.ts';
import { problemsWithMessage } from './rules.ts';
import type { TMessageInput } from './schemas.ts';
import * as store from './store.ts';

/** What became of a message: delivered at once, or held for a worker to read first. */
export type Sent = { id: string; status: 'delivered' | 'held'; knownAs: string };

/**
 * Sends a message, with or without a picture. Anything wrong (no words and no picture, words that
 * might locate the child, a file that is not a picture) is reported by field and nothing is kept.
 */
export async function sendMessage(
  ctx: Ctx,
  files: FileStore,
  childId: string,
  input: TMessageInput,
  attachment: Buffer,
  publicUrl: string,
): Promise<Sent> {
  return withPartnershipChild(ctx, 'partnership.write', childId, async (scene) => {
    const { tx, actor, party, child, home, settings } = scene;
    const problems = problemsWithMessage(input.body, attachment.length > 0);
    if (Object.keys(problems).length > 0) {
      throw new Invalid({ ...problems, ...(await problemsWithAttachment(attachment)) });
    }
    const wasWarned = assertSafeToSend({
      field: 'body',
      texts: [input.body],
      known: await findKnownLocatingDetails(tx.db, childId, home),
      isGuarded: party !== 'parent' && (home?.isConfidential ?? false),
      sendAnyway: input.send_anyway === 'yes',
      childName: child.knownAs,
    });
    const fileId =
      attachment.length > 0
        ? await saveImage(tx.db, files, {
            bytes: attachment,
            field: 'attachment',
            uploadedBy: actor.userId,
          })
        : null;
    const members = await findSpaceMembers(tx.db, childId, home);
    const status = statusForNewMessage(party, actor.userId, members);
    const id = await store.insertMessage(tx.db, {
      childId,
      authorId: actor.userId,
      body: input.body,
      fileId,
      fileKind: fileId ? input.attachment_kind : null,
      status,
      wasWarned,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: status === 'held' ? 'partnership.message_held' : 'partnership.message_sent',
      recordType: 'partnership_message',
      recordId: id,
      fields: ['body', ...(fileId ? ['file_id'] : []), ...(wasWarned ? ['was_warned'] : [])],
    });
    // A held message is news only for the worker who reads it first.
    const isHeld = status === 'held';
    await tellSpace(tx, {
      members,
      label: settings.emailLabel,
      what: 'message',
      exceptUserId: actor.userId,
      publicUrl,
      pathFor: (reader) =>
        isHeld ? partnershipPaths.moderation(childId) : partnershipPaths.messages(reader, childId),
      ...(isHeld ? { only: ['staff'] as const } : {}),
    });
    return { id, status, knownAs: child.knownAs };
  });
}
