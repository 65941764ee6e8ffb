import type { FastifyInstance } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { formRoutes } from './form-routes.tsx';
import { readOwnFuture, readPermanency } from './read-service.ts';
import { idParam } from './url-ids.ts';
import { FuturePage } from './views/future-page.tsx';
import { OWN_FUTURE_PATH } from './views/paths.ts';
import { PermanencyPage } from './views/permanency-page.tsx';

/** Permanency planning: the child's page, its three forms, and the young person's own page. */
export function permanencyRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(
    '/children/:id/permanency',
    { config: { action: 'permanency.read' } },
    async (request, reply) => {
      // A young person has a page of their own, in their own words, rather than the staff record.
      if (request.ctx.actor?.role === 'young_person') return reply.redirect(OWN_FUTURE_PATH, 303);
      const view = await readPermanency(request.ctx, idParam(request));
      const context = await pageContext(request, reply, deps);
      return reply.page(PermanencyPage({ context, view }));
    },
  );

  app.get(OWN_FUTURE_PATH, { config: { action: 'permanency.read' } }, async (request, reply) => {
    const future = await readOwnFuture(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(FuturePage({ context, future }));
  });

  formRoutes(app, deps);
}
