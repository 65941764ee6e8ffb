import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFound, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { readIdentity, saveIdentityWords, type IdentityWriter } from './identity-service.ts';
import { ZIdentityInput } from './schemas.ts';
import { idParam, ownChildIdOf } from './url-ids.ts';
import { IdentityFormPage } from './views/identity-form-page.tsx';
import { MY_ABOUT_PATH, MY_STORY_PATH, storyPath } from './views/paths.ts';

/** Heritage and what matters: staff on the child's record, the young person in their own space. */
export function identityRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    place: { childId: string; writer: IdentityWriter },
    sent?: { values: FormValues; errors: FieldErrors },
  ) => {
    const { child, identity } = await readIdentity(request.ctx, place.childId, place.writer);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      IdentityFormPage({ context, child, identity, writer: place.writer, ...sent }),
      sent ? 400 : 200,
    );
  };

  const save = async (
    request: FastifyRequest,
    reply: FastifyReply,
    place: { childId: string; writer: IdentityWriter },
  ) => {
    const form = parseForm(ZIdentityInput, request.body);
    if (!form.ok) return show(request, reply, place, form);
    await saveIdentityWords(request.ctx, place.childId, place.writer, form.data);
    setFlash(reply, deps.config, {
      kind: 'success',
      text:
        place.writer === 'young_person' ? 'Saved. This is the first page of your book.' : 'Saved.',
    });
    return reply.redirect(
      place.writer === 'young_person' ? MY_STORY_PATH : storyPath(place.childId),
      303,
    );
  };

  const manage = { config: { action: 'belonging.manage' as const } };
  app.get('/children/:id/life-story/identity', manage, (request, reply) =>
    show(request, reply, { childId: idParam(request, 'id'), writer: 'staff' }),
  );
  app.post('/children/:id/life-story/identity', manage, (request, reply) =>
    save(request, reply, { childId: idParam(request, 'id'), writer: 'staff' }),
  );

  const contribute = { config: { action: 'belonging.contribute' as const } };
  app.get(MY_ABOUT_PATH, contribute, (request, reply) => {
    const childId = ownChildIdOf(request);
    if (!childId) return reply.redirect(MY_STORY_PATH, 303);
    return show(request, reply, { childId, writer: 'young_person' });
  });
  app.post(MY_ABOUT_PATH, contribute, (request, reply) => {
    const childId = ownChildIdOf(request);
    if (!childId) throw new NotFound();
    return save(request, reply, { childId, writer: 'young_person' });
  });
}
