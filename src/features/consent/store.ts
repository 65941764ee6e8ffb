import { and, count, countDistinct, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { analyticsEvents, consentDecisions } from '../../core/db/tables.ts';

/** Records one cookie choice. */
export async function insertDecision(
  db: Db,
  decision: typeof consentDecisions.$inferInsert,
): Promise<void> {
  await db.insert(consentDecisions).values(decision);
}

/** Records one analytics event. */
export async function insertEvent(
  db: Db,
  event: typeof analyticsEvents.$inferInsert,
): Promise<void> {
  await db.insert(analyticsEvents).values(event);
}

/** Deletes analytics events recorded before a moment. */
export async function deleteEventsBefore(db: Db, before: Date): Promise<void> {
  await db.delete(analyticsEvents).where(lt(analyticsEvents.at, before));
}

export type Period = { from: Date; until: Date };

const inPeriod = (period: Period) =>
  and(gte(analyticsEvents.at, period.from), lt(analyticsEvents.at, period.until));

/** Page views in a period, by page, most viewed first. */
export async function countPageViews(db: Db, period: Period) {
  const rows = await db
    .select({
      path: analyticsEvents.path,
      views: count(),
      visitors: countDistinct(analyticsEvents.analyticsId),
    })
    .from(analyticsEvents)
    .where(and(eq(analyticsEvents.kind, 'page_view'), inPeriod(period)))
    .groupBy(analyticsEvents.path)
    .orderBy(desc(count()), analyticsEvents.path)
    .limit(200);
  return rows.map((row) => ({
    path: row.path,
    views: toCount(row.views),
    visitors: toCount(row.visitors),
  }));
}

/** Steps towards getting in touch in a period, by step and the page it was taken on. */
export async function countFunnelSteps(db: Db, period: Period) {
  const rows = await db
    .select({
      step: analyticsEvents.funnelStep,
      path: analyticsEvents.path,
      times: count(),
      visitors: countDistinct(analyticsEvents.analyticsId),
    })
    .from(analyticsEvents)
    .where(and(eq(analyticsEvents.kind, 'funnel_step'), inPeriod(period)))
    .groupBy(analyticsEvents.funnelStep, analyticsEvents.path)
    .orderBy(desc(count()), analyticsEvents.funnelStep, analyticsEvents.path)
    .limit(200);
  return rows.map((row) => ({
    step: row.step ?? '',
    path: row.path,
    times: toCount(row.times),
    visitors: toCount(row.visitors),
  }));
}

/** How many different analytics ids were seen in a period. */
export async function countVisitors(db: Db, period: Period): Promise<number> {
  const [row] = await db
    .select({ total: countDistinct(analyticsEvents.analyticsId) })
    .from(analyticsEvents)
    .where(inPeriod(period));
  return toCount(row?.total);
}
