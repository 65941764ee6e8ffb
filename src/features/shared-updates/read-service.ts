// Reading a child's shared updates: the list, one update with its replies, and an update's photo,
// for everyone in the space. Every read is audited.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { readStoredFile, type StoredFile } from '../../core/files/stored-files.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { statusForNewMessage } from '../partnership/delivery.ts';
import { findSpaceMembers } from '../partnership/members.ts';
import { withPartnershipChild, type Party } from '../partnership/space.ts';
import { defaultLifeStoryTitle } from './rules.ts';
import { UPDATES_PER_PAGE } from './schemas.ts';
import * as store from './store.ts';
import {
  readerOf,
  toReplyLines,
  toUpdateCards,
  type ReplyLine,
  type UpdateCard,
} from './update-cards.ts';

/** The child an updates page is about, as the page names them. */
export type UpdatesChild = { id: string; knownAs: string; fullName: string };

/** A page of a child's updates, with what this reader may do. */
export type UpdatesView = {
  child: UpdatesChild;
  party: Party;
  updates: UpdateCard[];
  page: number;
  pageCount: number;
  abilities: { canPost: boolean };
};

/** A page of the child's updates, the newest first; the read is audited. */
export async function listUpdates(ctx: Ctx, childId: string, page: number): Promise<UpdatesView> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, child, party, actor } = scene;
    const total = await store.countUpdates(tx.db, childId);
    const pageCount = Math.max(1, Math.ceil(total / UPDATES_PER_PAGE));
    const shown = Math.min(page, pageCount);
    const stored = await store.findUpdatePage(tx.db, childId, {
      limit: UPDATES_PER_PAGE,
      offset: (shown - 1) * UPDATES_PER_PAGE,
    });
    const ids = stored.map((update) => update.id);
    const updates = toUpdateCards(
      stored,
      await store.findReactions(tx.db, ids),
      await store.findReplies(tx.db, childId, ids),
      readerOf(scene, actor.userId),
    );
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['shared_updates'],
    });
    return {
      child: nameOf(child),
      party,
      updates,
      page: shown,
      pageCount,
      abilities: { canPost: party !== 'parent' },
    };
  });
}

/** One update with the replies this reader may see, and what they may do with it. */
export type UpdateView = {
  child: UpdatesChild;
  party: Party;
  update: UpdateCard;
  replies: ReplyLine[];
  /** The title a life story entry gets when none is given. */
  defaultTitle: string;
  /** The reader's replies wait for a worker before they are passed on. */
  isReplyReviewed: boolean;
  abilities: { canAddToLifeStory: boolean };
};

/** One update and its replies; the read is audited. */
export async function readUpdate(ctx: Ctx, childId: string, updateId: string): Promise<UpdateView> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, child, party, actor, home } = scene;
    const stored = await store.findUpdate(tx.db, childId, updateId);
    if (!stored) throw new NotFound();
    const members = await findSpaceMembers(tx.db, childId, home);
    const reader = readerOf(scene, actor.userId);
    const replies = await store.findReplies(tx.db, childId, [updateId]);
    const [update] = toUpdateCards(
      [stored],
      await store.findReactions(tx.db, [updateId]),
      replies,
      reader,
    );
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['shared_update', 'replies'],
    });
    const { locale } = await getAgencySettings(tx.db);
    const resource = { kind: 'child' as const, id: childId };
    return {
      child: nameOf(child),
      party,
      update: update!,
      replies: toReplyLines(replies, reader),
      defaultTitle: defaultLifeStoryTitle(stored.topic, stored.happenedOn, locale),
      isReplyReviewed: statusForNewMessage(party, actor.userId, members) === 'held',
      abilities: {
        canAddToLifeStory:
          party !== 'parent' &&
          stored.lifeStoryEntryId === null &&
          can(actor, 'belonging.contribute', resource).allowed,
      },
    };
  });
}

/**
 * The photo of one of the child's updates, for anyone in the space; another child's update is
 * not found. Each view is audited as a file read.
 */
export async function readUpdatePhoto(
  ctx: Ctx,
  files: FileStore,
  childId: string,
  updateId: string,
): Promise<StoredFile> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async ({ tx }) => {
    const update = await store.findUpdate(tx.db, childId, updateId);
    if (!update?.fileId) throw new NotFound();
    const file = await readStoredFile(tx.db, files, update.fileId);
    if (!file) throw new NotFound();
    await recordAudit(tx, {
      action: 'file.read',
      recordType: 'stored_file',
      recordId: file.id,
      fields: ['shared_update_photo'],
    });
    return file;
  });
}

function nameOf(child: UpdatesChild): UpdatesChild {
  return { id: child.id, knownAs: child.knownAs, fullName: child.fullName };
}
