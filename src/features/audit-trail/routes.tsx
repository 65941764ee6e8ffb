import type { FastifyInstance } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { ZAuditFilters } from './schemas.ts';
import { browseAuditTrail, checkAuditChain, findPeopleToFilterBy } from './service.ts';
import { AuditTrailPage } from './views/audit-trail-page.tsx';
import { ChainCheckPage } from './views/chain-check-page.tsx';

/** The registered manager's view of the audit trail, and the check of its seals. */
export function auditTrailRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/audit', { config: { action: 'audit.read' } }, async (request, reply) => {
    const filters = parseForm(ZAuditFilters, request.query);
    if (!filters.ok) {
      const people = await findPeopleToFilterBy(request.ctx);
      return reply.page(
        AuditTrailPage({
          context: await pageContext(request, reply, deps),
          values: filters.values,
          people,
          trail: null,
          errors: filters.errors,
        }),
        400,
      );
    }
    const trail = await browseAuditTrail(request.ctx, filters.data);
    return reply.page(
      AuditTrailPage({
        context: await pageContext(request, reply, deps),
        values: filters.values,
        people: trail.people,
        trail,
      }),
    );
  });

  app.post('/audit/check', { config: { action: 'audit.read' } }, async (request, reply) => {
    const verification = await checkAuditChain(request.ctx);
    return reply.page(
      ChainCheckPage({ context: await pageContext(request, reply, deps), verification }),
    );
  });
}
