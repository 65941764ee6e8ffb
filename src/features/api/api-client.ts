import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../../core/http/problem.ts';
import { authenticateApiKey, type ApiClient } from '../referrals/index.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reached with a local authority's API key, which the route's own hook checks. */
    apiKey?: boolean;
  }
}

// The client each request authenticated as; gone with the request.
const clients = new WeakMap<FastifyRequest, ApiClient>();

/**
 * A route hook that accepts a local authority's API key or answers 401 problem+json. It runs when
 * the request arrives, before its body is read, so nothing is parsed for an unknown caller.
 *
 * Routes using it are declared public to the server's gate, which knows only sessions: the key is
 * the caller's credential, and it is checked here, by the route itself.
 */
export async function requireApiKey(request: FastifyRequest, reply: FastifyReply) {
  // A session cookie sent along does not make the request a person's: the key speaks for itself.
  const ctx = { ...request.ctx, actor: null };
  const client = await authenticateApiKey(ctx, request.headers.authorization);
  if (client) {
    clients.set(request, client);
    return;
  }
  reply.header('www-authenticate', 'Bearer realm="kinfold"');
  return sendProblem(reply, {
    status: 401,
    title: 'API key required',
    detail:
      'Send a valid API key in the header Authorization: Bearer <key>. The agency makes keys for each local authority and can revoke them.',
  });
}

/** The local authority's system a request authenticated as (requireApiKey has run). */
export function apiClientOf(request: FastifyRequest): ApiClient {
  const client = clients.get(request);
  if (!client) throw new Error('requireApiKey must run before apiClientOf');
  return client;
}

/**
 * The options of every route reached with an API key. The server's gate knows only sessions, so
 * the route is public to it and requireApiKey checks the key instead, before the body is read,
 * answering 401 problem+json itself; apiKey: true says so in the list of routes and their access.
 */
export const WITH_API_KEY = {
  config: { public: true, apiKey: true },
  onRequest: requireApiKey,
} as const;
