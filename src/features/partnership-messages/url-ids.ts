import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { ZBeforeQuery, ZId } from './schemas.ts';

/** An id from the address, lower-cased; anything that is not one is a page that does not exist. */
export function idParam(request: FastifyRequest, name: 'id' | 'childId' | 'messageId'): string {
  const parsed = ZId.safeParse((request.params as Record<string, unknown>)[name]);
  if (!parsed.success) throw new NotFound();
  return parsed.data.toLowerCase();
}

/** The child's id, whichever of the two addresses of the space was used. */
export function childIdParam(request: FastifyRequest): string {
  const params = request.params as Record<string, unknown>;
  return idParam(request, 'childId' in params ? 'childId' : 'id');
}

/** Where the page of earlier messages starts; a link that cannot be read shows the latest. */
export function beforeQuery(request: FastifyRequest): Date | null {
  const parsed = ZBeforeQuery.safeParse(request.query ?? {});
  return parsed.success ? parsed.data.before : null;
}
