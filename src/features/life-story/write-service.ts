// Adding to a child's life story, and the checks and choices that follow: a worker checks what the
// young person and the birth family add; the young person decides what their carers see of theirs.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { cleanImage } from '../../core/files/images.ts';
import { saveImage } from '../../core/files/stored-files.ts';
import { getAgencySettings } from '../../core/settings.ts';
import {
  withBelongingChild,
  type BelongingChild,
  type BelongingScene,
} from '../belonging/child-access.ts';
import type { Viewer } from '../belonging/visibility.ts';
import { assertSafeToShare, problemsWithSharing, warnedFields } from './family-check.ts';
import { kindsFor, newEntryStatus, problemWithHappenedOn } from './rules.ts';
import type { TCheckInput, TEntryInput, TSharingInput } from './schemas.ts';
import * as store from './store.ts';
import { toStoryEntry, type StoryEntry } from './story.ts';

/** What the empty form needs: whose story, who is adding, and the dates an entry may carry. */
export type EntryForm = {
  child: { id: string; knownAs: string; fullName: string; dateOfBirth: string };
  viewer: Viewer;
  today: string;
  /** Staff may share what they add with the child's birth family straight away. */
  canShareWithFamily: boolean;
};

/** Opens the form for adding to a child's story; showing the child's name is audited. */
export async function startEntry(ctx: Ctx, childId: string): Promise<EntryForm> {
  return withBelongingChild(ctx, 'belonging.contribute', childId, async (scene) => {
    await recordAudit(scene.tx, {
      action: 'belonging.read',
      recordType: 'child',
      recordId: childId,
      fields: ['known_as'],
    });
    return {
      child: scene.child,
      viewer: scene.viewer,
      today: scene.today,
      canShareWithFamily: can(scene.actor, 'belonging.manage', { kind: 'child', id: childId })
        .allowed,
    };
  });
}

/** What happened to a new entry: its id, and whether it waits for a worker's check. */
export type Added = { id: string; isWaiting: boolean; knownAs: string };

/**
 * Adds an entry to the story. A photo is re-encoded without its metadata (core/files); a date in
 * the future or before the child was born, a missing photo for a photo entry, a file that is not
 * a photo, and words shared with the family that could locate a child in a confidential home
 * are all reported together by field, and nothing is kept.
 */
export async function addEntry(
  ctx: Ctx,
  files: FileStore,
  childId: string,
  input: TEntryInput,
  photo: Buffer,
): Promise<Added> {
  return withBelongingChild(ctx, 'belonging.contribute', childId, async (scene) => {
    const { tx, actor, viewer, child } = scene;
    const isShared =
      input.shareWithFamily &&
      can(actor, 'belonging.manage', { kind: 'child', id: childId }).allowed;
    const errors = await problemsWithEntry(scene, input, photo);
    // Only what the family will read is checked: an entry kept from them tells them nothing.
    const sharing = isShared
      ? await problemsWithSharing(tx.db, {
          child,
          field: 'body',
          texts: [input.title, input.body],
          sendAnyway: input.sendAnyway ?? false,
        })
      : { errors: {}, wasWarned: false };
    Object.assign(errors, sharing.errors);
    // Nothing is stored while anything else is wrong, but the photo is still checked, so every
    // problem is told at once.
    if (Object.keys(errors).length > 0) {
      Object.assign(errors, await problemsWithPhoto(photo));
      throw new Invalid(errors);
    }
    const fileId =
      photo.length > 0
        ? await saveImage(tx.db, files, { bytes: photo, field: 'photo', uploadedBy: actor.userId })
        : null;
    const status = newEntryStatus(viewer);
    const id = await store.insertEntry(tx.db, {
      childId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      happenedOn: input.happenedOn,
      fileId,
      addedBy: actor.userId,
      addedByRole: actor.role,
      status,
      isHiddenFromCarers: viewer === 'young_person' && input.keepFromCarers,
      isSharedWithFamily: isShared,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'life_story.entry_added',
      recordType: 'life_story_entry',
      recordId: id,
      fields: [
        'kind',
        'title',
        'body',
        'happened_on',
        ...(fileId ? ['file_id'] : []),
        ...(isShared ? ['is_shared_with_family'] : []),
        ...warnedFields(sharing.wasWarned),
      ],
    });
    return { id, isWaiting: status === 'awaiting_check', knownAs: child.knownAs };
  });
}

// What is wrong with a new entry besides the photo itself: a kind this person may not add, a
// date in the future or before the child was born, a photo entry without its photo.
async function problemsWithEntry(
  scene: BelongingScene,
  input: TEntryInput,
  photo: Buffer,
): Promise<FieldErrors> {
  const { viewer, child, today } = scene;
  const errors: FieldErrors = {};
  if (!kindsFor(viewer).includes(input.kind)) {
    errors.kind = 'Choose a memory, a letter or a photo';
  }
  const { locale } = await getAgencySettings(scene.tx.db);
  const dateProblem = problemWithHappenedOn(input.happenedOn, {
    today,
    dateOfBirth: child.dateOfBirth,
    bornWords: viewer === 'young_person' ? 'you were born' : `${child.knownAs} was born`,
    locale,
  });
  if (dateProblem) errors.happenedOn = dateProblem;
  if (photo.length === 0 && input.kind === 'photo') {
    errors.photo = 'Choose the photo to add: a photo entry needs one';
  }
  return errors;
}

