import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { deliverMessage, readWaiting, rejectMessage } from './moderation-service.ts';
import { ZRejectInput } from './schemas.ts';
import { idParam } from '../partnership/params.ts';
import { reasonErrors, WaitingPage, type FailedDecision } from './views/waiting-page.tsx';

/** The worker's page of messages waiting to be read, and the two decisions on each. */
export function moderationRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const manage = { config: { action: 'partnership.manage' as const } };

  const showWaiting = async (
    request: FastifyRequest,
    reply: FastifyReply,
    failed?: FailedDecision,
  ) => {
    const waiting = await readWaiting(request.ctx, idParam(request, 'id'));
    const context = await pageContext(request, reply, deps);
    return reply.page(WaitingPage({ context, waiting, failed }), failed ? 400 : 200);
  };

  app.get('/children/:id/family/messages/waiting', manage, async (request, reply) =>
    showWaiting(request, reply),
  );

  app.post('/children/:id/family/messages/:messageId/deliver', manage, async (request, reply) => {
    const childId = idParam(request, 'id');
    const done = await deliverMessage(
      request.ctx,
      childId,
      idParam(request, 'messageId'),
      deps.config.publicUrl,
    );
    setFlash(reply, deps.config, {
      kind: 'success',
      text: `The message from ${done.authorName} is passed on to everyone in ${done.knownAs}’s space.`,
    });
    return reply.redirect(partnershipPaths.moderation(childId), 303);
  });

  app.post('/children/:id/family/messages/:messageId/reject', manage, async (request, reply) => {
    const childId = idParam(request, 'id');
    const messageId = idParam(request, 'messageId');
    const form = parseForm(ZRejectInput, request.body);
    if (!form.ok) {
      const errors = reasonErrors(messageId, form.errors);
      return showWaiting(request, reply, { messageId, values: form.values, errors });
    }
    const done = await rejectMessage(request.ctx, childId, messageId, form.data);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: `The message from ${done.authorName} is kept back. They can read your reason.`,
    });
    return reply.redirect(partnershipPaths.moderation(childId), 303);
  });
}
