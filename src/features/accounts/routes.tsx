import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../../core/http/server.ts';
import { adminAccountRoutes } from './admin-routes.tsx';
import { ownAccountRoutes } from './own-account-routes.tsx';
import { twoFactorSetupRoutes } from './two-factor-routes.tsx';

/** Everything about accounts: one's own, two-factor set-up, and the administrator's pages. */
export function accountsRoutes(app: FastifyInstance, deps: HttpDeps): void {
  ownAccountRoutes(app, deps);
  twoFactorSetupRoutes(app, deps);
  adminAccountRoutes(app, deps);
}
