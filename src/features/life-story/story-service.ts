// Reading a child's life story: the page, and each photo in it, for whoever may see them.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { readStoredFile, type StoredFile } from '../../core/files/stored-files.ts';
import { withBelongingChild, type BelongingScene } from '../belonging/child-access.ts';
import { findConnections } from '../belonging/connection-store.ts';
import { isEntryVisible } from '../belonging/visibility.ts';
import { findEntries, findEntry, findIdentity } from './store.ts';
import { buildStory, type Story } from './story.ts';

/** A story with what this person may do with it. */
export type StoryView = Story & {
  abilities: { canAdd: boolean; canCheck: boolean };
};

/** Loads everything the agency holds of a child's story and filters it for this viewer. */
export async function loadStory(scene: BelongingScene): Promise<Story> {
  const { tx, child, viewer, actor } = scene;
  const identity = await findIdentity(tx.db, child.id);
  if (!identity) throw new NotFound();
  const source = {
    child: {
      id: child.id,
      knownAs: child.knownAs,
      fullName: child.fullName,
      dateOfBirth: child.dateOfBirth,
    },
    identity,
    entries: await findEntries(tx.db, child.id),
    people: await findConnections(tx.db, child.id),
  };
  return buildStory(source, viewer, actor.userId);
}

/** A child's story as this person may see it; the read is audited. */
export async function readStory(ctx: Ctx, childId: string): Promise<StoryView> {
  return withBelongingChild(ctx, 'belonging.read', childId, async (scene) => {
    const story = await loadStory(scene);
    await recordAudit(scene.tx, {
      action: 'belonging.read',
      recordType: 'child',
      recordId: childId,
      fields: ['life_story'],
    });
    const resource = { kind: 'child' as const, id: childId };
    return {
      ...story,
      abilities: {
        canAdd: can(scene.actor, 'belonging.contribute', resource).allowed,
        canCheck: can(scene.actor, 'belonging.manage', resource).allowed,
      },
    };
  });
}

/**
 * The photo of one entry, for someone who may see that entry (a hidden or unshared entry's photo
 * is not found, exactly as the entry is not). Each view is audited as a file read.
 */
export async function readEntryPhoto(
  ctx: Ctx,
  files: FileStore,
  childId: string,
  entryId: string,
): Promise<StoredFile> {
  return withBelongingChild(ctx, 'belonging.read', childId, async ({ tx, viewer, actor }) => {
    const entry = await findEntry(tx.db, childId, entryId);
    if (!entry?.fileId || !isEntryVisible(viewer, actor.userId, entry)) throw new NotFound();
    const file = await readStoredFile(tx.db, files, entry.fileId);
    if (!file) throw new NotFound();
    await recordAudit(tx, {
      action: 'file.read',
      recordType: 'stored_file',
      recordId: file.id,
      fields: ['life_story_photo'],
    });
    return file;
  });
}
