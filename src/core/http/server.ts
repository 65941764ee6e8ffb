import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Action } from '../access/actions.ts';
import { EMPTY_REACH, loadReach } from '../access/actor.ts';
import { isStaff } from '../access/roles.ts';
import type { Ctx } from '../context.ts';
import type { Database } from '../db/connect.ts';
import { getAgencySettings } from '../settings.ts';
import { ASSETS } from '../ui/assets.ts';
import type { Flash, PageContext } from '../ui/page-context.ts';
import { renderDocument } from '../ui/render.ts';
import { termsFor } from '../ui/terms.ts';
import { todayIn } from '../time/dates.ts';
import { handleError, handleNotFound } from './error-handler.ts';
import { CsrfRejectedPage } from './error-pages.tsx';
import type { Secrets } from './secrets.ts';
import { holdSubmission } from './held-submissions.ts';
import { findSession, SESSION_COOKIE, type SessionUser } from './sessions.ts';
import { formValues } from './validation.ts';
import { hashToken, newToken, sign, isSameSecret } from './tokens.ts';
import { sendProblem } from './problem.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action this route performs; the service authorises it against the record. */
    action?: Action;
    /** Open to everyone, signed in or not. */
    public?: boolean;
    /** Reachable between the password and the second factor (the two-factor pages, sign-out). */
    allowsPendingTwoFactor?: boolean;
  }
  interface FastifyRequest {
    ctx: Ctx;
    session: SessionUser | null;
    /** Whose session this request came with, when that session has since timed out. */
    expiredSessionUserId: string | null;
    anonymousId: string | null;
    flash: Flash | null;
  }
  interface FastifyReply {
    /** Sends a rendered page. */
    page: (page: VNode, status?: number) => FastifyReply;
  }
}

export type HttpDeps = {
  config: Config;
  database: Database;
  secrets: Secrets;
  logger: Logger;
  now?: () => Date;
};

const ANONYMOUS_COOKIE = 'kf_anon';
const FLASH_COOKIE = 'kf_flash';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for requests to the JSON API, which answers in problem+json rather than pages. */
export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/** The cookie options every Kinfold cookie shares. */
export function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.isTls };
}

/**
 * Builds the HTTP server with everything every feature relies on: sessions, CSRF protection, the
 * access gate, security headers, error pages and assets. Features add their routes afterwards.
 */
export async function createHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const { config, database, secrets } = deps;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    loggerInstance: deps.logger,
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });

  await app.register(cookie, { secret: secrets.signing });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  // Forms that upload a photo: fields arrive as strings and files as Buffers in request.body, so
  // the CSRF check and parseForm work as for any other form. Files are checked by core/files.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: 10 * 1024 * 1024, files: 4, fields: 100, fieldSize: 256 * 1024 },
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: config.isTls ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });

  // Deny by default: a route that says neither which action it performs nor that it is public
  // stops the server from starting.
  app.addHook('onRoute', (route) => {
    const routeConfig = (route.config ?? {}) as { action?: Action; public?: boolean };
    if (!routeConfig.action && !routeConfig.public) {
      throw new Error(
        `Route ${route.method} ${route.url} declares neither an action nor public: true`,
      );
    }
  });

  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('session', null);
  app.decorateRequest('expiredSessionUserId', null);
  app.decorateRequest('anonymousId', null);
  app.decorateRequest('flash', null);
  app.decorateReply('page', function (this: FastifyReply, page: VNode, status = 200) {
    return this.code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(renderDocument(page));
  });

  app.addHook('onRequest', async (request, reply) => {
    const at = now();
    request.ctx = {
      actor: null,
      db: database.db,
      now: at,
      request: { id: request.id, ip: request.ip },
    };
    request.anonymousId = request.cookies[ANONYMOUS_COOKIE] ?? null;
    const flash = request.cookies[FLASH_COOKIE];
    if (flash) {
      const unsigned = request.unsignCookie(flash);
      if (unsigned.valid && unsigned.value) request.flash = parseFlash(unsigned.value);
      reply.clearCookie(FLASH_COOKIE, { path: '/' });
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token || request.url.startsWith('/assets/')) return;
    const found = await findSession(database.db, token, at);
    if (found.state !== 'active') {
      request.expiredSessionUserId = found.state === 'expired' ? found.userId : null;
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    request.session = found.session;
    if (found.session.hasTwoFactor && !found.session.isTwoFactorPassed) return;
    const { userId, role, name, email } = found.session;
    request.ctx.actor = { userId, role, name, email, reach: EMPTY_REACH };
    request.ctx.actor.reach = await loadReach(database.db, userId, role);
  });

  app.addHook('preHandler', async (request, reply) => {
    const routeConfig = request.routeOptions.config;
    if (!routeConfig.public && !request.is404) {
      const redirect = await gate(request, reply, deps);
      if (redirect) {
        if (isApiRequest(request)) {
          return sendProblem(reply, {
            status: 401,
            title: 'Sign-in required',
            detail: 'Send a valid API key or session.',
          });
        }
        return reply.redirect(redirect, 303);
      }
    }
    if (
      UNSAFE_METHODS.has(request.method) &&
      !isApiRequest(request) &&
      !hasValidCsrfToken(request, secrets)
    ) {
      request.log.warn({ event: 'csrf_rejected' }, 'form rejected: missing or wrong CSRF token');
      const context = await pageContext(request, reply, deps);
      return reply.page(CsrfRejectedPage({ context }), 403);
    }
  });

  app.setErrorHandler((error, request, reply) => handleError(error, request, reply, deps));
  app.setNotFoundHandler((request, reply) => handleNotFound(request, reply, deps));

  app.get(
    '/assets/:file',
    { config: { public: true }, logLevel: 'warn' },
    async (request, reply) => {
      const { file } = request.params as { file: string };
      const asset = [...ASSETS.values()].find((candidate) => candidate.url === `/assets/${file}`);
      if (!asset) return handleNotFound(request, reply, deps);
      return reply
        .type(asset.contentType)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(asset.body);
    },
  );

  // The pino logger makes Fastify's instance type more specific than features need to know.
  return app as unknown as FastifyInstance;
}

