import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { ZId } from './schemas.ts';

/** The child's id in the address; anything that is not one is a page that does not exist. */
export function idParam(request: FastifyRequest): string {
  const parsed = ZId.safeParse((request.params as { id?: string }).id);
  if (!parsed.success) throw new NotFound();
  return parsed.data;
}
