// The demo's daily records: three weeks of logs for the children living with carer@ (Sam Okafor:
// Mia and Jay) and kinship@ (Grace Mensah: Theo), a few significant events with the worker's
// replies, and one notifiable incident from two days ago that nobody has acknowledged yet, so the
// supervising social worker finds it on her home page. Deterministic for a given moment.
import { and, asc, eq, isNotNull, isNull, like, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { children, householdMembers, households, placements, users } from '../../core/db/tables.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { DemoChildKey } from './demo-record.ts';
import { DEMO_LOG_COMMENTS, DEMO_RECORDS } from './demo-stories.ts';
import { insertComment, insertRecord, markAcknowledged } from './store.ts';

const HOUR_MS = 60 * 60 * 1000;

type DemoHome = {
  householdId: string;
  workerId: string | null;
  carers: { first: string; second: string };
  children: Map<DemoChildKey, { id: string; placementId: string; startedOn: string }>;
};

/** Writes the demo's daily records; run once, after the demo agency's people and homes exist. */
export async function seedDemoDailyRecords(ctx: Ctx): Promise<void> {
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = DateTime.fromJSDate(ctx.now, { zone: timeZone }).startOf('day');
  const homes = [
    await findDemoHome(ctx.db, 'carer@%', { Mia: 'mia', Jay: 'jay' }),
    await findDemoHome(ctx.db, 'kinship@%', { Theo: 'theo' }),
  ].filter((home): home is DemoHome => home !== null);
  const written = new Map<string, string>();
  for (const [index, record] of DEMO_RECORDS.entries()) {
    const home = homes.find((candidate) => candidate.children.has(record.child));
    const child = home?.children.get(record.child);
    if (!home || !child) continue;
    const day = today.minus({ days: record.daysAgo });
    const occurredOn = day.toISODate()!;
    if (occurredOn < child.startedOn) continue;
    // Written in the evening, once the children are in bed; incidents as soon as they happen.
    const createdAt = day
      .set({ hour: record.kind === 'daily_log' ? 20 : 21, minute: (index * 7) % 50 })
      .toJSDate();
    const id = await insertRecord(ctx.db, {
      childId: child.id,
      householdId: home.householdId,
      placementId: child.placementId,
      authorId: home.carers[record.author],
      kind: record.kind,
      occurredOn,
      mood: record.mood,
      topics: record.topics,
      body: record.body,
      createdAt,
    });
    written.set(`${record.child}:${record.daysAgo}:${record.kind}`, id);
    if (!home.workerId) continue;
    const nextMorning = new Date(createdAt.getTime() + 13 * HOUR_MS);
    if (record.isAcknowledged) {
      await markAcknowledged(ctx.db, { id, by: home.workerId, at: nextMorning });
    }
    if (record.comment) {
      await insertComment(ctx.db, {
        recordId: id,
        authorId: home.workerId,
        body: record.comment,
        createdAt: new Date(nextMorning.getTime() + 5 * 60_000),
      });
    }
  }
  for (const comment of DEMO_LOG_COMMENTS) {
    const id = written.get(`${comment.child}:${comment.daysAgo}:daily_log`);
    const home = homes.find((candidate) => candidate.children.has(comment.child));
    if (!id || !home?.workerId) continue;
    const day = today.minus({ days: comment.daysAgo - 1 }).set({ hour: 11 });
    await insertComment(ctx.db, {
      recordId: id,
      authorId: home.workerId,
      body: comment.body,
      createdAt: day.toJSDate(),
    });
  }
}

// The home of the carer whose sign-in matches, its other carer with an account, and the children
// living there now, found by the names they are known by.
async function findDemoHome(
  db: Db,
  emailPattern: string,
  knownAs: Record<string, DemoChildKey>,
): Promise<DemoHome | null> {
  const [carer] = await db
    .select({ userId: users.id, householdId: householdMembers.householdId })
    .from(users)
    .innerJoin(householdMembers, eq(householdMembers.userId, users.id))
    .where(like(users.email, emailPattern))
    .limit(1);
  if (!carer) return null;
  const [household] = await db
    .select({ workerId: households.supervisingWorkerId })
    .from(households)
    .where(eq(households.id, carer.householdId));
  const [partner] = await db
    .select({ userId: householdMembers.userId })
    .from(householdMembers)
    .where(
      and(
        eq(householdMembers.householdId, carer.householdId),
        eq(householdMembers.memberRole, 'carer'),
        isNotNull(householdMembers.userId),
        ne(householdMembers.userId, carer.userId),
      ),
    )
    .orderBy(asc(householdMembers.firstName))
    .limit(1);
  const living = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      placementId: placements.id,
      startedOn: placements.startedOn,
    })
    .from(placements)
    .innerJoin(children, eq(children.id, placements.childId))
    .where(and(eq(placements.householdId, carer.householdId), isNull(placements.endedOn)));
  const found = new Map<DemoChildKey, { id: string; placementId: string; startedOn: string }>();
  for (const row of living) {
    const key = knownAs[row.preferredName ?? row.firstName];
    if (key) found.set(key, { id: row.id, placementId: row.placementId, startedOn: row.startedOn });
  }
  return {
    householdId: carer.householdId,
    workerId: household?.workerId ?? null,
    carers: { first: carer.userId, second: partner?.userId ?? carer.userId },
    children: found,
  };
}
