import type { FastifyInstance } from 'fastify';
import { createHttpServer, type HttpDeps } from './core/http/server.ts';
import { healthRoutes } from './core/http/health.ts';
import { accountsRoutes } from './features/accounts/routes.tsx';
import { apiRoutes } from './features/api/routes.ts';
import { auditTrailRoutes } from './features/audit-trail/routes.tsx';
import { childRoutes } from './features/children/routes.tsx';
import { homeRoutes } from './features/home/routes.tsx';
import { householdRoutes } from './features/households/routes.tsx';
import { consentRoutes } from './features/consent/routes.tsx';
import { enquiryRoutes } from './features/enquiries/routes.tsx';
import { newsRoutes } from './features/news/routes.tsx';
import { publicPageRoutes } from './features/public-pages/routes.tsx';
import { recruitmentRoutes } from './features/recruitment/routes.tsx';
import { resumeRoutes } from './features/resume/routes.tsx';
import { signInRoutes } from './features/sign-in/routes.tsx';
import { settingsRoutes } from './features/settings/routes.tsx';
import { trainingRoutes } from './features/training/routes.tsx';
import { trainingBookingRoutes } from './features/training/booking-routes.tsx';
import { trainingCatalogueRoutes } from './features/training/catalogue-routes.tsx';
import { trainingRecordRoutes } from './features/training/record-routes.tsx';
import { elearningRoutes } from './features/training/elearning/routes.tsx';

/** Builds the whole web application: the core's HTTP server, then every feature's routes. */
export async function buildApp(deps: HttpDeps): Promise<FastifyInstance> {
  const app = await createHttpServer(deps);
  healthRoutes(app, deps);
  publicPageRoutes(app, deps);
  newsRoutes(app, deps);
  consentRoutes(app, deps);
  enquiryRoutes(app, deps);
  signInRoutes(app, deps);
  accountsRoutes(app, deps);
  settingsRoutes(app, deps);
  homeRoutes(app, deps);
  householdRoutes(app, deps);
  recruitmentRoutes(app, deps);
  childRoutes(app, deps);
  trainingRoutes(app, deps);
  trainingBookingRoutes(app, deps);
  trainingCatalogueRoutes(app, deps);
  trainingRecordRoutes(app, deps);
  elearningRoutes(app, deps);
  auditTrailRoutes(app, deps);
  apiRoutes(app);
  resumeRoutes(app, deps);
  return app;
}
