import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { invalidProblem, sendProblem } from '../../core/http/problem.ts';
import { setFlash, type HttpDeps } from '../../core/http/server.ts';
import type { Moved } from './move-service.ts';
import { sendPrivateJson, wantsJson } from './params.ts';

/** A move's answer: JSON for the map's script, otherwise back to the list with a message. */
export function answerMove(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
  moved: Moved,
  back: string,
): FastifyReply {
  const { id, ring, angle, hasMoved, message } = moved;
  if (wantsJson(request)) return sendPrivateJson(reply, { id, ring, angle, hasMoved, message });
  setFlash(reply, deps.config, { kind: hasMoved ? 'success' : 'info', text: message });
  return reply.redirect(`${back}#person-${id}`, 303);
}

/** A move that cannot be read: problem+json for the script, the error page otherwise. */
export function refuseMove(
  request: FastifyRequest,
  reply: FastifyReply,
  errors: FieldErrors,
): FastifyReply {
  if (wantsJson(request)) return sendProblem(reply, invalidProblem(errors));
  throw new Invalid(errors);
}
