import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { fileStoreFor } from '../../core/files/file-store.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { exportBook } from './book-service.ts';
import { familyStoryRoutes } from './family-routes.tsx';
import { sendBook, showEntryForm, submitEntryForm, type EntryFormPlace } from './http-helpers.ts';
import { identityRoutes } from './identity-routes.tsx';
import { myStoryRoutes } from './my-routes.tsx';
import { ZCheckInput, ZSharingInput } from './schemas.ts';
import { readEntryPhoto, readStory } from './story-service.ts';
import { idParam } from './url-ids.ts';
import { CheckPage } from './views/check-page.tsx';
import { newEntryPath, storyHomeFor, storyPath } from './views/paths.ts';
import { SharePage } from './views/share-page.tsx';
import { StoryPage } from './views/story-page.tsx';
import { changeFamilySharing, checkEntry, readEntryForWorker } from './write-service.ts';

const STAFF_FORM: EntryFormPlace = {
  action: newEntryPath,
  back: storyPath,
  thanks: (added, title) => `“${title}” is added to ${added.knownAs}’s story.`,
};

// The young person and the birth family have pages of their own; the record's pages send them there.
function elsewhere(request: FastifyRequest, childId: string): string | null {
  const actor = request.ctx.actor;
  if (!actor) return null;
  const home = storyHomeFor(actor, childId);
  return home === storyPath(childId) ? null : home;
}

// A refusal the page answers itself (the confidentiality warning); anything else goes on.
function warningOnly(error: unknown): Invalid {
  if (error instanceof Invalid) return error;
  throw error;
}

/** The life story: on a child's record, in the young person's own space, and for their family. */
export function lifeStoryRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const files = fileStoreFor(deps.config);
  const read = { action: 'belonging.read' as const };
  const contribute = { action: 'belonging.contribute' as const };
  const manage = { action: 'belonging.manage' as const };

  app.get('/children/:id/life-story', { config: read }, async (request, reply) => {
    const childId = idParam(request, 'id');
    const redirect = elsewhere(request, childId);
    if (redirect) return reply.redirect(redirect, 303);
    const story = await readStory(request.ctx, childId);
    const context = await pageContext(request, reply, deps);
    return reply.page(StoryPage({ context, story }));
  });

  app.get('/children/:id/life-story/new', { config: contribute }, async (request, reply) => {
    const childId = idParam(request, 'id');
    const redirect = elsewhere(request, childId);
    if (redirect) return reply.redirect(`${redirect}/add`, 303);
    return showEntryForm(request, reply, deps, { ...STAFF_FORM, childId });
  });

  app.post('/children/:id/life-story/new', { config: contribute }, async (request, reply) =>
    submitEntryForm(
      request,
      reply,
      { ...deps, files },
      { ...STAFF_FORM, childId: idParam(request, 'id') },
    ),
  );

  app.get('/children/:id/life-story/book.pdf', { config: read }, async (request, reply) => {
    const childId = idParam(request, 'id');
    const redirect = elsewhere(request, childId);
    if (redirect) return reply.redirect(`${redirect}/book.pdf`, 303);
    return sendBook(reply, await exportBook(request.ctx, files, childId));
  });

  app.get('/children/:id/life-story/:eid/photo', { config: read }, async (request, reply) => {
    const file = await readEntryPhoto(
      request.ctx,
      files,
      idParam(request, 'id'),
      idParam(request, 'eid'),
    );
    return reply
      .type(file.contentType)
      .header('cache-control', 'no-store')
      .header('content-length', String(file.byteSize))
      .send(file.bytes);
  });

  app.post('/children/:id/life-story/:eid/check', { config: manage }, async (request, reply) => {
    const [childId, entryId] = [idParam(request, 'id'), idParam(request, 'eid')];
    const form = parseForm(ZCheckInput, request.body);
    if (!form.ok) return showCheck(request, reply, childId, entryId, form);
    const checked = await checkEntry(request.ctx, childId, entryId, form.data).catch(warningOnly);
    // The confidentiality check's warning: the entry is shown again with the tick box.
    if (checked instanceof Invalid) {
      const sent = { values: form.values, errors: checked.fieldErrors };
      return showCheck(request, reply, childId, entryId, sent);
    }
    setFlash(reply, deps.config, {
      kind: 'success',
      text: checked.isPublished
        ? `“${checked.title}” is published in the story.`
        : `“${checked.title}” is declined. The person who added it can read why.`,
    });
    return reply.redirect(storyPath(childId), 303);
  });

  const showCheck = async (
    request: FastifyRequest,
    reply: FastifyReply,
    childId: string,
    entryId: string,
    sent: { values: Record<string, string>; errors: Record<string, string> },
  ) => {
    const { child, entry } = await readEntryForWorker(request.ctx, childId, entryId);
    const context = await pageContext(request, reply, deps);
    return reply.page(CheckPage({ context, child, entry, ...sent }), 400);
  };

  app.post('/children/:id/life-story/:eid/sharing', { config: manage }, async (request, reply) => {
    const [childId, entryId] = [idParam(request, 'id'), idParam(request, 'eid')];
    const form = parseForm(ZSharingInput, request.body);
    if (!form.ok) throw new Invalid(form.errors);
    const changed = await changeFamilySharing(request.ctx, childId, entryId, form.data).catch(
      warningOnly,
    );
    // The confidentiality check's warning: a page of its own with the entry and the tick box,
    // since the story page's sharing control is a single button.
    if (changed instanceof Invalid) {
      const { child, entry } = await readEntryForWorker(request.ctx, childId, entryId);
      const context = await pageContext(request, reply, deps);
      return reply.page(SharePage({ context, child, entry, errors: changed.fieldErrors }), 400);
    }
    setFlash(reply, deps.config, {
      kind: 'success',
      text: form.data.isShared
        ? `“${changed.title}” is shared with the family.`
        : `“${changed.title}” is no longer shared with the family.`,
    });
    return reply.redirect(storyPath(childId), 303);
  });

  identityRoutes(app, deps);
  myStoryRoutes(app, { ...deps, files });
  familyStoryRoutes(app, { ...deps, files });
}
