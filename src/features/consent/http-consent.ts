// Reading and writing the consent cookies on a request; the rules about them are in consent-cookie.ts.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { cookieOptions } from '../../core/http/server.ts';
import {
  ANALYTICS_ID_COOKIE,
  CONSENT_COOKIE,
  CONSENT_MAX_AGE_SECONDS,
  formatConsentCookie,
  parseConsentCookie,
  type ConsentState,
} from './consent-cookie.ts';

/** The visitor's cookie choice, from the cookie their browser sent. */
export function readConsent(request: FastifyRequest): ConsentState {
  return parseConsentCookie(request.cookies[CONSENT_COOKIE]);
}

/** Remembers a choice in the visitor's browser; a "no" also deletes the analytics id. */
export function rememberConsent(
  reply: FastifyReply,
  config: Config,
  choice: { hasAnalytics: boolean; decisionId: string },
): void {
  const options = { ...cookieOptions(config), maxAge: CONSENT_MAX_AGE_SECONDS };
  reply.setCookie(
    CONSENT_COOKIE,
    formatConsentCookie(choice.hasAnalytics, choice.decisionId),
    options,
  );
  if (!choice.hasAnalytics) reply.clearCookie(ANALYTICS_ID_COOKIE, { path: '/' });
}

/** Sets the random analytics id; only ever called once the visitor has said yes. */
export function setAnalyticsId(reply: FastifyReply, config: Config, id: string): void {
  reply.setCookie(ANALYTICS_ID_COOKIE, id, {
    ...cookieOptions(config),
    maxAge: CONSENT_MAX_AGE_SECONDS,
  });
}
