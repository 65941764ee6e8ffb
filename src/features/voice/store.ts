// SQL for the young person's voice: their entries, who shares in them, answers, and who hears of
// a new question.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { households, placements, users, youngPersonVoice as voice } from '../../core/db/tables.ts';
import type { VoiceKind } from './schemas.ts';

const COLUMNS = {
  id: voice.id,
  childId: voice.childId,
  kind: voice.kind,
  body: voice.body,
  isSharedWithCarers: voice.isSharedWithCarers,
  answer: voice.answer,
  answeredAt: voice.answeredAt,
  answeredByName: users.name,
  createdAt: voice.createdAt,
};

/** One entry as the agency holds it (filter with isVoiceVisible before showing it). */
export type VoiceRow = Awaited<ReturnType<typeof findVoiceEntries>>[number];

/** Everything a young person has written, newest first, with who answered each question. */
export async function findVoiceEntries(db: Db, childId: string) {
  return db
    .select(COLUMNS)
    .from(voice)
    .leftJoin(users, eq(users.id, voice.answeredBy))
    .where(eq(voice.childId, childId))
    .orderBy(desc(voice.createdAt), desc(voice.id));
}

/** One entry; undefined when it is not this child's. */
export async function findVoiceEntry(
  db: Db,
  childId: string,
  id: string,
): Promise<VoiceRow | undefined> {
  const [row] = await db
    .select(COLUMNS)
    .from(voice)
    .leftJoin(users, eq(users.id, voice.answeredBy))
    .where(and(eq(voice.childId, childId), eq(voice.id, id)));
  return row;
}

/** Saves something the young person wrote (the demo also passes an answer given later). */
export async function insertVoiceEntry(
  db: Db,
  values: {
    childId: string;
    kind: VoiceKind;
    body: string;
    isSharedWithCarers: boolean;
    createdAt: Date;
    answer?: { text: string; by: string; at: Date };
  },
): Promise<string> {
  const { answer, ...entry } = values;
  const [row] = await db
    .insert(voice)
    .values({
      ...entry,
      ...(answer ? { answer: answer.text, answeredBy: answer.by, answeredAt: answer.at } : {}),
    })
    .returning({ id: voice.id });
  return row!.id;
}

/** Changes whether the young person's carers see an entry. */
export async function updateSharing(
  db: Db,
  input: { childId: string; id: string; isSharedWithCarers: boolean },
): Promise<void> {
  await db
    .update(voice)
    .set({ isSharedWithCarers: input.isSharedWithCarers })
    .where(and(eq(voice.childId, input.childId), eq(voice.id, input.id)));
}

/** Answers a question nobody has answered yet; false when someone already has. */
export async function saveAnswer(
  db: Db,
  input: { childId: string; id: string; answer: string; by: string; at: Date },
): Promise<boolean> {
  const saved = await db
    .update(voice)
    .set({ answer: input.answer, answeredBy: input.by, answeredAt: input.at })
    .where(
      and(
        eq(voice.childId, input.childId),
        eq(voice.id, input.id),
        eq(voice.kind, 'question'),
        isNull(voice.answeredAt),
      ),
    )
    .returning({ id: voice.id });
  return saved.length > 0;
}

/** The supervising social worker of the home the child lives in now, if one is allocated. */
export async function findCurrentWorker(db: Db, childId: string) {
  const [row] = await db
    .select({ name: users.name, email: users.email })
    .from(placements)
    .innerJoin(households, eq(households.id, placements.householdId))
    .innerJoin(users, eq(users.id, households.supervisingWorkerId))
    .where(
      and(
        eq(placements.childId, childId),
        isNull(placements.endedOn),
        eq(users.isActive, true),
        eq(users.role, 'supervising_social_worker'),
      ),
    )
    .limit(1);
  return row ?? null;
}
