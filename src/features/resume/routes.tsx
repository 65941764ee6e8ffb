import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { takeHeldSubmission } from '../../core/http/held-submissions.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { ResumePage } from './views/resume-page.tsx';

const ZResumeParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

/** Gives back a form that was sent after its session timed out, once its author has signed in again. */
export function resumeRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/resume/:id', { config: { action: 'home.view' } }, async (request, reply) => {
    const params = ZResumeParams.safeParse(request.params);
    const held =
      params.success && request.ctx.actor
        ? await takeHeldSubmission(request.ctx.db, {
            id: params.data.id,
            userId: request.ctx.actor.userId,
            anonymousId: request.anonymousId,
            now: request.ctx.now,
          })
        : null;
    if (!held) {
      setFlash(reply, deps.config, { kind: 'info', text: 'There was nothing waiting to be sent.' });
      return reply.redirect('/home', 303);
    }
    return reply.page(ResumePage({ context: await pageContext(request, reply, deps), held }));
  });
}
