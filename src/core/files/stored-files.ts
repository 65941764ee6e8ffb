import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { storedFiles } from '../db/tables.ts';
import type { FileStore } from './file-store.ts';
import { cleanImage } from './images.ts';

/** A stored file, ready to send: its bytes and what they are. */
export type StoredFile = { id: string; bytes: Buffer; contentType: string; byteSize: number };

/**
 * Cleans an uploaded photo (see images.ts) and keeps it: the bytes in the file store under a
 * random key, what is known about them in `stored_files` (in the caller's transaction). Returns
 * the new file's id. Bytes written for a transaction that then rolls back are left unreferenced,
 * which is harmless: nothing can reach them without a row.
 */
export async function saveImage(
  db: Db,
  files: FileStore,
  input: { bytes: Buffer; field: string; uploadedBy: string | null },
): Promise<string> {
  const image = await cleanImage(input.bytes, input.field);
  const id = randomUUID();
  const storageKey = `${randomUUID()}`;
  await files.put(storageKey, image.bytes);
  await db.insert(storedFiles).values({
    id,
    storageKey,
    contentType: image.contentType,
    byteSize: image.bytes.length,
    sha256: createHash('sha256').update(image.bytes).digest('hex'),
    width: image.width,
    height: image.height,
    uploadedBy: input.uploadedBy,
  });
  return id;
}

/**
 * A stored file's bytes. Callers check access to the record the file belongs to first; this
 * function only fetches.
 */
export async function readStoredFile(
  db: Db,
  files: FileStore,
  id: string,
): Promise<StoredFile | null> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!row) return null;
  const bytes = await files.get(row.storageKey);
  if (!bytes) return null;
  return { id: row.id, bytes, contentType: row.contentType, byteSize: row.byteSize };
}
