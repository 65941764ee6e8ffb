import type { FastifyInstance } from 'fastify';
import { createHttpServer, type HttpDeps } from './core/http/server.ts';
import { healthRoutes } from './core/http/health.ts';
import { homeRoutes } from './features/home/routes.tsx';
import { publicPageRoutes } from './features/public-pages/routes.tsx';
import { resumeRoutes } from './features/resume/routes.tsx';
import { signInRoutes } from './features/sign-in/routes.tsx';

/** Builds the whole web application: the core's HTTP server, then every feature's routes. */
export async function buildApp(deps: HttpDeps): Promise<FastifyInstance> {
  const app = await createHttpServer(deps);
  healthRoutes(app, deps);
  publicPageRoutes(app, deps);
  signInRoutes(app, deps);
  homeRoutes(app, deps);
  resumeRoutes(app, deps);
  return app;
}
