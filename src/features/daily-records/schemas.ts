// What the daily record's forms and filters accept. Rules that need today's date or the child's
// home (not in the future, not before the child came to live here) are the service's.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { DailyRecordKind } from '../../core/db/tables.ts';
import { KINDS, MOODS, TOPICS, topicField, type Mood, type Topic } from './words.ts';

/** How many records one page of a timeline or a list shows. */
export const RECORDS_PER_PAGE = 30;

/** The longest record a carer may write: about four pages of typing. */
export const MAX_BODY = 10_000;

/** The longest comment. */
export const MAX_COMMENT = 5_000;

const PAGE_MESSAGE = 'The page number must be a whole number, 1 or more';

const page = z.preprocess(
  (value) => (value === '' || value === undefined ? 1 : value),
  z.coerce
    .number({ error: PAGE_MESSAGE })
    .int({ error: PAGE_MESSAGE })
    .min(1, { error: PAGE_MESSAGE })
    .max(1_000_000, { error: PAGE_MESSAGE }),
);

/** A record's or a child's id in an address; anything else is a page that does not exist. */
export const ZId = z.guid();

/** A list's query: ?page=2. */
export const ZPageQuery = z.object({ page });

/** A child's timeline: ?kind=notifiable_incident&page=2 (every kind when none is given). */
export const ZTimelineQuery = z.object({
  kind: z.preprocess(
    (value) => (value === undefined ? '' : value),
    z.enum(['', ...KINDS], { error: 'Choose a kind of record to show, or show them all' }),
  ),
  page,
});

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const BLANKS: Record<string, string> = {
  kind: '',
  occurredOn: '',
  mood: '',
  body: '',
  ...Object.fromEntries(TOPICS.map((topic) => [topicField(topic.code), ''])),
};

const ticked = z.enum(['', 'yes'], { error: 'Tick the box, or leave it' });

/** A daily log, significant event or notifiable incident as a carer writes it. */
export const ZRecordInput = z.preprocess(
  (input) => (input && typeof input === 'object' ? { ...BLANKS, ...input } : input),
  z
    .object({
      kind: z.enum(KINDS, {
        error:
          'Choose what you are recording: a daily log, a significant event or a notifiable incident',
      }),
      occurredOn: z
        .string()
        .trim()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date it happened, like 2026-11-23')
        .refine((value) => DateTime.fromISO(value).isValid, 'Enter a real date, like 2026-11-23'),
      mood: z.enum(['', ...MOODS], { error: 'Choose good, mixed or hard, or leave it' }),
      body: z
        .string()
        .trim()
        .min(1, 'Write what happened: a few lines is enough')
        .max(
          MAX_BODY,
          `What happened must be ${MAX_BODY.toLocaleString('en-GB')} characters or fewer: split it into two records if you need to`,
        ),
      ...Object.fromEntries(TOPICS.map((topic) => [topicField(topic.code), ticked])),
    })
    .transform((form): TRecordInput => ({
      kind: form.kind,
      occurredOn: form.occurredOn,
      mood: form.mood === '' ? null : form.mood,
      topics: TOPICS.filter(
        (topic) => (form as Record<string, string>)[topicField(topic.code)] === 'yes',
      ).map((topic) => topic.code),
      body: form.body,
    })),
);

/** A record as the service takes it. */
export type TRecordInput = {
  kind: DailyRecordKind;
  occurredOn: string;
  mood: Mood | null;
  topics: Topic[];
  body: string;
};

/** A comment from the supervising social worker or the manager. */
export const ZCommentInput = z.preprocess(
  (input) => (input && typeof input === 'object' ? { body: '', ...input } : input),
  z.object({
    body: z
      .string()
      .trim()
      .min(1, 'Write your comment')
      .max(
        MAX_COMMENT,
        `A comment must be ${MAX_COMMENT.toLocaleString('en-GB')} characters or fewer`,
      ),
  }),
);
export type TCommentInput = z.infer<typeof ZCommentInput>;
