import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { formValues } from '../../core/http/validation.ts';
import { familyTimeFeedRoutes } from './feed-routes.tsx';
import { readFamilyTime } from './list-service.ts';
import { familyTimePlanRoutes } from './plan-routes.tsx';
import { addFamilyTimeNote, cancelFamilyTime, confirmFamilyTime } from './respond-service.ts';
import { childIdAt, ownDoorFor, partyOfRequest, ROOTS, type Root } from './roots.ts';
import { idParam } from '../partnership/params.ts';
import { ZListQuery } from './schemas.ts';
import { readSession } from './session-service.ts';
import { FamilyTimePage } from './views/family-time-page.tsx';
import { familyTimePaths } from './views/paths.ts';
import { SessionPage, type SessionAttempt } from './views/session-page.tsx';

const read = { config: { action: 'partnership.read' as const } };
const write = { config: { action: 'partnership.write' as const } };

/** Family time: the list, each session, and what people do with a session; plans; calendars. */
export function familyTimeRoutes(app: FastifyInstance, deps: HttpDeps): void {
  for (const root of ROOTS) sessionRoutesAt(app, deps, root);
  familyTimePlanRoutes(app, deps);
  familyTimeFeedRoutes(app, deps);
}

function sessionRoutesAt(app: FastifyInstance, deps: HttpDeps, root: Root): void {
  const base = `${root.prefix}/family-time`;

  app.get(base, read, async (request, reply) => {
    const childId = childIdAt(request, root);
    const door = ownDoorFor(request, root, childId);
    if (door) return reply.redirect(door, 303);
    const { page } = ZListQuery.parse(request.query ?? {});
    const list = await readFamilyTime(request.ctx, childId, page);
    return reply.page(FamilyTimePage({ context: await pageContext(request, reply, deps), list }));
  });

  app.get(`${base}/:sessionId`, read, async (request, reply) => {
    const childId = childIdAt(request, root);
    const door = ownDoorFor(request, root, childId);
    if (door) return reply.redirect(door, 303);
    return showSession(request, reply, deps, root);
  });

  app.post(`${base}/:sessionId/confirm`, write, async (request, reply) => {
    const { childId, sessionId } = idsAt(request, root);
    await confirmFamilyTime(request.ctx, childId, sessionId);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'Thank you for letting everyone know you’ll be there.',
    });
    return backToSession(request, reply, childId, sessionId);
  });

  app.post(`${base}/:sessionId/notes`, write, async (request, reply) => {
    const { childId, sessionId } = idsAt(request, root);
    try {
      await addFamilyTimeNote(request.ctx, childId, sessionId, request.body);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const attempt = {
        form: 'note' as const,
        values: formValues(request.body),
        errors: error.fieldErrors,
      };
      return showSession(request, reply, deps, root, attempt);
    }
    setFlash(reply, deps.config, { kind: 'success', text: 'Your note is saved.' });
    return backToSession(request, reply, childId, sessionId);
  });

  app.post(`${base}/:sessionId/cancel`, write, async (request, reply) => {
    const { childId, sessionId } = idsAt(request, root);
    try {
      await cancelFamilyTime(request.ctx, childId, sessionId, request.body, deps.config.publicUrl);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const attempt = {
        form: 'cancel' as const,
        values: formValues(request.body),
        errors: error.fieldErrors,
      };
      return showSession(request, reply, deps, root, attempt);
    }
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'The family time is cancelled. Everyone going has been told.',
    });
    return backToSession(request, reply, childId, sessionId);
  });
}

function idsAt(request: FastifyRequest, root: Root): { childId: string; sessionId: string } {
  return { childId: childIdAt(request, root), sessionId: idParam(request, 'sessionId') };
}

async function showSession(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
  root: Root,
  attempt?: SessionAttempt,
) {
  const { childId, sessionId } = idsAt(request, root);
  const page = await readSession(request.ctx, childId, sessionId);
  const context = await pageContext(request, reply, deps);
  return reply.page(SessionPage({ context, page, attempt }), attempt ? 400 : 200);
}

function backToSession(
  request: FastifyRequest,
  reply: FastifyReply,
  childId: string,
  sessionId: string,
) {
  return reply.redirect(familyTimePaths.session(partyOfRequest(request), childId, sessionId), 303);
}
