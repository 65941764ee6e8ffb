import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../../core/http/server.ts';
import { guideRoutes } from './guide-routes.tsx';
import { hubRoutes } from './hub-routes.tsx';
import { membersRoutes } from './members-routes.tsx';
import { startRoutes } from './start-routes.tsx';

/** The partnership space's own pages: its front page, who is in it, and getting started. */
export function partnershipRoutes(app: FastifyInstance, deps: HttpDeps): void {
  hubRoutes(app, deps);
  membersRoutes(app, deps);
  startRoutes(app, deps);
  guideRoutes(app, deps);
}