/**
 * Decides where a request without full access must go first, or null when it may proceed:
 * sign in, then the second factor, then (for staff where the agency requires it) setting one up.
 */
async function gate(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
): Promise<string | null> {
  const routeConfig = request.routeOptions.config;
  const session = request.session;
  if (!session) return signInAddress(request, reply, deps);
  if (routeConfig.allowsPendingTwoFactor) return null;
  if (session.hasTwoFactor && !session.isTwoFactorPassed) return '/sign-in/two-factor';
  if (!session.hasTwoFactor && isStaff(session.role)) {
    const settings = await getAgencySettings(deps.database.db);
    if (settings.isStaffTwoFactorRequired) return '/account/two-factor?required=1';
  }
  return null;
}

/**
 * Where to sign in, coming back here afterwards. A form sent after its session timed out is held,
 * so the person can send it again once signed in, rather than typing it all again.
 */
async function signInAddress(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
): Promise<string> {
  const params = new URLSearchParams();
  if (request.method === 'GET') params.set('next', request.url);
  if (request.expiredSessionUserId) {
    params.set('expired', '1');
    if (
      UNSAFE_METHODS.has(request.method) &&
      !isApiRequest(request) &&
      wasSentFromKinfold(request, deps.secrets)
    ) {
      csrfTokenFor(request, reply, deps); // makes sure the browser has an anonymous id to bind the form to
      const id = await holdSubmission(deps.database.db, {
        userId: request.expiredSessionUserId,
        anonymousId: request.anonymousId!,
        url: request.url,
        fields: formValues(request.body),
        now: request.ctx.now,
      });
      params.set('next', `/resume/${id}`);
    }
  }
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}

// Only a form that carries the timed-out session's own token is held: another site cannot plant one.
function wasSentFromKinfold(request: FastifyRequest, secrets: Secrets): boolean {
  const token = request.cookies[SESSION_COOKIE];
  const sent = (request.body as Record<string, unknown> | undefined)?._csrf;
  return (
    typeof token === 'string' &&
    typeof sent === 'string' &&
    isSameSecret(sent, csrfToken(secrets, { sessionHash: hashToken(token) }))
  );
}

/** The CSRF token for this visitor: bound to their session, or to an anonymous cookie before sign-in. */
export function csrfTokenFor(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Pick<HttpDeps, 'secrets' | 'config'>,
): string {
  if (request.session) return csrfToken(deps.secrets, { sessionHash: request.session.tokenHash });
  if (!request.anonymousId) {
    request.anonymousId = newToken();
    reply.setCookie(ANONYMOUS_COOKIE, request.anonymousId, cookieOptions(deps.config));
  }
  return csrfToken(deps.secrets, { anonymousId: request.anonymousId });
}

/** The token a form must carry: a signature of the session (or of the anonymous visitor's cookie). */
export function csrfToken(
  secrets: Secrets,
  binding: { sessionHash: string } | { anonymousId: string },
): string {
  const value =
    'sessionHash' in binding
      ? `session:${binding.sessionHash}`
      : `anonymous:${binding.anonymousId}`;
  return sign(secrets.signing, value);
}

function hasValidCsrfToken(request: FastifyRequest, secrets: Secrets): boolean {
  const body = request.body as Record<string, unknown> | undefined;
  const sent = typeof body?._csrf === 'string' ? body._csrf : request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || sent.length === 0) return false;
  const binding = request.session
    ? { sessionHash: request.session.tokenHash }
    : request.anonymousId
      ? { anonymousId: request.anonymousId }
      : null;
  return binding !== null && isSameSecret(sent, csrfToken(secrets, binding));
}

/** Everything the page layout needs for this request. */
export async function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Pick<HttpDeps, 'secrets' | 'config' | 'database'>,
): Promise<PageContext> {
  const settings = await getAgencySettings(deps.database.db);
  const actor = request.ctx?.actor;
  return {
    actor: actor ? { name: actor.name, role: actor.role } : null,
    csrfToken: csrfTokenFor(request, reply, deps),
    agencyName: settings.name,
    locale: settings.locale,
    timeZone: settings.timeZone,
    today: todayIn(settings.timeZone, request.ctx?.now ?? new Date()),
    terms: termsFor(settings.locale),
    currentPath: request.url.split('?')[0] ?? '/',
    flash: request.flash,
  };
}

/** Shows a one-off message on the next page (after a redirect). */
export function setFlash(reply: FastifyReply, config: Config, flash: Flash): void {
  reply.setCookie(FLASH_COOKIE, JSON.stringify(flash), {
    ...cookieOptions(config),
    signed: true,
    maxAge: 60,
  });
}

function parseFlash(value: string): Flash | null {
  try {
    const parsed = JSON.parse(value) as Flash;
    return typeof parsed.text === 'string' && (parsed.kind === 'success' || parsed.kind === 'info')
      ? parsed
      : null;
  } catch {
    return null;
  }
}
