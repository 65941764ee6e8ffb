// What the life story's three sets of pages (the record, the young person's, the family's) share:
// the add form, and sending the book.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { ZEntryInput } from './schemas.ts';
import { EntryFormPage } from './views/entry-form-page.tsx';
import {
  addEntry,
  problemsWithPhoto,
  startEntry,
  type Added,
  type EntryForm,
} from './write-service.ts';

/** Where an add form posts, where it leads back to, and what it says once an entry is added. */
export type EntryFormPlace = {
  action: (childId: string) => string;
  back: (childId: string) => string;
  thanks: (added: Added, title: string) => string;
};

type Sent = { values: FormValues; errors: FieldErrors; hadPhoto: boolean };

/** Shows the add form for a child's story, empty or again with what was wrong. */
export async function showEntryForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
  place: EntryFormPlace & { childId: string },
  sent?: Sent,
  opened?: EntryForm,
) {
  const form = opened ?? (await startEntry(request.ctx, place.childId));
  const context = await pageContext(request, reply, deps);
  return reply.page(
    EntryFormPage({
      context,
      form,
      action: place.action(place.childId),
      backHref: place.back(place.childId),
      ...sent,
    }),
    sent ? 400 : 200,
  );
}

/**
 * Adds what the form sent to the story and goes back to it; any problem shows the form again,
 * naming each field, with what was typed (a photo has to be chosen again: browsers cannot be
 * given one back).
 */
export async function submitEntryForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps & { files: FileStore },
  place: EntryFormPlace & { childId: string },
) {
  const body = request.body as Record<string, unknown> | undefined;
  const upload = body?.photo;
  const photo = Buffer.isBuffer(upload) ? upload : Buffer.alloc(0);
  const form = parseForm(ZEntryInput, body);
  const hadPhoto = photo.length > 0;
  if (!form.ok) {
    // Whoever may not add to this story hears so before hearing what was wrong with the form.
    const opened = await startEntry(request.ctx, place.childId);
    const errors = { ...form.errors, ...(await problemsWithPhoto(photo)) };
    const sent = { values: form.values, errors, hadPhoto };
    return showEntryForm(request, reply, deps, place, sent, opened);
  }
  try {
    const added = await addEntry(request.ctx, deps.files, place.childId, form.data, photo);
    setFlash(reply, deps.config, { kind: 'success', text: place.thanks(added, form.data.title) });
    return reply.redirect(place.back(place.childId), 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return showEntryForm(request, reply, deps, place, {
      values: form.values,
      errors: error.fieldErrors,
      hadPhoto,
    });
  }
}

/** Sends the book as a download that no cache keeps. */
export function sendBook(reply: FastifyReply, book: { pdf: Uint8Array; fileName: string }) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${book.fileName}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(book.pdf));
}
