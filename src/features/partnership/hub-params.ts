// The child's id in a space's address; anything that is not an id is a page that does not exist.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFound } from '../../core/errors.ts';

const ZId = z.guid();

/** The id in the named part of the address (`:id` on the record's pages, `:childId` on a family's). */
export function childIdParam(request: FastifyRequest, name: 'id' | 'childId'): string {
  const parsed = ZId.safeParse((request.params as Record<string, string | undefined>)[name]);
  if (!parsed.success) throw new NotFound();
  return parsed.data;
}
