import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { ZId } from './schemas.ts';

/** An id from the address, lower-cased; anything that is not one is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): string {
  const parsed = ZId.safeParse((request.params as Record<string, unknown>)[name]);
  if (!parsed.success) throw new NotFound();
  return parsed.data.toLowerCase();
}

/**
 * The young person's own record: null when their account is not linked to it yet, and "not
 * found" for anyone who is not a young person. It depends on the account alone, never on a home.
 */
export function ownChildIdOf(request: FastifyRequest): string | null {
  const actor = request.ctx.actor;
  if (!actor || actor.role !== 'young_person') throw new NotFound();
  return actor.reach.ownRecordChildId;
}
