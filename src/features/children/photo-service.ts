// A child's photo: uploaded by the staff who keep the record, re-encoded without its metadata,
// and served only to those who may read the record, each time audited.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { readStoredFile, saveImage, type StoredFile } from '../../core/files/stored-files.ts';
import { withChildForUpdate, type ChildHeading } from './child-access.ts';
import { findChildProfile, updatePhoto } from './profile-store.ts';

/** The child whose photo is being changed, for the form; the read is audited. */
export async function readChildForPhoto(
  ctx: Ctx,
  id: string,
): Promise<ChildHeading & { hasPhoto: boolean }> {
  return withChildForUpdate(ctx, id, async (tx, actor, child) => {
    const profile = await findChildProfile(tx.db, actor, id);
    await recordAudit(tx, {
      action: 'child.read',
      recordType: 'child',
      recordId: id,
      fields: ['photo'],
    });
    return { ...child, hasPhoto: Boolean(profile?.photoFileId) };
  });
}

/**
 * Keeps a new photo of a child. Anything that is not a photo is refused with a message for the
 * "photo" field (Invalid, from saveImage), and nothing changes.
 */
export async function saveChildPhoto(
  ctx: Ctx,
  files: FileStore,
  id: string,
  bytes: Buffer,
): Promise<ChildHeading> {
  return withChildForUpdate(ctx, id, async (tx, actor, child) => {
    const fileId = await saveImage(tx.db, files, {
      bytes,
      field: 'photo',
      uploadedBy: actor.userId,
    });
    await updatePhoto(tx.db, id, fileId);
    await recordAudit(tx, {
      action: 'child.photo_changed',
      recordType: 'child',
      recordId: id,
      fields: ['photo'],
    });
    return child;
  });
}

/** A child's photo for someone who may read their record; each view is audited as a file read. */
export async function readChildPhoto(ctx: Ctx, files: FileStore, id: string): Promise<StoredFile> {
  const { actor } = await authorize(ctx, 'child.read', { kind: 'child', id });
  return inTransaction(ctx, async (tx) => {
    const profile = await findChildProfile(tx.db, actor, id);
    if (!profile?.photoFileId) throw new NotFound();
    const file = await readStoredFile(tx.db, files, profile.photoFileId);
    if (!file) throw new NotFound();
    await recordAudit(tx, {
      action: 'file.read',
      recordType: 'child',
      recordId: id,
      fields: ['photo'],
    });
    return file;
  });
}
