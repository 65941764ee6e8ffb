// A message's picture, checked before anything is kept, so a form can name every problem at once.
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { cleanImage } from '../../core/files/images.ts';

/** What is wrong with an attached picture, by field; nothing when there is none or it is fine. */
export async function problemsWithAttachment(bytes: Buffer): Promise<FieldErrors> {
  if (bytes.length === 0) return {};
  try {
    await cleanImage(bytes, 'attachment');
    return {};
  } catch (error) {
    if (error instanceof Invalid) return error.fieldErrors;
    throw error;
  }
}

/** The picture sent with a multipart form, or no bytes when none was chosen. */
export function attachmentOf(body: unknown): Buffer {
  const upload = (body as Record<string, unknown> | undefined)?.attachment;
  return Buffer.isBuffer(upload) ? upload : Buffer.alloc(0);
}
