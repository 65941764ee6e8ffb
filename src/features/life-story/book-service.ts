// The life story book, downloaded as a PDF by whoever may read the story: exactly what their page
// shows of it (the same `buildStory`), with each photo in it.
import sharp from 'sharp';
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { readStoredFile } from '../../core/files/stored-files.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { withBelongingChild } from '../belonging/child-access.ts';
import { renderBook } from './book-pdf.ts';
import { storyFileName } from './rules.ts';
import { loadStory } from './story-service.ts';

/** Photos in the book are made smaller than the stored ones: sharp enough to print, light to send. */
const BOOK_PHOTO_SIDE = 1400;

/** The book of a child's story as this person may see it; the export is audited. */
export async function exportBook(
  ctx: Ctx,
  files: FileStore,
  childId: string,
): Promise<{ pdf: Uint8Array; fileName: string }> {
  const { story, photos, today } = await withBelongingChild(
    ctx,
    'belonging.read',
    childId,
    async (scene) => {
      const story = await loadStory(scene);
      const photos = new Map<string, Uint8Array>();
      for (const entry of story.chapters.flatMap((chapter) => chapter.entries)) {
        if (!entry.fileId) continue;
        const file = await readStoredFile(scene.tx.db, files, entry.fileId);
        if (file) photos.set(entry.id, await forBook(file.bytes));
      }
      await recordAudit(scene.tx, {
        action: 'life_story.exported',
        recordType: 'child',
        recordId: childId,
        fields: ['life_story'],
      });
      return { story, photos, today: scene.today };
    },
  );
  const settings = await getAgencySettings(ctx.db);
  const pdf = await renderBook(story, {
    agencyName: settings.name,
    locale: settings.locale,
    today,
    madeAt: ctx.now,
    photos,
  });
  return { pdf, fileName: storyFileName(story.child.knownAs) };
}

// A plain baseline JPEG in sRGB, the kind every PDF reader draws.
async function forBook(bytes: Buffer): Promise<Uint8Array> {
  return sharp(bytes)
    .resize({
      width: BOOK_PHOTO_SIDE,
      height: BOOK_PHOTO_SIDE,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .toColourspace('srgb')
    .jpeg({ quality: 80, progressive: false, mozjpeg: false })
    .toBuffer();
}