/**
 * A worker publishes or declines an addition waiting for a check. Publishing it to the family
 * runs the confidentiality check over its title and words first.
 */
export async function checkEntry(
  ctx: Ctx,
  childId: string,
  entryId: string,
  input: TCheckInput,
): Promise<{ title: string; isPublished: boolean }> {
  return withBelongingChild(ctx, 'belonging.manage', childId, async ({ tx, actor, child }) => {
    const entry = await store.findEntry(tx.db, childId, entryId);
    if (!entry) throw new NotFound();
    if (entry.status !== 'awaiting_check') {
      throw new Conflict(`“${entry.title}” has already been checked.`);
    }
    const wasWarned = input.shareWithFamily
      ? await assertSafeToShare(tx.db, {
          child,
          field: 'share',
          texts: [entry.title, entry.body],
          sendAnyway: input.sendAnyway,
        })
      : false;
    await store.markChecked(tx.db, {
      id: entryId,
      status: input.decision === 'publish' ? 'published' : 'declined',
      declineReason: input.reason,
      isSharedWithFamily: input.shareWithFamily,
      checkedBy: actor.userId,
      checkedAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'life_story.entry_checked',
      recordType: 'life_story_entry',
      recordId: entryId,
      fields: [
        'status',
        'is_shared_with_family',
        ...(input.reason ? ['decline_reason'] : []),
        ...warnedFields(wasWarned),
      ],
    });
    return { title: entry.title, isPublished: input.decision === 'publish' };
  });
}

/**
 * One entry on its own for a worker: a check shown again with what was wrong with the answer, or
 * the warning before sharing an entry with the family.
 */
export async function readEntryForWorker(
  ctx: Ctx,
  childId: string,
  entryId: string,
): Promise<{ child: BelongingChild; entry: StoryEntry }> {
  return withBelongingChild(
    ctx,
    'belonging.manage',
    childId,
    async ({ tx, child, viewer, actor }) => {
      const stored = await store.findEntry(tx.db, childId, entryId);
      if (!stored) throw new NotFound();
      await recordAudit(tx, {
        action: 'belonging.read',
        recordType: 'child',
        recordId: childId,
        fields: ['life_story'],
      });
      return { child, entry: toStoryEntry(stored, viewer, actor.userId) };
    },
  );
}

/**
 * Staff decide, later too, whether a checked entry is shared with the child's birth family;
 * starting to share it runs the confidentiality check over its title and words first.
 */
export async function changeFamilySharing(
  ctx: Ctx,
  childId: string,
  entryId: string,
  input: TSharingInput,
): Promise<{ title: string }> {
  return withBelongingChild(ctx, 'belonging.manage', childId, async ({ tx, child }) => {
    const entry = await store.findEntry(tx.db, childId, entryId);
    if (!entry) throw new NotFound();
    if (entry.status !== 'published') {
      throw new Conflict(`“${entry.title}” is not in the story yet: check it first.`);
    }
    const wasWarned =
      input.isShared && !entry.isSharedWithFamily
        ? await assertSafeToShare(tx.db, {
            child,
            field: 'share',
            texts: [entry.title, entry.body],
            sendAnyway: input.sendAnyway,
          })
        : false;
    await store.setSharedWithFamily(tx.db, entryId, input.isShared);
    await recordAudit(tx, {
      action: 'life_story.entry_changed',
      recordType: 'life_story_entry',
      recordId: entryId,
      fields: ['is_shared_with_family', ...warnedFields(wasWarned)],
    });
    return { title: entry.title };
  });
}

/** The young person decides whether their carers see something they added themselves. */
export async function changeCarersChoice(
  ctx: Ctx,
  childId: string,
  entryId: string,
  isHidden: boolean,
): Promise<{ title: string }> {
  return withBelongingChild(ctx, 'belonging.contribute', childId, async ({ tx, viewer, actor }) => {
    const entry = await store.findEntry(tx.db, childId, entryId);
    // Only their own additions are theirs to decide about; anything else is not found.
    if (!entry || viewer !== 'young_person' || entry.addedBy !== actor.userId) {
      throw new NotFound();
    }
    await store.setHiddenFromCarers(tx.db, entryId, isHidden);
    await recordAudit(tx, {
      action: 'life_story.entry_changed',
      recordType: 'life_story_entry',
      recordId: entryId,
      fields: ['is_hidden_from_carers'],
    });
    return { title: entry.title };
  });
}

/** What is wrong with an uploaded photo, by field; nothing when there is none or it is fine. */
export async function problemsWithPhoto(photo: Buffer): Promise<FieldErrors> {
  if (photo.length === 0) return {};
  try {
    await cleanImage(photo, 'photo');
    return {};
  } catch (error) {
    if (error instanceof Invalid) return error.fieldErrors;
    throw error;
  }
}
