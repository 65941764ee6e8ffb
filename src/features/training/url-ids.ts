import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { ZRecordId } from './catalogue-schemas.ts';

/** A record's id from the URL; anything that is not an id is a page that does not exist. */
export function idOf(request: FastifyRequest, name: string): string {
  const id = ZRecordId.safeParse((request.params as Record<string, unknown>)[name]);
  if (!id.success) throw new NotFound();
  return id.data;
}
