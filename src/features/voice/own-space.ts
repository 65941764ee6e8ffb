// What the young person's home page says about their own pages: how many people are on their map
// and how many have promised to stay in their life, their story, answers to their questions, and
// their next review. Counted through the same visibility rules as the pages themselves.
import type { Actor } from '../../core/access/actor.ts';
import type { Ctx } from '../../core/context.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { findBelongingChild } from '../belonging/child-access.ts';
import { findConnections } from '../belonging/connection-store.ts';
import { nextReviewDue } from '../belonging/review-due.ts';
import { isCommittedAdult, isConnectionVisible, isEntryVisible } from '../belonging/visibility.ts';
import { findUpcomingFamilyTime, type UpcomingFamilyTime } from '../family-time/index.ts';
import { countNewAnswers, isWaitingForAnswer } from './rules.ts';
import * as store from './own-space-store.ts';

/** The figures on the young person's home page. */
export type OwnSpace = {
  people: { onMap: number; committed: number };
  story: { entries: number; waiting: number };
  voice: { newAnswers: number; waiting: number };
  /** When the next review is due by; null when the agency does not know yet. */
  nextReview: { dueOn: string; isPast: boolean } | null;
  /** The next family time, soonest first (a cancelled one says so). */
  familyTime: UpcomingFamilyTime[];
};

/** The fields the home page reads, for its audit entry. */
export const OWN_SPACE_FIELDS = [
  'people',
  'life_story',
  'voice',
  'looked_after_reviews',
  'family_time',
];

const FAMILY_TIME_SHOWN = 2;

/**
 * Gathers the young person's figures in the caller's transaction. The caller has already decided
 * this is the young person's own record (their account is linked to it) and audits the read.
 */
export async function summariseOwnSpace(tx: Ctx, actor: Actor, childId: string): Promise<OwnSpace> {
  const today = await agencyToday(tx.db, tx.now);
  const people = (await findConnections(tx.db, childId)).filter(
    (person) =>
      isConnectionVisible('young_person', actor.userId, person) &&
      (person.leftOn === null || person.leftOn > today),
  );
  const story = (await store.findLifeStoryFacts(tx.db, childId)).filter((entry) =>
    isEntryVisible('young_person', actor.userId, entry),
  );
  const questions = await store.findOwnQuestions(tx.db, childId);
  const lastLook = await store.findLastLookAtVoice(tx.db, actor.userId, childId);
  const child = await findBelongingChild(tx.db, childId);
  const review = nextReviewDue(
    child?.lookedAfterSince ?? null,
    await store.findReviewDates(tx.db, childId),
  );
  return {
    people: {
      onMap: people.length,
      committed: people.filter((person) => isCommittedAdult(person, today)).length,
    },
    story: {
      entries: story.filter((entry) => entry.status === 'published').length,
      waiting: story.filter((entry) => entry.status === 'awaiting_check').length,
    },
    voice: {
      newAnswers: countNewAnswers(questions, lastLook),
      waiting: questions.filter(isWaitingForAnswer).length,
    },
    nextReview: review ? { dueOn: review.dueOn, isPast: review.dueOn < today } : null,
    familyTime: await findUpcomingFamilyTime(tx.db, childId, tx.now, FAMILY_TIME_SHOWN),
  };
}
