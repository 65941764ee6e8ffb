import type { FastifyInstance } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import type { HttpDeps } from '../../core/http/server.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { publicContext, SITE_PAGES } from '../public-pages/index.ts';
import { buildAtomFeed } from './atom-feed.ts';
import { manageArticleRoutes } from './manage-routes.tsx';
import { ZNewsListQuery, ZSlug } from './schemas.ts';
import {
  listArticleAddresses,
  listFeedArticles,
  listPublicArticles,
  readPublicArticle,
} from './service.ts';
import { buildSitemap } from './sitemap.ts';
import { ArticlePage } from './views/article-page.tsx';
import { NewsListPage } from './views/news-list-page.tsx';

/** The public news and blogs (list, articles, Atom feed), the sitemap, and the staff's pages. */
export function newsRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const config = { public: true } as const;
  const base = deps.config.publicUrl;

  app.get('/news', { config }, async (request, reply) => {
    const query = ZNewsListQuery.safeParse(request.query);
    if (!query.success) throw new NotFound();
    const list = await listPublicArticles(request.ctx, query.data);
    return reply.page(NewsListPage({ context: await publicContext(request, reply, deps), list }));
  });

  app.get('/news/feed.xml', { config }, async (request, reply) => {
    const { name } = await getAgencySettings(deps.database.db);
    const entries = await listFeedArticles(request.ctx);
    const xml = buildAtomFeed({
      title: `News and blogs from ${name}`,
      baseUrl: `${base}/`,
      siteUrl: `${base}/news`,
      feedUrl: `${base}/news/feed.xml`,
      updated: entries.reduce(
        (latest, entry) => (entry.updated > latest ? entry.updated : latest),
        new Date(0),
      ),
      entries: entries.map((entry) => ({ ...entry, url: `${base}/news/${entry.slug}` })),
    });
    return reply
      .type('application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=600')
      .send(xml);
  });

  app.get('/news/:slug', { config }, async (request, reply) => {
    const slug = ZSlug.safeParse((request.params as { slug: string }).slug);
    if (!slug.success) throw new NotFound();
    const article = await readPublicArticle(request.ctx, slug.data);
    return reply.page(ArticlePage({ context: await publicContext(request, reply, deps), article }));
  });

  app.get('/sitemap.xml', { config }, async (request, reply) => {
    const articles = await listArticleAddresses(request.ctx);
    const xml = buildSitemap([
      ...SITE_PAGES.map((path) => ({ url: `${base}${path}` })),
      ...articles.map((article) => ({
        url: `${base}/news/${article.slug}`,
        lastModified: article.lastModified,
      })),
    ]);
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=600')
      .send(xml);
  });

  manageArticleRoutes(app, deps);
}
