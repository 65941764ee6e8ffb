// Pure rules of the young person's voice: what waits for an answer, the order staff read it in,
// which answers are new to the young person, and how long ago something was asked.
import { DateTime } from 'luxon';
import type { VoiceKind } from './schemas.ts';

type Facts = { kind: VoiceKind; answeredAt: Date | null; createdAt: Date };

/** True for a question nobody has answered yet. */
export function isWaitingForAnswer(entry: Pick<Facts, 'kind' | 'answeredAt'>): boolean {
  return entry.kind === 'question' && entry.answeredAt === null;
}

/**
 * The order staff and carers read a young person's words in: questions still waiting first, the
 * longest waiting at the top, then everything else, newest first.
 */
export function orderForReaders<Entry extends Facts>(
  entries: readonly Entry[],
): { waiting: Entry[]; others: Entry[] } {
  const byTime = (first: Entry, second: Entry) =>
    first.createdAt.getTime() - second.createdAt.getTime();
  return {
    waiting: entries.filter(isWaitingForAnswer).sort(byTime),
    others: entries.filter((entry) => !isWaitingForAnswer(entry)).sort((a, b) => byTime(b, a)),
  };
}

/**
 * Answers the young person has not seen yet: given after they last opened their voice page (every
 * answer, when they never have).
 */
export function countNewAnswers(
  entries: readonly Pick<Facts, 'kind' | 'answeredAt'>[],
  lastLookedAt: Date | null,
): number {
  return entries.filter(
    (entry) =>
      entry.kind === 'question' &&
      entry.answeredAt !== null &&
      (lastLookedAt === null || entry.answeredAt > lastLookedAt),
  ).length;
}

/** How long ago a day was, as people say it: "today", "yesterday", "3 days ago", "2 weeks ago". */
export function howLongAgo(onDate: string, today: string): string {
  const days = Math.max(
    0,
    Math.round(DateTime.fromISO(today).diff(DateTime.fromISO(onDate), 'days').days),
  );
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 61) return `${Math.floor(days / 7)} weeks ago`;
  const months = Math.floor(
    DateTime.fromISO(today).diff(DateTime.fromISO(onDate), 'months').months,
  );
  return months === 1 ? 'a month ago' : `${months} months ago`;
}
