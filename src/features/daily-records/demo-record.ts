// The shape of the demo's records, shared by the stories of each home.
import type { DailyRecordKind } from '../../core/db/tables.ts';
import type { Mood, Topic } from './words.ts';

export type DemoChildKey = 'mia' | 'jay' | 'theo';

export type DemoRecord = {
  child: DemoChildKey;
  daysAgo: number;
  /** Which of the home's carers wrote it: the first (Sam, Grace) or the second (Jess). */
  author: 'first' | 'second';
  kind: DailyRecordKind;
  mood: Mood | null;
  topics: Topic[];
  body: string;
  /** Staff's reply, and whether the supervising social worker has acknowledged it. */
  comment?: string;
  isAcknowledged?: boolean;
};

/** A day's log; most are Sam's or Grace's, some Jess's. */
export const log = (
  child: DemoChildKey,
  daysAgo: number,
  mood: Mood | null,
  topics: Topic[],
  body: string,
  author: 'first' | 'second' = 'first',
): DemoRecord => ({ child, daysAgo, author, kind: 'daily_log', mood, topics, body });
