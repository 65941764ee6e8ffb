import type { FastifyInstance } from 'fastify';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { readMyFeed, renderFamilyTimeFeed, resetMyFeed } from './feed-service.ts';
import { childIdAt, ownDoorFor, partyOfRequest, ROOTS } from './roots.ts';
import { CalendarPage } from './views/calendar-page.tsx';
import { familyTimePaths } from './views/paths.ts';

/** Each person's family time calendar: its page, a new address, and the feed itself. */
export function familyTimeFeedRoutes(app: FastifyInstance, deps: HttpDeps): void {
  for (const root of ROOTS) {
    const path = `${root.prefix}/family-time/calendar`;

    app.get(path, { config: { action: 'partnership.read' } }, async (request, reply) => {
      const childId = childIdAt(request, root);
      const door = ownDoorFor(request, root, childId);
      if (door) return reply.redirect(door, 303);
      const feed = await readMyFeed(request.ctx, childId);
      const address = feed.token
        ? `${deps.config.publicUrl}${familyTimePaths.feed(feed.token)}`
        : null;
      const context = await pageContext(request, reply, deps);
      return reply.page(CalendarPage({ context, feed, address }));
    });

    app.post(path, { config: { action: 'partnership.write' } }, async (request, reply) => {
      const childId = childIdAt(request, root);
      await resetMyFeed(request.ctx, childId);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: 'Your calendar address is ready. Copy it into your calendar app.',
      });
      return reply.redirect(familyTimePaths.calendar(partyOfRequest(request), childId), 303);
    });
  }

  app.get(
    '/calendars/family-time/:token.ics',
    { config: { public: true } },
    async (request, reply) => {
      const { token = '' } = request.params as { token?: string };
      const calendar = await renderFamilyTimeFeed(request.ctx, token);
      if (calendar === null) return reply.callNotFound();
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .send(calendar);
    },
  );
}
