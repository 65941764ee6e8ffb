import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { ZHouseholdId } from './schemas.ts';

/** An id from the URL; anything that is not an id is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): string {
  const id = ZHouseholdId.safeParse((request.params as Record<string, unknown>)[name]);
  if (!id.success) throw new NotFound();
  return id.data;
}
