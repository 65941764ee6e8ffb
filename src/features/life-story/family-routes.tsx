import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FileStore } from '../../core/files/file-store.ts';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { exportBook } from './book-service.ts';
import { sendBook, showEntryForm, submitEntryForm, type EntryFormPlace } from './http-helpers.ts';
import { readStory } from './story-service.ts';
import { idParam } from './url-ids.ts';
import { FamilyStoryPage } from './views/family-story-page.tsx';
import { familyAddPath, familyStoryPath, storyHomeFor } from './views/paths.ts';

const FAMILY_FORM: EntryFormPlace = {
  action: familyAddPath,
  back: familyStoryPath,
  thanks: (added) => `Thank you. A worker will read it, then add it to ${added.knownAs}’s story.`,
};

// Staff, carers and the young person read the story on their own pages.
function elsewhere(request: FastifyRequest, childId: string): string | null {
  const actor = request.ctx.actor;
  if (!actor) return null;
  const home = storyHomeFor(actor, childId);
  return home === familyStoryPath(childId) ? null : home;
}

/** A birth parent's view of their child's story: what is shared with them, and what they send. */
export function familyStoryRoutes(
  app: FastifyInstance,
  deps: HttpDeps & { files: FileStore },
): void {
  const read = { config: { action: 'belonging.read' as const } };
  const contribute = { config: { action: 'belonging.contribute' as const } };

  app.get('/family/:childId/story', read, async (request, reply) => {
    const childId = idParam(request, 'childId');
    const redirect = elsewhere(request, childId);
    if (redirect) return reply.redirect(redirect, 303);
    const story = await readStory(request.ctx, childId);
    const context = await pageContext(request, reply, deps);
    return reply.page(FamilyStoryPage({ context, story }));
  });

  app.get('/family/:childId/story/add', contribute, async (request, reply) => {
    const childId = idParam(request, 'childId');
    const redirect = elsewhere(request, childId);
    if (redirect) return reply.redirect(redirect, 303);
    return showEntryForm(request, reply, deps, { ...FAMILY_FORM, childId });
  });

  app.post('/family/:childId/story/add', contribute, async (request, reply) =>
    submitEntryForm(request, reply, deps, { ...FAMILY_FORM, childId: idParam(request, 'childId') }),
  );

  app.get('/family/:childId/story/book.pdf', read, async (request, reply) => {
    const childId = idParam(request, 'childId');
    const redirect = elsewhere(request, childId);
    if (redirect) return reply.redirect(`${redirect}/book.pdf`, 303);
    return sendBook(reply, await exportBook(request.ctx, deps.files, childId));
  });
}
