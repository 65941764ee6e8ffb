import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { authorize } from '../../core/access/authorize.ts';
import type { Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { POLICY_VERSION } from './consent-cookie.ts';
import { toPagePath, toReferrerHost } from './event-cleaning.ts';
import type { TAnalyticsEvent } from './schemas.ts';
import * as store from './store.ts';

/** How long analytics events are kept before they are deleted. */
export const ANALYTICS_RETENTION_DAYS = 395;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const DEFAULT_REPORT_DAYS = 30;
let lastPrunedAt = 0;

/** A new random id, for a consent decision or an analytics cookie. */
export function newRandomId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Records a visitor's yes or no to analytics cookies, pointing to the choice it replaces when
 * their cookie carried one. Returns the new decision's id, for their cookie.
 */
export async function recordConsentChoice(
  ctx: Ctx,
  choice: { hasAnalytics: boolean; replacesId: string | null },
): Promise<string> {
  const id = newRandomId();
  await store.insertDecision(ctx.db, {
    id,
    decidedAt: ctx.now,
    decision: choice.hasAnalytics ? 'accepted' : 'rejected',
    categories: choice.hasAnalytics ? ['analytics'] : [],
    policyVersion: POLICY_VERSION,
    replacesId: choice.replacesId,
  });
  return id;
}

/** Records that a visitor withdrew their consent (on the opt-out page); returns the new decision's id. */
export async function withdrawConsent(ctx: Ctx, replacesId: string | null): Promise<string> {
  const id = newRandomId();
  await store.insertDecision(ctx.db, {
    id,
    decidedAt: ctx.now,
    decision: 'withdrawn',
    categories: [],
    policyVersion: POLICY_VERSION,
    replacesId,
  });
  return id;
}

/**
 * Records a page view or a step towards getting in touch, from a visitor who has accepted
 * analytics cookies. Returns false, recording nothing, when the path is not a page on this site.
 */
export async function recordAnalyticsEvent(
  ctx: Ctx,
  event: TAnalyticsEvent,
  analyticsId: string,
): Promise<boolean> {
  const path = toPagePath(event.path);
  if (!path) return false;
  await store.insertEvent(ctx.db, {
    at: ctx.now,
    kind: event.kind,
    path,
    referrerHost: event.kind === 'page_view' ? toReferrerHost(event.referrer) : null,
    funnelStep: event.kind === 'funnel_step' ? event.step : null,
    analyticsId,
  });
  // Old events go now and then, so the table only ever holds the retention period.
  if (ctx.now.getTime() - lastPrunedAt > PRUNE_EVERY_MS) {
    lastPrunedAt = ctx.now.getTime();
    await store.deleteEventsBefore(
      ctx.db,
      new Date(ctx.now.getTime() - ANALYTICS_RETENTION_DAYS * 24 * 60 * 60 * 1000),
    );
  }
  return true;
}

export type AnalyticsReport = {
  from: string;
  to: string;
  visitors: number;
  pageViews: Awaited<ReturnType<typeof store.countPageViews>>;
  funnelSteps: Awaited<ReturnType<typeof store.countFunnelSteps>>;
};

/** Page views and steps towards getting in touch, for the days from..to in the agency's time zone. */
export async function readAnalyticsReport(
  ctx: Ctx,
  period: { from?: string | undefined; to?: string | undefined },
): Promise<AnalyticsReport> {
  await authorize(ctx, 'analytics.read');
  const { timeZone } = await getAgencySettings(ctx.db);
  const to = period.to ?? todayIn(timeZone, ctx.now);
  const from =
    period.from ??
    DateTime.fromISO(to)
      .minus({ days: DEFAULT_REPORT_DAYS - 1 })
      .toISODate()!;
  const range = {
    from: DateTime.fromISO(from, { zone: timeZone }).startOf('day').toJSDate(),
    until: DateTime.fromISO(to, { zone: timeZone }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
  const [visitors, pageViews, funnelSteps] = [
    await store.countVisitors(ctx.db, range),
    await store.countPageViews(ctx.db, range),
    await store.countFunnelSteps(ctx.db, range),
  ];
  return { from, to, visitors, pageViews, funnelSteps };
}
