import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../errors.ts';
import { cleanImage } from './images.ts';

// A small photo carrying what a phone camera writes: a GPS position and the camera's details.
async function photoWithLocation(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Camera 9', Copyright: 'Sam Okafor' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 28/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '1/1 53/1 0/1',
      },
    })
    .toBuffer();
}

describe('cleaning an uploaded photo', () => {
  it('keeps the picture and drops its metadata, including where it was taken', async () => {
    const original = await photoWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const clean = await cleanImage(original, 'photo');
    const metadata = await sharp(clean.bytes).metadata();
    expect(metadata.format).toBe('jpeg');
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(clean.bytes.includes(Buffer.from('PhoneCo'))).toBe(false);
    expect([clean.width, clean.height]).toEqual([40, 30]);
  });

  it('refuses a file that is not a picture, naming the field', async () => {
    const attempt = cleanImage(Buffer.from('%PDF-1.7 not a photo'), 'photo');
    await expect(attempt).rejects.toBeInstanceOf(Invalid);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { photo: expect.stringMatching(/must be a photo/) },
    });
  });

  it('asks for a photo when none was chosen', async () => {
    await expect(cleanImage(Buffer.alloc(0), 'photo')).rejects.toMatchObject({
      fieldErrors: { photo: 'Choose a photo to upload' },
    });
  });
});
