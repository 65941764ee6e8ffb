import type { FastifyInstance } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import type { HttpDeps } from '../../core/http/server.ts';
import { parseInput } from '../../core/http/validation.ts';
import { listChildren, readChild, ZChildId } from '../children/index.ts';
import { listHouseholds } from '../households/index.ts';
import {
  presentChild,
  presentChildSummary,
  presentHouseholdSummary,
  presentList,
} from './presenters.ts';
import { apiReferralRoutes } from './referral-routes.ts';
import { ZChildrenQuery, ZHouseholdsQuery } from './schemas.ts';

// Records of children must not linger in caches between the API and its caller.
const NO_STORE = 'no-store';

/**
 * The JSON API, version 1: the same services, scope and audit as the pages. Children and
 * households for signed-in sessions; referrals for local authorities' API keys; bad queries and
 * bodies answer 400 problem+json naming each field.
 */
export function apiRoutes(app: FastifyInstance, deps: HttpDeps): void {
  apiReferralRoutes(app, deps);

  app.get('/api/v1/children', { config: { action: 'child.list' } }, async (request, reply) => {
    const query = parseInput(ZChildrenQuery, request.query);
    const list = await listChildren(request.ctx, query);
    reply.header('cache-control', NO_STORE);
    return presentList(list, presentChildSummary);
  });

  app.get('/api/v1/children/:id', { config: { action: 'child.read' } }, async (request, reply) => {
    const id = ZChildId.safeParse((request.params as { id: string }).id);
    if (!id.success) throw new NotFound();
    const child = await readChild(request.ctx, id.data);
    reply.header('cache-control', NO_STORE);
    return presentChild(child);
  });

  app.get(
    '/api/v1/households',
    { config: { action: 'household.list' } },
    async (request, reply) => {
      const query = parseInput(ZHouseholdsQuery, request.query);
      const list = await listHouseholds(request.ctx, query);
      reply.header('cache-control', NO_STORE);
      return presentList(list, presentHouseholdSummary);
    },
  );
}
