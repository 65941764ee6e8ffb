import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { assertCarerOrStaff } from './access.ts';
import { addUpdateToLifeStory } from './life-story-service.ts';
import { readUpdate } from './read-service.ts';
import { reactToUpdate, replyToUpdate } from './respond-service.ts';
import { ROOTS, childIdAt, otherSideOf, type Root } from './roots.ts';
import { ZLifeStoryInput, ZReactInput, ZReplyInput } from './schemas.ts';
import { idParam } from '../partnership/params.ts';
import { UpdatePage, type SentForm } from './views/update-page.tsx';

/** One update's page, and reacting, replying and keeping it in the life story. */
export function updateRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const read = { config: { action: 'partnership.read' as const } };
  const write = { config: { action: 'partnership.write' as const } };

  // The update's page, again with a form's problems when one was sent wrong.
  const showUpdate = async (
    request: FastifyRequest,
    reply: FastifyReply,
    ids: { childId: string; updateId: string },
    sent?: SentForm,
  ) => {
    const view = await readUpdate(request.ctx, ids.childId, ids.updateId);
    const context = await pageContext(request, reply, deps);
    return reply.page(UpdatePage({ context, view, ...(sent ? { sent } : {}) }), sent ? 400 : 200);
  };
  const idsAt = (request: FastifyRequest, root: Root) => ({
    childId: childIdAt(request, root),
    updateId: idParam(request, 'updateId'),
  });

  for (const root of ROOTS) {
    app.get(`${root.prefix}/updates/:updateId`, read, async (request, reply) => {
      const ids = idsAt(request, root);
      const other = otherSideOf(request, root, ids.childId);
      if (other) {
        return reply.redirect(partnershipPaths.update(other, ids.childId, ids.updateId), 303);
      }
      return showUpdate(request, reply, ids);
    });

    app.post(`${root.prefix}/updates/:updateId/react`, write, async (request, reply) => {
      const ids = idsAt(request, root);
      const form = parseForm(ZReactInput, request.body);
      if (!form.ok) return showUpdate(request, reply, ids, { form: 'react', ...form });
      const { party } = await reactToUpdate(request.ctx, ids.childId, ids.updateId, form.data);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: form.data ? 'Your reaction is sent.' : 'Your reaction is removed.',
      });
      return reply.redirect(partnershipPaths.update(party, ids.childId, ids.updateId), 303);
    });

    app.post(`${root.prefix}/updates/:updateId/reply`, write, async (request, reply) => {
      const ids = idsAt(request, root);
      const form = parseForm(ZReplyInput, request.body);
      if (!form.ok) return showUpdate(request, reply, ids, { form: 'reply', ...form });
      try {
        const { childId, updateId } = ids;
        const { publicUrl } = deps.config;
        const sent = await replyToUpdate(request.ctx, childId, updateId, form.data, publicUrl);
        setFlash(reply, deps.config, {
          kind: 'success',
          text:
            sent.status === 'held'
              ? 'Thank you. A worker will read your reply, then pass it on.'
              : 'Your reply is sent.',
        });
        return reply.redirect(partnershipPaths.update(sent.party, childId, updateId), 303);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        const errors = error.fieldErrors;
        return showUpdate(request, reply, ids, { form: 'reply', values: form.values, errors });
      }
    });
  }

  app.post('/children/:id/family/updates/:updateId/life-story', write, async (request, reply) => {
    const ids = { childId: idParam(request, 'id'), updateId: idParam(request, 'updateId') };
    const form = parseForm(ZLifeStoryInput, request.body);
    if (!form.ok) {
      // A parent hears they may not do this before hearing what was wrong with the form.
      await assertCarerOrStaff(request.ctx, ids.childId);
      return showUpdate(request, reply, ids, { form: 'story', ...form });
    }
    const added = await addUpdateToLifeStory(request.ctx, ids.childId, ids.updateId, form.data);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: `“${added.title}” is in ${added.knownAs}’s life story${added.isShared ? ', shared with the family' : ''}.`,
    });
    return reply.redirect(partnershipPaths.update('staff', ids.childId, ids.updateId), 303);
  });
}
