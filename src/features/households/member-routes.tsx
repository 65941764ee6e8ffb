import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import {
  addMember,
  readHouseholdForNewMember,
  readMemberForCheck,
  recordCheck,
} from './member-service.ts';
import { idParam } from './params.ts';
import { ZMemberCheck, ZNewMember } from './profile-schemas.ts';
import { NewCheckPage, NewMemberPage } from './views/member-form-pages.tsx';

const update = { action: 'household.update' as const };

type FormState = { values: FormValues; errors?: FieldErrors | undefined };

/** Adding people to a household and recording the checks on them. */
export function householdMemberRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showMember = async (request: FastifyRequest, reply: FastifyReply, state: FormState) => {
    const household = await readHouseholdForNewMember(request.ctx, idParam(request, 'id'));
    const context = await pageContext(request, reply, deps);
    return reply.page(NewMemberPage({ context, household, ...state }), state.errors ? 400 : 200);
  };

  app.get('/households/:id/members/new', { config: update }, (request, reply) =>
    showMember(request, reply, { values: {} }),
  );
  app.post('/households/:id/members/new', { config: update }, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = parseForm(ZNewMember, request.body);
    if (!form.ok) return showMember(request, reply, form);
    try {
      await addMember(request.ctx, id, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showMember(request, reply, { values: form.values, errors: error.fieldErrors });
    }
    const name = `${form.data.firstName} ${form.data.lastName}`;
    setFlash(reply, deps.config, { kind: 'success', text: `${name} is added to the household.` });
    return reply.redirect(`/households/${id}`, 303);
  });

  const showCheck = async (request: FastifyRequest, reply: FastifyReply, state: FormState) => {
    const { household, member } = await readMemberForCheck(
      request.ctx,
      idParam(request, 'id'),
      idParam(request, 'memberId'),
    );
    const context = await pageContext(request, reply, deps);
    return reply.page(
      NewCheckPage({ context, household, member, ...state }),
      state.errors ? 400 : 200,
    );
  };

  const checkPath = '/households/:id/members/:memberId/checks/new';
  app.get(checkPath, { config: update }, (request, reply) =>
    showCheck(request, reply, { values: { outcome: 'clear' } }),
  );
  app.post(checkPath, { config: update }, async (request, reply) => {
    const id = idParam(request, 'id');
    const memberId = idParam(request, 'memberId');
    const form = parseForm(ZMemberCheck, request.body);
    if (!form.ok) return showCheck(request, reply, form);
    try {
      await recordCheck(request.ctx, id, memberId, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showCheck(request, reply, { values: form.values, errors: error.fieldErrors });
    }
    setFlash(reply, deps.config, { kind: 'success', text: 'The check is recorded.' });
    return reply.redirect(`/households/${id}`, 303);
  });
}
