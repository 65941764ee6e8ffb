import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { ZId } from './schemas.ts';

/** The id in a recruitment address; anything that is not one is a page that does not exist. */
export function idParam(request: FastifyRequest, name = 'id'): string {
  const parsed = ZId.safeParse((request.params as Record<string, string>)[name]);
  if (!parsed.success) throw new NotFound();
  return parsed.data;
}
