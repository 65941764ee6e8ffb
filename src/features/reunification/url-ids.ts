import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { ZId } from './schemas.ts';

/** An id from the address, lower-cased; anything that is not an id is a page that does not exist. */
export function idParam(request: FastifyRequest, name: 'id' | 'childId' | 'stepId'): string {
  const parsed = ZId.safeParse((request.params as Record<string, unknown>)[name]);
  if (!parsed.success) throw new NotFound();
  return parsed.data.toLowerCase();
}
