// The demo's partnership conversation about Mia Price: her mum Dani (parent@), her foster carer
// Sam Okafor (carer@) and their worker Hannah Kowalski (worker@), with how far each has read.
import { and, asc, count, eq, isNull, like, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../core/context.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  birthParents,
  children,
  households,
  partnershipMessages,
  placements,
  users,
} from '../../core/db/tables.ts';
import { DEMO_MESSAGES, DEMO_READS, type DemoAuthor } from './demo-words.ts';
import { insertMessage, markRead } from './store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

// The demo's day `daysAgo` before now, at `hour` o'clock UTC.
function dayAt(now: Date, daysAgo: number, hour: number): Date {
  const day = new Date(now.getTime() - daysAgo * DAY_MS);
  day.setUTCHours(hour, 0, 0, 0);
  return day;
}

async function findUserId(ctx: Ctx, emailStart: string, role: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(like(users.email, `${emailStart}@%`), eq(users.role, role)))
    .limit(1);
  return row?.id ?? null;
}

/** Writes the conversation about Mia; does nothing without her and the three people, or twice. */
export async function seedDemoMessages(ctx: Ctx): Promise<void> {
  const [mia] = await ctx.db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, 'Mia'), eq(children.lastName, 'Price')))
    .limit(1);
  const people: Record<DemoAuthor, string | null> = {
    parent: await findUserId(ctx, 'parent', 'birth_parent'),
    carer: await findUserId(ctx, 'carer', 'foster_carer'),
    worker: await findUserId(ctx, 'worker', 'supervising_social_worker'),
  };
  if (!mia || !people.parent || !people.carer || !people.worker) return;
  const [existing] = await ctx.db
    .select({ total: count() })
    .from(partnershipMessages)
    .where(eq(partnershipMessages.childId, mia.id));
  if (toCount(existing?.total) > 0) return;
  for (const message of DEMO_MESSAGES) {
    await insertMessage(ctx.db, {
      childId: mia.id,
      authorId: people[message.by]!,
      body: message.body,
      fileId: null,
      fileKind: null,
      status: 'delivered',
      wasWarned: false,
      createdAt: dayAt(ctx.now, message.daysAgo, message.hour),
    });
  }
  for (const [who, daysAgo] of Object.entries(DEMO_READS) as Array<[DemoAuthor, number]>) {
    await markRead(ctx.db, mia.id, people[who]!, dayAt(ctx.now, daysAgo, 22));
  }
}

/**
 * One message waiting for a worker to read first: from another parent whose messages are read
 * before they are passed on, in one of Hannah's (worker@) homes if there is one, else anywhere
 * (the manager's home page shows every message waiting), so the demo shows moderation.
 */
export async function seedDemoHeldMessage(ctx: Ctx): Promise<void> {
  const worker = await findUserId(ctx, 'worker', 'supervising_social_worker');
  const mum = await findUserId(ctx, 'parent', 'birth_parent');
  if (!worker || !mum) return;
  const [parent] = await ctx.db
    .select({ userId: birthParents.userId, childId: birthParents.childId })
    .from(birthParents)
    .innerJoin(placements, eq(placements.childId, birthParents.childId))
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(
      and(
        isNull(placements.endedOn),
        eq(birthParents.spaceLevel, 'reviewed'),
        ne(birthParents.userId, mum),
      ),
    )
    .orderBy(
      sql`${households.supervisingWorkerId} IS DISTINCT FROM ${worker}`,
      asc(birthParents.id),
    )
    .limit(1);
  if (!parent) return;
  await insertMessage(ctx.db, {
    childId: parent.childId,
    authorId: parent.userId,
    body: 'Hello, is it all right if I bring a small present to family time next week? It is only a book, the one we used to read together at bedtime.',
    fileId: null,
    fileKind: null,
    status: 'held',
    wasWarned: false,
    createdAt: dayAt(ctx.now, 1, 19),
  });
}
