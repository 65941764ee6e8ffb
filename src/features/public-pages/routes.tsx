import type { FastifyInstance } from 'fastify';
import type { VNode } from 'preact';
import type { HttpDeps } from '../../core/http/server.ts';
import { listLatestArticles } from '../news/index.ts';
import { publicContext, type PublicContext } from './public-context.ts';
import { AccessibilityPage } from './views/accessibility-page.tsx';
import { ContactPage } from './views/contact-page.tsx';
import { CookiesPage } from './views/cookies-page.tsx';
import { FosteringPage } from './views/fostering-page.tsx';
import { GetInTouchPage } from './views/get-in-touch-page.tsx';
import { HomePage } from './views/home-page.tsx';
import { KinshipCarePage } from './views/kinship-care-page.tsx';
import { OptOutPage } from './views/opt-out-page.tsx';
import { OurApproachPage } from './views/our-approach-page.tsx';
import { PrivacyPage } from './views/privacy-page.tsx';
import { QuestionsPage } from './views/questions-page.tsx';
import { TrainingPage } from './views/training-page.tsx';

// Pages whose content is the same for every visitor, by address.
const PAGES: Record<string, (props: { context: PublicContext }) => VNode> = {
  '/fostering': FosteringPage,
  '/our-approach': OurApproachPage,
  '/training-and-support': TrainingPage,
  '/kinship-care': KinshipCarePage,
  '/questions': QuestionsPage,
  '/get-in-touch': GetInTouchPage,
  '/contact': ContactPage,
  '/privacy': PrivacyPage,
  '/cookies': CookiesPage,
  '/opt-out': OptOutPage,
  '/accessibility': AccessibilityPage,
};

/** The public website's pages, which anyone may read, and robots.txt. */
export function publicPageRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const config = { public: true } as const;

  app.get('/', { config }, async (request, reply) => {
    // People who have signed in come for their own home page, not the public one.
    if (request.ctx.actor) return reply.redirect('/home', 303);
    const latest = await listLatestArticles(request.ctx, 3);
    return reply.page(HomePage({ context: await publicContext(request, reply, deps), latest }));
  });

  for (const [path, View] of Object.entries(PAGES)) {
    app.get(path, { config }, async (request, reply) =>
      reply.page(View({ context: await publicContext(request, reply, deps) })),
    );
  }

  app.get('/robots.txt', { config }, async (_request, reply) => {
    const lines = [
      'User-agent: *',
      'Disallow: /news/manage',
      'Disallow: /analytics',
      'Disallow: /admin',
      'Disallow: /home',
      'Disallow: /sign-in',
      '',
      `Sitemap: ${deps.config.publicUrl}/sitemap.xml`,
      '',
    ];
    return reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(lines.join('\n'));
  });
}
