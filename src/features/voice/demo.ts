// The demo's young person's voice: what Zara Ahmed (young.person@) has written over the last few
// months, one question answered by Hannah Kowalski (worker@) and one still waiting.
import { and, eq, isNotNull, like } from 'drizzle-orm';
import type { Ctx } from '../../core/context.ts';
import { children, users } from '../../core/db/tables.ts';
import { DEMO_VOICE } from './demo-words.ts';
import { insertVoiceEntry } from './store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Writes Zara's entries; run once, after the demo agency's people and children exist. */
export async function seedDemoVoice(ctx: Ctx): Promise<void> {
  const [zara] = await ctx.db
    .select({ id: children.id })
    .from(children)
    .where(
      and(
        eq(children.firstName, 'Zara'),
        eq(children.lastName, 'Ahmed'),
        isNotNull(children.youngPersonUserId),
      ),
    )
    .limit(1);
  const [worker] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(like(users.email, 'worker@%'))
    .limit(1);
  if (!zara) return;
  for (const entry of DEMO_VOICE) {
    // Written after school, answered the next morning or so.
    const createdAt = new Date(ctx.now.getTime() - entry.daysAgo * DAY_MS - 2 * HOUR_MS);
    const answer =
      entry.answer && worker
        ? {
            text: entry.answer.text,
            by: worker.id,
            at: new Date(createdAt.getTime() + entry.answer.daysLater * DAY_MS + 15 * HOUR_MS),
          }
        : undefined;
    await insertVoiceEntry(ctx.db, {
      childId: zara.id,
      kind: entry.kind,
      body: entry.body,
      isSharedWithCarers: entry.isSharedWithCarers,
      createdAt,
      ...(answer ? { answer } : {}),
    });
  }
}
