import type { FastifyInstance } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { invalidProblem, sendProblem } from '../../core/http/problem.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { fieldErrorsOf, parseForm } from '../../core/http/validation.ts';
import { ANALYTICS_ID_COOKIE, isAnalyticsId } from './consent-cookie.ts';
import { readConsent, rememberConsent, setAnalyticsId } from './http-consent.ts';
import { toLocalPath } from './local-path.ts';
import { WindowedLimiter } from './rate-limit.ts';
import { ZAnalyticsEvent, ZConsentChoice, ZReportPeriod } from './schemas.ts';
import {
  newRandomId,
  readAnalyticsReport,
  recordAnalyticsEvent,
  recordConsentChoice,
  withdrawConsent,
} from './service.ts';
import { AnalyticsReportPage } from './views/analytics-report-page.tsx';

// A person reading pages sends a handful of events a minute; far more is a script.
const EVENTS_PER_MINUTE = 60;

/** Cookie choices, opting out, the analytics events endpoint and the staff's analytics report. */
export function consentRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const limiter = new WindowedLimiter(EVENTS_PER_MINUTE, 60_000);

  app.post('/consent', { config: { public: true } }, async (request, reply) => {
    const form = parseForm(ZConsentChoice, request.body);
    if (!form.ok) throw new Invalid(form.errors);
    const hasAnalytics = form.data.analytics === 'accept';
    const decisionId = await recordConsentChoice(request.ctx, {
      hasAnalytics,
      replacesId: readConsent(request).decisionId,
    });
    rememberConsent(reply, deps.config, { hasAnalytics, decisionId });
    if (hasAnalytics && !isAnalyticsId(request.cookies[ANALYTICS_ID_COOKIE])) {
      setAnalyticsId(reply, deps.config, newRandomId());
    }
    setFlash(reply, deps.config, {
      kind: 'success',
      text: hasAnalytics
        ? 'Thank you: you have accepted analytics cookies. You can change your mind at any time on the opt-out page.'
        : 'You have rejected analytics cookies. We will not count your visits.',
    });
    return reply.redirect(toLocalPath(form.data.returnTo), 303);
  });

  app.post('/opt-out', { config: { public: true } }, async (request, reply) => {
    const decisionId = await withdrawConsent(request.ctx, readConsent(request).decisionId);
    rememberConsent(reply, deps.config, { hasAnalytics: false, decisionId });
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'Analytics cookies are off. We will not count your visits from now on.',
    });
    return reply.redirect('/opt-out', 303);
  });

  app.post('/analytics/events', { config: { public: true } }, async (request, reply) => {
    if (!readConsent(request).hasAnalytics) {
      return sendProblem(reply, {
        status: 403,
        title: 'No consent to analytics',
        detail: 'This visitor has not accepted analytics cookies, so nothing is recorded.',
      });
    }
    if (!limiter.isAllowed(request.ip, request.ctx.now.getTime())) {
      reply.header('retry-after', '60');
      return sendProblem(reply, { status: 429, title: 'Too many events' });
    }
    const event = ZAnalyticsEvent.safeParse(request.body);
    if (!event.success) return sendProblem(reply, invalidProblem(fieldErrorsOf(event.error)));
    let analyticsId = request.cookies[ANALYTICS_ID_COOKIE];
    if (!isAnalyticsId(analyticsId)) {
      analyticsId = newRandomId();
      setAnalyticsId(reply, deps.config, analyticsId);
    }
    const isRecorded = await recordAnalyticsEvent(request.ctx, event.data, analyticsId);
    if (!isRecorded) {
      return sendProblem(reply, invalidProblem({ path: 'Send the path of a page on this site' }));
    }
    return reply.code(204).send();
  });

  app.get('/analytics', { config: { action: 'analytics.read' } }, async (request, reply) => {
    const query = parseForm(ZReportPeriod, request.query);
    const report = await readAnalyticsReport(request.ctx, query.ok ? query.data : {});
    const context = await pageContext(request, reply, deps);
    return reply.page(
      AnalyticsReportPage({
        context,
        report,
        values: query.values,
        ...(query.ok ? {} : { errors: query.errors }),
      }),
      query.ok ? 200 : 400,
    );
  });
}
