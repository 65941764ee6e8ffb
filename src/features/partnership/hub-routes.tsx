import type { FastifyInstance } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { readHub } from './hub-service.ts';
import { idParam } from './params.ts';
import { isFamilySide } from './hub-sides.ts';
import { partnershipPaths } from './paths.ts';
import { FamilyHubPage } from './views/family-hub-page.tsx';
import { HubPage } from './views/hub-page.tsx';

/** The space's front page: on the child's record for staff and carers, on a parent's own pages. */
export function hubRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const read = { config: { action: 'partnership.read' as const } };

  app.get('/children/:id/family', read, async (request, reply) => {
    const childId = idParam(request, 'id');
    // A parent's side of the space has its own pages, in their own words.
    if (isFamilySide(request.ctx.actor)) {
      return reply.redirect(partnershipPaths.home('parent', childId), 303);
    }
    const hub = await readHub(request.ctx, childId);
    const context = await pageContext(request, reply, deps);
    if (hub.side === 'family') return reply.redirect(partnershipPaths.home('parent', childId), 303);
    return reply.page(HubPage({ context, hub }));
  });

  app.get('/family/:childId', read, async (request, reply) => {
    const childId = idParam(request, 'childId');
    if (!isFamilySide(request.ctx.actor)) {
      return reply.redirect(partnershipPaths.home('staff', childId), 303);
    }
    const hub = await readHub(request.ctx, childId);
    const context = await pageContext(request, reply, deps);
    if (hub.side === 'record') return reply.redirect(partnershipPaths.home('staff', childId), 303);
    return reply.page(FamilyHubPage({ context, hub }));
  });
}
