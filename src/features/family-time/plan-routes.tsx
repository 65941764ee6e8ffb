import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { changeSession, planSession, readPlanForm } from './plan-service.ts';
import { idParam } from '../partnership/params.ts';
import { formInput } from './schemas.ts';
import { familyTimePaths } from './views/paths.ts';
import { PlanPage } from './views/plan-page.tsx';

const manage = { config: { action: 'partnership.manage' as const } };
const BASE = '/children/:id/family/family-time';

/** Planning family time and changing a plan: staff pages under the child's record. */
export function familyTimePlanRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(`${BASE}/new`, manage, async (request, reply) => showPlan(request, reply, deps, null));

  app.post(`${BASE}/new`, manage, async (request, reply) => {
    const childId = idParam(request, 'id');
    try {
      const { sessionId } = await planSession(
        request.ctx,
        childId,
        request.body,
        deps.config.publicUrl,
      );
      setFlash(reply, deps.config, {
        kind: 'success',
        text: 'Family time is planned. The parents invited, the carers and the worker have been told.',
      });
      return reply.redirect(familyTimePaths.session('staff', childId, sessionId), 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showPlan(request, reply, deps, null, error.fieldErrors);
    }
  });

  app.get(`${BASE}/:sessionId/edit`, manage, async (request, reply) =>
    showPlan(request, reply, deps, idParam(request, 'sessionId')),
  );

  app.post(`${BASE}/:sessionId/edit`, manage, async (request, reply) => {
    const childId = idParam(request, 'id');
    const sessionId = idParam(request, 'sessionId');
    try {
      await changeSession(request.ctx, childId, sessionId, request.body, deps.config.publicUrl);
      setFlash(reply, deps.config, { kind: 'success', text: 'The changes are saved.' });
      return reply.redirect(familyTimePaths.session('staff', childId, sessionId), 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showPlan(request, reply, deps, sessionId, error.fieldErrors);
    }
  });
}

async function showPlan(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
  sessionId: string | null,
  errors?: FieldErrors,
) {
  const form = await readPlanForm(request.ctx, idParam(request, 'id'), sessionId);
  const context = await pageContext(request, reply, deps);
  const attempt = errors ? { ...formInput(request.body), errors } : undefined;
  return reply.page(PlanPage({ context, form, sessionId, attempt }), errors ? 400 : 200);
}
