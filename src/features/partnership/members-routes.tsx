import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { formValues, type FormValues } from '../../core/http/validation.ts';
import { idParam } from './params.ts';
import { openMembers, saveMembers } from './members-service.ts';
import { partnershipPaths } from './paths.ts';
import { MembersPage } from './views/members-page.tsx';

/** Who is in a child's space, for the staff who manage it. */
export function membersRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const manage = { config: { action: 'partnership.manage' as const } };

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sent?: { values: FormValues; errors: FieldErrors },
  ) => {
    const form = await openMembers(request.ctx, idParam(request, 'id'));
    const context = await pageContext(request, reply, deps);
    return reply.page(MembersPage({ context, form, ...sent }), sent ? 400 : 200);
  };

  app.get('/children/:id/family/members', manage, async (request, reply) => show(request, reply));

  app.post('/children/:id/family/members', manage, async (request, reply) => {
    const childId = idParam(request, 'id');
    const values = formValues(request.body);
    try {
      const saved = await saveMembers(request.ctx, childId, values);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: `Who is in ${saved.knownAs}’s space is saved.`,
      });
      return reply.redirect(partnershipPaths.home('staff', childId), 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return show(request, reply, { values, errors: error.fieldErrors });
    }
  });
}
