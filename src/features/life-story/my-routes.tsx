import type { FastifyInstance } from 'fastify';
import { Invalid, NotFound } from '../../core/errors.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { exportBook } from './book-service.ts';
import { sendBook, showEntryForm, submitEntryForm, type EntryFormPlace } from './http-helpers.ts';
import { ZChoiceInput } from './schemas.ts';
import { readStory } from './story-service.ts';
import { idParam, ownChildIdOf } from './url-ids.ts';
import { MyStoryPage, NotLinkedPage } from './views/my-story-page.tsx';
import { MY_ADD_PATH, MY_STORY_PATH } from './views/paths.ts';
import { changeCarersChoice } from './write-service.ts';

const MY_FORM: EntryFormPlace = {
  action: () => MY_ADD_PATH,
  back: () => MY_STORY_PATH,
  thanks: (_added, title) =>
    `Thank you. Your worker will check “${title}”, then it goes in your book.`,
};

/**
 * The young person's own story. It hangs on their account alone, never on where they live, so
 * it stays theirs after they leave care.
 */
export function myStoryRoutes(app: FastifyInstance, deps: HttpDeps & { files: FileStore }): void {
  const read = { config: { action: 'belonging.read' as const } };
  const contribute = { config: { action: 'belonging.contribute' as const } };

  app.get(MY_STORY_PATH, read, async (request, reply) => {
    const childId = ownChildIdOf(request);
    const context = await pageContext(request, reply, deps);
    if (!childId) return reply.page(NotLinkedPage({ context }));
    const story = await readStory(request.ctx, childId);
    return reply.page(MyStoryPage({ context, story }));
  });

  app.get(MY_ADD_PATH, contribute, async (request, reply) => {
    const childId = ownChildIdOf(request);
    if (!childId) return reply.redirect(MY_STORY_PATH, 303);
    return showEntryForm(request, reply, deps, { ...MY_FORM, childId });
  });

  app.post(MY_ADD_PATH, contribute, async (request, reply) => {
    const childId = ownChildIdOf(request);
    if (!childId) throw new NotFound();
    return submitEntryForm(request, reply, deps, { ...MY_FORM, childId });
  });

  app.get(`${MY_STORY_PATH}/book.pdf`, read, async (request, reply) => {
    const childId = ownChildIdOf(request);
    if (!childId) throw new NotFound();
    return sendBook(reply, await exportBook(request.ctx, deps.files, childId));
  });

  app.post(`${MY_STORY_PATH}/:eid/carers`, contribute, async (request, reply) => {
    const childId = ownChildIdOf(request);
    if (!childId) throw new NotFound();
    const form = parseForm(ZChoiceInput, request.body);
    if (!form.ok) throw new Invalid(form.errors);
    const changed = await changeCarersChoice(
      request.ctx,
      childId,
      idParam(request, 'eid'),
      form.data,
    );
    setFlash(reply, deps.config, {
      kind: 'success',
      text: form.data
        ? `Your carers cannot see “${changed.title}” now.`
        : `Your carers can see “${changed.title}” now.`,
    });
    return reply.redirect(MY_STORY_PATH, 303);
  });
}
