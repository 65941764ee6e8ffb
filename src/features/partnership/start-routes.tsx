import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../core/context.ts';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { formValues, type FormValues } from '../../core/http/validation.ts';
import { idParam } from './params.ts';
import { isFamilySide } from './hub-sides.ts';
import { partnershipPaths } from './paths.ts';
import {
  arrangeIntro,
  readGettingStarted,
  recordComfortCall,
  recordIntroHeld,
} from './start-service.ts';
import { FamilyGettingStartedPage } from './views/family-getting-started-page.tsx';
import { GettingStartedPage, type SentStartForm } from './views/getting-started-page.tsx';

/** Getting started: the page on each side, and the forms staff and carers record things with. */
export function startRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const read = { config: { action: 'partnership.read' as const } };
  const write = { config: { action: 'partnership.write' as const } };
  const manage = { config: { action: 'partnership.manage' as const } };

  const showRecord = async (request: FastifyRequest, reply: FastifyReply, sent?: SentStartForm) => {
    const childId = idParam(request, 'id');
    const page = await readGettingStarted(request.ctx, childId);
    if (page.side === 'family') {
      return reply.redirect(partnershipPaths.gettingStarted('parent', childId), 303);
    }
    const context = await pageContext(request, reply, deps);
    return reply.page(GettingStartedPage({ context, page, sent }), sent ? 400 : 200);
  };

  app.get('/children/:id/family/getting-started', read, async (request, reply) => {
    if (isFamilySide(request.ctx.actor)) {
      const childId = idParam(request, 'id');
      return reply.redirect(partnershipPaths.gettingStarted('parent', childId), 303);
    }
    return showRecord(request, reply);
  });

  app.get('/family/:childId/getting-started', read, async (request, reply) => {
    const childId = idParam(request, 'childId');
    if (!isFamilySide(request.ctx.actor)) {
      return reply.redirect(partnershipPaths.gettingStarted('staff', childId), 303);
    }
    const page = await readGettingStarted(request.ctx, childId);
    if (page.side === 'record') {
      return reply.redirect(partnershipPaths.gettingStarted('staff', childId), 303);
    }
    const context = await pageContext(request, reply, deps);
    return reply.page(FamilyGettingStartedPage({ context, page }));
  });

  // Each form: one service call (which checks who may do it, then the words), back to the page;
  // a problem shows the page again with what was typed.
  const post =
    (
      form: SentStartForm['form'],
      record: (ctx: Ctx, childId: string, values: FormValues) => Promise<void>,
      done: string,
    ) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const childId = idParam(request, 'id');
      const values = formValues(request.body);
      try {
        await record(request.ctx, childId, values);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        return showRecord(request, reply, { form, values, errors: error.fieldErrors });
      }
      setFlash(reply, deps.config, { kind: 'success', text: done });
      return reply.redirect(partnershipPaths.gettingStarted('staff', childId), 303);
    };

  app.post(
    '/children/:id/family/getting-started/introductory-meeting',
    manage,
    post('intro', arrangeIntro, 'The introductory meeting is arranged.'),
  );
  app.post(
    '/children/:id/family/getting-started/introductory-meeting/held',
    manage,
    post('held', recordIntroHeld, 'The introductory meeting is recorded as held.'),
  );
  app.post(
    '/children/:id/family/getting-started/comfort-call',
    write,
    post('call', recordComfortCall, 'The comfort call is recorded.'),
  );
}
