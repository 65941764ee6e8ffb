// The ids and positions e-learning's addresses carry; anything else in their place is not there.
import type { FastifyRequest } from 'fastify';
import { NotFound } from '../../../core/errors.ts';
import { ZModuleId, ZPosition } from './schemas.ts';

/** The module named in the address. */
export function moduleIdOf(request: FastifyRequest): string {
  const id = ZModuleId.safeParse((request.params as { moduleId?: string }).moduleId);
  if (!id.success) throw new NotFound();
  return id.data;
}

/** The page's place in its module named in the address. */
export function positionOf(request: FastifyRequest): number {
  const position = ZPosition.safeParse((request.params as { position?: string }).position);
  if (!position.success) throw new NotFound();
  return position.data;
}
