// Questions from young people still waiting for an answer, for the staff home pages. Every count
// and list goes through scope(actor, 'children'); a carer is also held to what was shared with them.
import { and, asc, count, eq, isNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { children, youngPersonVoice as voice } from '../../core/db/tables.ts';
import { viewerOf } from '../belonging/visibility.ts';

function waitingFor(actor: Actor): SQL | undefined {
  return and(
    eq(voice.kind, 'question'),
    isNull(voice.answeredAt),
    scope(actor, 'children'),
    // isVoiceVisible in SQL: carers see only what the young person shared with them.
    viewerOf(actor) === 'carer' ? eq(voice.isSharedWithCarers, true) : undefined,
  );
}

/** How many questions from young people the actor may see are waiting for an answer. */
export async function countUnansweredQuestions(db: Db, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(voice)
    .innerJoin(children, eq(children.id, voice.childId))
    .where(waitingFor(actor));
  return toCount(row?.total);
}

/** The questions waiting longest, with the young person's first name (no words of the question). */
export async function findUnansweredQuestions(db: Db, actor: Actor, limit = 5) {
  return db
    .select({
      voiceId: voice.id,
      childId: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      askedAt: voice.createdAt,
    })
    .from(voice)
    .innerJoin(children, eq(children.id, voice.childId))
    .where(waitingFor(actor))
    .orderBy(asc(voice.createdAt), asc(voice.id))
    .limit(limit);
}
