import type { FastifyInstance } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { getHome } from './service.ts';
import { HomePage } from './views/home-page.tsx';

/** The home page for each role. */
export function homeRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/home', { config: { action: 'home.view' } }, async (request, reply) => {
    const home = await getHome(request.ctx);
    return reply.page(HomePage({ context: await pageContext(request, reply, deps), home }));
  });
}
