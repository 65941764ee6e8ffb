// The plan for a child going home: one page, reached by staff and carers from the child's record
// and by parents from their own pages, and the forms staff change it with.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can } from '../../core/access/policy.ts';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { partyOf, type Party } from '../partnership/space.ts';
import { formRoutes } from './form-routes.tsx';
import { readGoingHome } from './read-service.ts';
import { idParam } from '../partnership/params.ts';
import { FamilyGoingHomePage } from './views/family-going-home-page.tsx';
import { GoingHomePage } from './views/going-home-page.tsx';
import { familyGoingHomePath, goingHomePath } from './views/paths.ts';

/** The going-home page for each side of the partnership, and the staff's forms. */
export function reunificationRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const read = { config: { action: 'partnership.read' as const } };

  app.get('/children/:id/family/going-home', read, async (request, reply) => {
    const childId = idParam(request, 'id');
    // Parents read the plan on their own page; the address never decides what they see.
    if (isOtherSide(request, childId, 'parent')) {
      return reply.redirect(familyGoingHomePath(childId), 303);
    }
    const view = await readGoingHome(request.ctx, childId);
    const context = await pageContext(request, reply, deps);
    return reply.page(GoingHomePage({ context, view }));
  });

  app.get('/family/:childId/going-home', read, async (request, reply) => {
    const childId = idParam(request, 'childId');
    if (isOtherSide(request, childId, 'staff') || isOtherSide(request, childId, 'carer')) {
      return reply.redirect(goingHomePath(childId), 303);
    }
    const view = await readGoingHome(request.ctx, childId);
    const context = await pageContext(request, reply, deps);
    return reply.page(FamilyGoingHomePage({ context, view }));
  });

  formRoutes(app, deps);
}

// Someone on the given side who may read the plan, at the other side's address. Anyone who may
// not read it is answered by the page itself, so a redirect never tells a stranger anything.
function isOtherSide(request: FastifyRequest, childId: string, side: Party): boolean {
  const actor = request.ctx.actor;
  if (!actor || partyOf(actor) !== side) return false;
  return can(actor, 'partnership.read', { kind: 'child', id: childId }).allowed;
}
