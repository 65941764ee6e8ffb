// What the shared updates' forms and addresses accept. Rules that need today or the child's home
// (an update's day: not in the future, not before the child came to live there) are the service's;
// the photo arrives as bytes and is checked by core/files.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { UpdateReaction, UpdateTopic } from '../../core/db/tables.ts';
import { REACTIONS, UPDATE_TOPICS, codesOf } from '../partnership/vocabulary.ts';

/** How many updates one page of the list shows. */
export const UPDATES_PER_PAGE = 20;
/** The longest update: a long letter's worth. */
export const MAX_BODY = 3_000;
/** The longest reply. */
export const MAX_REPLY = 2_000;
/** The longest title of a life story entry made from an update. */
export const MAX_TITLE = 200;

const PAGE_MESSAGE = 'The page number must be a whole number, 1 or more';

/** The list's query: ?page=2. */
export const ZPageQuery = z.object({
  page: z.preprocess(
    (value) => (value === '' || value === undefined ? 1 : value),
    z.coerce
      .number({ error: PAGE_MESSAGE })
      .int({ error: PAGE_MESSAGE })
      .min(1, { error: PAGE_MESSAGE })
      .max(1_000_000, { error: PAGE_MESSAGE }),
  ),
});

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks = (blanks: Record<string, string>) => (input: unknown) =>
  input && typeof input === 'object' ? { ...blanks, ...input } : input;

const sendAnyway = z.literal('yes', { error: 'Tick the box, or leave it' }).optional();

/** A new update as a carer or worker writes it (the photo comes separately, as bytes). */
export const ZUpdateInput = z.preprocess(
  withBlanks({ topic: '', happened_on: '', body: '' }),
  z
    .object({
      topic: z.enum(codesOf(UPDATE_TOPICS), { error: 'Choose what the update is about' }),
      happened_on: z
        .string()
        .trim()
        .min(1, 'Enter the day it happened, like 2026-11-20')
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the day it happened like 2026-11-20')
        .refine((value) => DateTime.fromISO(value).isValid, 'Enter a real date, like 2026-11-20'),
      body: z
        .string()
        .trim()
        .min(1, 'Write the update: a line or two is enough')
        .max(
          MAX_BODY,
          `The update must be ${MAX_BODY.toLocaleString('en-GB')} characters or fewer`,
        ),
      send_anyway: sendAnyway,
    })
    .transform((form): TUpdateInput => ({
      topic: form.topic,
      happenedOn: form.happened_on,
      body: form.body,
      sendAnyway: form.send_anyway === 'yes',
    })),
);

/** A new update as the service takes it. */
export type TUpdateInput = {
  topic: UpdateTopic;
  happenedOn: string;
  body: string;
  sendAnyway: boolean;
};

/** A reaction to an update, or taking one's reaction away. */
export const ZReactInput = z.preprocess(
  withBlanks({ reaction: '' }),
  z
    .object({
      reaction: z.enum([...codesOf(REACTIONS), 'remove'], { error: 'Choose a reaction' }),
    })
    .transform((form): UpdateReaction | null =>
      form.reaction === 'remove' ? null : form.reaction,
    ),
);

/** A reply to an update. */
export const ZReplyInput = z.preprocess(
  withBlanks({ body: '' }),
  z
    .object({
      body: z
        .string()
        .trim()
        .min(1, 'Write your reply')
        .max(MAX_REPLY, `A reply must be ${MAX_REPLY.toLocaleString('en-GB')} characters or fewer`),
      send_anyway: sendAnyway,
    })
    .transform((form): TReplyInput => ({
      body: form.body,
      sendAnyway: form.send_anyway === 'yes',
    })),
);

/** A reply as the service takes it. */
export type TReplyInput = { body: string; sendAnyway: boolean };

/** Adding an update to the child's life story: a title (or the default) and family sharing. */
export const ZLifeStoryInput = z.preprocess(
  withBlanks({ title: '', share: '' }),
  z
    .object({
      title: z.string().trim().max(MAX_TITLE, `The title must be ${MAX_TITLE} characters or fewer`),
      share: z.enum(['', 'yes'], { error: 'Tick the box, or leave it' }),
    })
    .transform((form): TLifeStoryInput => ({
      title: form.title,
      shareWithFamily: form.share === 'yes',
    })),
);

/** What the life story form sends: an empty title means the default one. */
export type TLifeStoryInput = { title: string; shareWithFamily: boolean };
