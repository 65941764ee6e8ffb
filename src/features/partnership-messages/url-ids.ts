import type { FastifyRequest } from 'fastify';
import { ZBeforeQuery } from './schemas.ts';

/** Where the page of earlier messages starts; a link that cannot be read shows the latest. */
export function beforeQuery(request: FastifyRequest): Date | null {
  const parsed = ZBeforeQuery.safeParse(request.query ?? {});
  return parsed.success ? parsed.data.before : null;
}
