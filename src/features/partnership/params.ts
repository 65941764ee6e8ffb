// Ids in the addresses of the partnership space: one reading for every part of it, so every page
// treats a malformed id the same way (a page that does not exist).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFound } from '../../core/errors.ts';

const ZId = z.guid();

/** An id from the address, lower-cased; anything that is not one is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): string {
  const parsed = ZId.safeParse((request.params as Record<string, unknown>)[name]);
  if (!parsed.success) throw new NotFound();
  return parsed.data.toLowerCase();
}

/** The child's id, whichever side's address it came in on (/children/:id/family or /family/:childId). */
export function childIdParam(request: FastifyRequest): string {
  const params = request.params as Record<string, unknown>;
  return idParam(request, 'childId' in params ? 'childId' : 'id');
}
