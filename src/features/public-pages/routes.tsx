import type { FastifyInstance } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { AccessibilityPage } from './views/accessibility-page.tsx';
import { PrivacyPage } from './views/privacy-page.tsx';
import { WelcomePage } from './views/welcome-page.tsx';

/** Pages anyone may read: the front door, the accessibility statement and the privacy notice. */
export function publicPageRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/', { config: { public: true } }, async (request, reply) => {
    if (request.ctx.actor) return reply.redirect('/home', 303);
    const settings = await getAgencySettings(deps.database.db);
    return reply.page(
      WelcomePage({ context: await pageContext(request, reply, deps), phone: settings.phone }),
    );
  });
  app.get('/accessibility', { config: { public: true } }, async (request, reply) => {
    const settings = await getAgencySettings(deps.database.db);
    return reply.page(
      AccessibilityPage({
        context: await pageContext(request, reply, deps),
        email: settings.email,
      }),
    );
  });
  app.get('/privacy', { config: { public: true } }, async (request, reply) => {
    const settings = await getAgencySettings(deps.database.db);
    return reply.page(
      PrivacyPage({ context: await pageContext(request, reply, deps), email: settings.email }),
    );
  });
}
