import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import type { HttpDeps } from '../../core/http/server.ts';
import { sendProblem } from '../../core/http/problem.ts';
import { parseInput } from '../../core/http/validation.ts';
import {
  agencyToday,
  listAreaNames,
  listAuthorityReferrals,
  readAuthorityReferral,
  receiveReferralFromAuthority,
} from '../referrals/index.ts';
import { apiClientOf, WITH_API_KEY } from './api-client.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { parseJsonBody } from './parse-body.ts';
import {
  presentList,
  presentReferral,
  presentReferralCreated,
  referralLink,
} from './presenters.ts';
import { apiReferralSchema, ZApiReferralsQuery } from './referral-schemas.ts';

// Referrals must not linger in caches between the API and its caller.
const NO_STORE = 'no-store';

function isJson(request: FastifyRequest): boolean {
  return /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
}

/** Referrals in from local authorities' systems, their replies out, and the API's description. */
export function apiReferralRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.post('/api/v1/referrals', WITH_API_KEY, async (request, reply) => {
    if (!isJson(request)) {
      return sendProblem(reply, {
        status: 415,
        title: 'Send JSON',
        detail:
          'Send the referral as a JSON object with the header Content-Type: application/json.',
      });
    }
    const ctx = request.ctx;
    const schema = apiReferralSchema({
      today: await agencyToday(ctx),
      areaNames: await listAreaNames(ctx),
    });
    const input = parseJsonBody(schema, request.body);
    const created = await receiveReferralFromAuthority(ctx, apiClientOf(request), input);
    return reply
      .code(201)
      .header('cache-control', NO_STORE)
      .header('location', referralLink(created.id))
      .send(presentReferralCreated(created));
  });

  app.get('/api/v1/referrals', WITH_API_KEY, async (request, reply) => {
    const query = parseInput(ZApiReferralsQuery, request.query);
    const list = await listAuthorityReferrals(request.ctx, apiClientOf(request), {
      status: query.status,
      page: query.page,
      pageSize: query.pageSize,
    });
    reply.header('cache-control', NO_STORE);
    return presentList(list, presentReferral);
  });

  app.get('/api/v1/referrals/:id', WITH_API_KEY, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw new NotFound();
    }
    const referral = await readAuthorityReferral(request.ctx, apiClientOf(request), id);
    reply.header('cache-control', NO_STORE);
    return presentReferral(referral);
  });

  // Public: it holds no secrets, only the fields and the agency's area names.
  app.get('/api/v1/openapi.json', { config: { public: true } }, async (request) =>
    buildOpenApiDocument({
      serverUrl: deps.config.publicUrl,
      today: await agencyToday(request.ctx),
      areaNames: await listAreaNames(request.ctx),
    }),
  );
}
