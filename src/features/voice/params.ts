import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { ZVoiceId } from './schemas.ts';

/** An id from the address, lower-cased; anything that is not an id is a page that does not exist. */
export function idParam(request: FastifyRequest, name: 'id' | 'vid'): string {
  const id = ZVoiceId.safeParse((request.params as Record<string, unknown>)[name]);
  if (!id.success) throw new NotFound();
  return id.data.toLowerCase();
}
