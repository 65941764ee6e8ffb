import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { idParam } from './params.ts';
import { childFormBody, ZChildProfile } from './profile-schemas.ts';
import {
  checkCanCreateChild,
  createChild,
  readChildFormChoices,
  readChildProfile,
  saveChildProfile,
} from './profile-service.ts';
import { ChildFormPage, childFormValues } from './views/child-form-page.tsx';
import { childName } from './views/words.ts';

type FormState = { values?: FormValues; errors?: FieldErrors | undefined };

/** Making a child's record, and changing its details. */
export function childProfileRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string | null,
    state: FormState,
  ) => {
    const profile = id ? await readChildProfile(request.ctx, id) : null;
    const choices = await readChildFormChoices(request.ctx);
    const context = await pageContext(request, reply, deps);
    const child = profile ? { id: profile.id, name: childName(profile) } : null;
    const values = state.values ?? (profile ? childFormValues(profile) : {});
    return reply.page(
      ChildFormPage({ context, child, ...choices, values, errors: state.errors }),
      state.errors ? 400 : 200,
    );
  };

  const create = { action: 'child.create' as const };
  app.get('/children/new', { config: create }, async (request, reply) => {
    await checkCanCreateChild(request.ctx);
    return show(request, reply, null, {});
  });
  app.post('/children/new', { config: create }, async (request, reply) => {
    await checkCanCreateChild(request.ctx);
    const form = parseForm(ZChildProfile, childFormBody(request.body));
    if (!form.ok) return show(request, reply, null, form);
    try {
      const made = await createChild(request.ctx, form.data);
      if (made.canRead) {
        setFlash(reply, deps.config, { kind: 'success', text: `${made.name}’s record is made.` });
        return reply.redirect(`/children/${made.id}`, 303);
      }
      setFlash(reply, deps.config, {
        kind: 'info',
        text: `${made.name}’s record is made. It will be on your list once they live with a household you support; until then the registered manager can open it.`,
      });
      return reply.redirect('/children', 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return show(request, reply, null, { values: form.values, errors: error.fieldErrors });
    }
  });

  const update = { action: 'child.update' as const };
  app.get('/children/:id/edit', { config: update }, (request, reply) =>
    show(request, reply, idParam(request), {}),
  );
  app.post('/children/:id/edit', { config: update }, async (request, reply) => {
    const id = idParam(request);
    const form = parseForm(ZChildProfile, childFormBody(request.body));
    if (!form.ok) return show(request, reply, id, form);
    try {
      const { name } = await saveChildProfile(request.ctx, id, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: `${name}’s details are saved.` });
      return reply.redirect(`/children/${id}`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return show(request, reply, id, { values: form.values, errors: error.fieldErrors });
    }
  });
}
