// A record as pages show it: what the reader may know of who wrote it, and its comments.
import type { Actor } from '../../core/access/actor.ts';
import { can } from '../../core/access/policy.ts';
import type { DailyRecordKind } from '../../core/db/tables.ts';
import { childName } from '../children/index.ts';
import { childShortName } from './rules.ts';
import type { CommentRow, EntryRow } from './store.ts';
import type { Mood } from './words.ts';

/** A comment under a record: staff's, with who wrote it and when. */
export type EntryComment = { id: string; body: string; createdAt: Date; authorName: string };

/** One record on a timeline or a page of its own. */
export type Entry = {
  id: string;
  kind: DailyRecordKind;
  occurredOn: string;
  mood: Mood | null;
  topics: string[];
  body: string;
  createdAt: Date;
  child: { id: string; name: string; shortName: string };
  /** Who wrote it, or words for a carer in a home the reader does not know. */
  authorName: string;
  isOwn: boolean;
  /** The home it was written in, when the reader may know the household. */
  householdName: string | null;
  /** For events and incidents: who on the staff acknowledged it and when, or still waiting. */
  acknowledgement:
    { state: 'not_needed' } | { state: 'waiting' } | { state: 'done'; at: Date; byName: string };
  comments: EntryComment[];
};

/** The fields a read of records shows, for the audit entry. */
export const SHOWN_FIELDS = [
  'kind',
  'occurred_on',
  'mood',
  'topics',
  'body',
  'author',
  'acknowledgement',
  'comments',
];

/**
 * Turns rows into entries. The name of a carer in another home can say where a child lived, so it
 * is shown only to a reader who may read that household (the same rule as the child's list of homes).
 */
export function presentEntries(actor: Actor, rows: EntryRow[], comments: CommentRow[]): Entry[] {
  return rows.map((row) => {
    const household = {
      kind: 'household' as const,
      id: row.householdId,
      status: row.householdStatus,
    };
    const knowsHome = can(actor, 'household.read', household).allowed;
    const isOwn = row.authorId === actor.userId;
    const names = {
      firstName: row.childFirstName,
      preferredName: row.childPreferredName,
      lastName: row.childLastName,
    };
    return {
      id: row.id,
      kind: row.kind,
      occurredOn: row.occurredOn,
      mood: row.mood,
      topics: row.topics,
      body: row.body,
      createdAt: row.createdAt,
      child: { id: row.childId, name: childName(names), shortName: childShortName(names) },
      authorName: isOwn || knowsHome ? row.authorName : 'A carer in an earlier home',
      isOwn,
      householdName: isOwn || knowsHome ? row.householdName : null,
      acknowledgement:
        row.kind === 'daily_log'
          ? { state: 'not_needed' }
          : row.acknowledgedAt
            ? { state: 'done', at: row.acknowledgedAt, byName: row.acknowledgedByName ?? 'Staff' }
            : { state: 'waiting' },
      comments: comments
        .filter((comment) => comment.recordId === row.id)
        .map((comment) => ({
          id: comment.id,
          body: comment.body,
          createdAt: comment.createdAt,
          authorName: comment.authorName,
        })),
    };
  });
}

/** The record as the policy sees it. */
export function recordResource(row: {
  id: string;
  childId: string;
  householdId: string;
  authorId: string;
}) {
  return {
    kind: 'daily_record' as const,
    id: row.id,
    childId: row.childId,
    householdId: row.householdId,
    authorId: row.authorId,
  };
}
