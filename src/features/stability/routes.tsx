import type { FastifyInstance } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { getStabilityReport } from './service.ts';
import { StabilityPage } from './views/stability-page.tsx';

/** The agency's stability report. */
export function stabilityRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/stability', { config: { action: 'stability.report' } }, async (request, reply) => {
    const report = await getStabilityReport(request.ctx);
    return reply.page(StabilityPage({ context: await pageContext(request, reply, deps), report }));
  });
}
