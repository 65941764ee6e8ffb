import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFound } from '../../core/errors.ts';

const ZId = z.guid();

/** An id from the address, lower-cased; anything that is not an id is a page that does not exist. */
export function idParam(request: FastifyRequest, name = 'id'): string {
  const id = ZId.safeParse((request.params as Record<string, unknown>)[name]);
  if (!id.success) throw new NotFound();
  return id.data.toLowerCase();
}

/** True when the page was asked for as the printable version (?print=1). */
export function isPrintRequest(request: FastifyRequest): boolean {
  return (request.query as Record<string, unknown> | undefined)?.print === '1';
}

/** True when the caller (the map's script) asked for JSON rather than a page. */
export function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json');
}

/** Sends JSON that must never be kept by a browser or a proxy. */
export function sendPrivateJson(reply: FastifyReply, body: unknown): FastifyReply {
  return reply.header('cache-control', 'no-store').type('application/json').send(body);
}
