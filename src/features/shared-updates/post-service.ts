// Posting an update about a child's day for their family: the words pass the confidentiality
// check, the photo loses its metadata, and everyone else in the space hears there is something new.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { cleanImage } from '../../core/files/images.ts';
import { saveImage } from '../../core/files/stored-files.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { assertSafeToSend } from '../partnership/confidentiality.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import { findSpaceMembers } from '../partnership/members.ts';
import { tellSpace } from '../partnership/notify.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import type { PartnershipScene } from '../partnership/space.ts';
import { withCarerOrStaff } from './access.ts';
import { earliestDayFor, problemWithHappenedOn, type EarliestDay } from './rules.ts';
import type { TUpdateInput } from './schemas.ts';
import { insertUpdate } from './store.ts';

/** What the empty form needs: whose update, and the days it may be about. */
export type UpdateForm = {
  child: { id: string; knownAs: string };
  today: string;
  earliest: EarliestDay;
};

/** Opens the form for posting an update; showing the child's name is audited. */
export async function startUpdate(ctx: Ctx, childId: string): Promise<UpdateForm> {
  return withCarerOrStaff(ctx, childId, async (scene) => {
    await recordAudit(scene.tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['known_as'],
    });
    return formOf(scene);
  });
}

function formOf(scene: PartnershipScene): UpdateForm {
  return {
    child: { id: scene.child.id, knownAs: scene.child.knownAs },
    today: scene.today,
    earliest: earliestDayFor({
      knownAs: scene.child.knownAs,
      dateOfBirth: scene.child.dateOfBirth,
      homeStartedOn: scene.home?.startedOn ?? null,
      isCarer: scene.party === 'carer',
    }),
  };
}

/** A posted update: its id, and the form's facts for showing it again. */
export type Posted = { id: string; knownAs: string };

/**
 * Posts an update. A day out of range, a file that is not a photo and words that could locate the
 * child (where the home is confidential) are all reported together by field, and nothing is kept.
 */
export async function postUpdate(
  ctx: Ctx,
  files: FileStore,
  childId: string,
  input: TUpdateInput,
  photo: Buffer,
  publicUrl: string,
): Promise<Posted> {
  return withCarerOrStaff(ctx, childId, async (scene) => {
    const { tx, actor, child, home, settings } = scene;
    const { errors, wasWarned } = await problemsWithUpdate(scene, input);
    // Nothing is kept while anything else is wrong, but the photo is still checked, so every
    // problem is told at once; otherwise saving it checks it.
    if (Object.keys(errors).length > 0) {
      throw new Invalid({ ...errors, ...(await problemsWithPhoto(photo)) });
    }
    const fileId =
      photo.length > 0
        ? await saveImage(tx.db, files, { bytes: photo, field: 'photo', uploadedBy: actor.userId })
        : null;
    const id = await insertUpdate(tx.db, {
      childId,
      authorId: actor.userId,
      topic: input.topic,
      body: input.body,
      happenedOn: input.happenedOn,
      fileId,
      wasWarned,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'partnership.update_posted',
      recordType: 'shared_update',
      recordId: id,
      fields: ['topic', 'happened_on', 'body', ...(fileId ? ['file_id'] : []), 'was_warned'],
    });
    await tellSpace(tx, {
      members: await findSpaceMembers(tx.db, childId, home),
      label: settings.emailLabel,
      what: 'update',
      exceptUserId: actor.userId,
      publicUrl,
      pathFor: (party) => partnershipPaths.update(party, childId, id),
    });
    return { id, knownAs: child.knownAs };
  });
}

// What is wrong with an update besides its photo: its day, and anything locating in its words.
async function problemsWithUpdate(
  scene: PartnershipScene,
  input: TUpdateInput,
): Promise<{ errors: FieldErrors; wasWarned: boolean }> {
  const { tx, child, home, party, today } = scene;
  const errors: FieldErrors = {};
  const { locale } = await getAgencySettings(tx.db);
  const dayProblem = problemWithHappenedOn(input.happenedOn, {
    today,
    earliest: formOf(scene).earliest,
    locale,
  });
  if (dayProblem) errors.happened_on = dayProblem;
  let wasWarned = false;
  try {
    wasWarned = assertSafeToSend({
      field: 'body',
      texts: [input.body],
      known: await findKnownLocatingDetails(tx.db, child.id, home),
      isGuarded: party !== 'parent' && (home?.isConfidential ?? false),
      sendAnyway: input.sendAnyway,
      childName: child.knownAs,
    });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    Object.assign(errors, error.fieldErrors);
  }
  return { errors, wasWarned };
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
