import sharp from 'sharp';
import { Invalid } from '../errors.ts';

/** An image as Kinfold keeps it: re-encoded, metadata gone. */
export type CleanImage = {
  bytes: Buffer;
  contentType: 'image/jpeg';
  width: number;
  height: number;
};

/** Photos larger than this on either side are scaled down: enough for a page or a printed book. */
const LONGEST_SIDE = 2400;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/**
 * Re-encodes an uploaded photo as a JPEG, turned the right way up. Re-encoding keeps only the
 * pixels: EXIF, GPS positions, camera serial numbers and embedded thumbnails are all left behind,
 * because a photo's metadata can say where a child lives. Anything that is not a picture is
 * refused with a message for the named form field.
 */
export async function cleanImage(bytes: Buffer, field: string): Promise<CleanImage> {
  if (bytes.length === 0) throw new Invalid({ [field]: 'Choose a photo to upload' });
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new Invalid({ [field]: 'The photo must be 10 MB or smaller' });
  }
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: 100_000_000 })
      .rotate()
      .resize({
        width: LONGEST_SIDE,
        height: LONGEST_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/jpeg', width: info.width, height: info.height };
  } catch {
    throw new Invalid({
      [field]: 'The file must be a photo (JPEG, PNG, WebP, GIF or AVIF) that opens correctly',
    });
  }
}
