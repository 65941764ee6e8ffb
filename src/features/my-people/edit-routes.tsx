import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isStaff } from '../../core/access/roles.ts';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import {
  addPerson,
  changePerson,
  startEdit,
  startNewPerson,
  type NewPerson,
} from './edit-service.ts';
import { idParam } from './params.ts';
import { ZCarerSuggestion, ZPerson } from './schemas.ts';
import { PersonFormPage, valuesOf } from './views/person-form-page.tsx';
import { peoplePath } from './words.ts';

type Sent = { values: FormValues; errors: FieldErrors };

/** Adding someone to a child's map, and a worker changing someone on it. */
export function editRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const contribute = { config: { action: 'belonging.contribute' as const } };
  const manage = { config: { action: 'belonging.manage' as const } };

  const showNew = async (request: FastifyRequest, reply: FastifyReply, sent?: Sent) => {
    const form = await startNewPerson(request.ctx, idParam(request));
    if (form.kind === 'elsewhere') return reply.redirect(form.to, 303);
    const fresh: FormValues =
      form.viewer === 'staff'
        ? { joinedOn: form.today, ring: '2', contactStatus: 'in_touch', source: 'worker' }
        : {};
    const context = await pageContext(request, reply, deps);
    return reply.page(
      PersonFormPage({ context, form, values: sent?.values ?? fresh, errors: sent?.errors }),
      sent ? 400 : 200,
    );
  };

  app.get('/children/:id/people/new', contribute, (request, reply) => showNew(request, reply));

  app.post('/children/:id/people/new', contribute, async (request, reply) => {
    const childId = idParam(request);
    // Staff fill in the full form; carers the short one (the service holds each to its own).
    const isFull = request.ctx.actor !== null && isStaff(request.ctx.actor.role);
    const form = isFull
      ? parseForm(ZPerson, request.body)
      : parseForm(ZCarerSuggestion, request.body);
    if (!form.ok) return showNew(request, reply, form);
    const sent = (
      isFull ? { form: 'full', data: form.data } : { form: 'short', data: form.data }
    ) as NewPerson;
    try {
      const added = await addPerson(request.ctx, childId, sent);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: added.isWaiting
          ? `Thank you. ${added.name} is waiting for a worker to check before they go on the map.`
          : `${added.name} is on the map.`,
      });
      return reply.redirect(peoplePath(childId), 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showNew(request, reply, { values: form.values, errors: error.fieldErrors });
    }
  });

  const showEdit = async (request: FastifyRequest, reply: FastifyReply, sent?: Sent) => {
    const form = await startEdit(request.ctx, idParam(request), idParam(request, 'pid'));
    const context = await pageContext(request, reply, deps);
    const values = sent?.values ?? valuesOf(form.person!);
    return reply.page(
      PersonFormPage({ context, form, values, errors: sent?.errors }),
      sent ? 400 : 200,
    );
  };

  app.get('/children/:id/people/:pid/edit', manage, (request, reply) => showEdit(request, reply));

  app.post('/children/:id/people/:pid/edit', manage, async (request, reply) => {
    const childId = idParam(request);
    const personId = idParam(request, 'pid');
    const form = parseForm(ZPerson, request.body);
    if (!form.ok) return showEdit(request, reply, form);
    try {
      const saved = await changePerson(request.ctx, childId, personId, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: `${saved.name}’s details are saved.` });
      return reply.redirect(`${peoplePath(childId)}#person-${personId}`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showEdit(request, reply, { values: form.values, errors: error.fieldErrors });
    }
  });
}
