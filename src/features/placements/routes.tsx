import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { readEndPage, endPlacement } from './end-service.ts';
import { readChildPlacements } from './history-service.ts';
import { readHouseholdPlacements } from './household-service.ts';
import { readPlanPage, savePlan } from './plan-service.ts';
import { ZEndInput, ZPlacementId, ZPlanInput } from './schemas.ts';
import { ChildPlacementsPage } from './views/child-placements-page.tsx';
import { EndPage } from './views/end-page.tsx';
import { HouseholdPlacementsPage } from './views/household-placements-page.tsx';
import { PlanPage, planFormValues } from './views/plan-page.tsx';

type FormState = { values: FormValues; errors?: FieldErrors | undefined };

/** An id from the address; anything that is not one is a page that does not exist. */
function idOf(request: FastifyRequest): string {
  const id = ZPlacementId.safeParse((request.params as { id: string }).id);
  if (!id.success) throw new NotFound();
  return id.data;
}

/** A child's homes and plan, the placement plan, endings and moves, and a household's children. */
export function placementRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(
    '/children/:id/placements',
    { config: { action: 'child.read' } },
    async (request, reply) => {
      const page = await readChildPlacements(request.ctx, idOf(request));
      return reply.page(
        ChildPlacementsPage({ context: await pageContext(request, reply, deps), page }),
      );
    },
  );

  app.get(
    '/households/:id/placements',
    { config: { action: 'household.read' } },
    async (request, reply) => {
      const page = await readHouseholdPlacements(request.ctx, idOf(request));
      return reply.page(
        HouseholdPlacementsPage({ context: await pageContext(request, reply, deps), page }),
      );
    },
  );

  planRoutes(app, deps);
  endRoutes(app, deps);
}

function planRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showPlan = async (request: FastifyRequest, reply: FastifyReply, state?: FormState) => {
    const page = await readPlanPage(request.ctx, idOf(request));
    const context = await pageContext(request, reply, deps);
    const values = state?.values ?? planFormValues(page.plan);
    return reply.page(
      PlanPage({ context, page, values, errors: state?.errors }),
      state?.errors ? 400 : 200,
    );
  };

  app.get('/placements/:id/plan', { config: { action: 'placement.update' } }, (request, reply) =>
    showPlan(request, reply),
  );

  app.post(
    '/placements/:id/plan',
    { config: { action: 'placement.update' } },
    async (request, reply) => {
      const form = parseForm(ZPlanInput, request.body);
      if (!form.ok) return showPlan(request, reply, form);
      try {
        const { childId } = await savePlan(request.ctx, idOf(request), form.data);
        setFlash(reply, deps.config, { kind: 'success', text: 'The placement plan is saved.' });
        return reply.redirect(`/children/${childId}/placements`, 303);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        return showPlan(request, reply, { values: form.values, errors: error.fieldErrors });
      }
    },
  );
}

function endRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showEnd = async (request: FastifyRequest, reply: FastifyReply, state?: FormState) => {
    const page = await readEndPage(request.ctx, idOf(request));
    const context = await pageContext(request, reply, deps);
    // A placement that has already ended is a clash with what the form was for.
    const status = page.placement.endedOn && state ? 409 : state?.errors ? 400 : 200;
    const values = state?.values ?? { endedOn: page.today, newStartedOn: page.today };
    return reply.page(EndPage({ context, page, values, errors: state?.errors }), status);
  };

  app.get('/placements/:id/end', { config: { action: 'placement.update' } }, (request, reply) =>
    showEnd(request, reply),
  );

  app.post(
    '/placements/:id/end',
    { config: { action: 'placement.update' } },
    async (request, reply) => {
      const form = parseForm(ZEndInput, request.body);
      if (!form.ok) return showEnd(request, reply, form);
      try {
        const ended = await endPlacement(request.ctx, idOf(request), form.data);
        const text = ended.movedTo
          ? `The placement has ended, and the move to ${ended.movedTo.name} is recorded.`
          : 'The placement has ended.';
        setFlash(reply, deps.config, { kind: 'success', text });
        return reply.redirect(ended.next, 303);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        return showEnd(request, reply, { values: form.values, errors: error.fieldErrors });
      }
    },
  );
}
