// What the shared decisions' forms accept: a request for a decision, the parents' views, and the
// answer. Rules that need today's date or who is asking (a date not in the past, who may decide)
// are the service's.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { DecisionOutcome } from '../../core/db/tables.ts';
import { codesOf, DECISION_OUTCOMES, DECISION_TOPICS } from '../partnership/vocabulary.ts';

/** The longest question: a few short paragraphs. */
export const MAX_QUESTION = 1_000;

/** The longest views or decision notes. */
export const MAX_VIEWS = 2_000;

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks =
  (blanks: Record<string, string>) =>
  (input: unknown): unknown =>
    input && typeof input === 'object' ? { ...blanks, ...input } : input;

const sendAnyway = z.literal('yes', { error: 'Tick the box, or leave it' }).optional();

const words = (max: number, empty: string, tooLong: string) =>
  z.string().trim().min(1, empty).max(max, tooLong);

/** A question for whoever decides, as the "ask for a decision" form sends it. */
export const ZAskInput = z.preprocess(
  withBlanks({ topic: '', question: '', needed_by: '' }),
  z.object({
    topic: z.enum(codesOf(DECISION_TOPICS), { error: 'Choose what the decision is about' }),
    question: words(
      MAX_QUESTION,
      'Write the question: what needs deciding, and anything that helps decide it',
      `The question must be ${MAX_QUESTION.toLocaleString('en-GB')} characters or fewer`,
    ),
    needed_by: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value),
        'Enter the date the answer is needed by, like 2026-11-23, or leave it blank',
      )
      .refine(
        (value) => value === '' || DateTime.fromISO(value).isValid,
        'Enter a real date the answer is needed by, like 2026-11-23',
      )
      .transform((value) => (value === '' ? null : value)),
    send_anyway: sendAnyway,
  }),
);
export type TAskInput = z.infer<typeof ZAskInput>;

/** The parents' views on a question, in their own words or as a worker heard them. */
export const ZViewsInput = z.preprocess(
  withBlanks({ views: '' }),
  z.object({
    views: words(
      MAX_VIEWS,
      'Write the views: a few words is enough',
      `The views must be ${MAX_VIEWS.toLocaleString('en-GB')} characters or fewer`,
    ),
    send_anyway: sendAnyway,
  }),
);
export type TViewsInput = z.infer<typeof ZViewsInput>;

// An answer with conditions, or a "no", has to say what the conditions are or why not.
const NOTES_NEEDED: Partial<Record<DecisionOutcome, string>> = {
  agreed_with_conditions: 'Write the conditions, so everyone knows what was agreed',
  not_agreed: 'Write why it was not agreed, so everyone understands the answer',
};

/** The answer to a question: agreed, agreed with conditions, or not agreed, with notes. */
export const ZDecideInput = z.preprocess(
  withBlanks({ outcome: '', notes: '' }),
  z
    .object({
      outcome: z.enum(codesOf(DECISION_OUTCOMES), {
        error: 'Choose the answer: agreed, agreed with conditions, or not agreed',
      }),
      notes: z
        .string()
        .trim()
        .max(
          MAX_VIEWS,
          `The notes must be ${MAX_VIEWS.toLocaleString('en-GB')} characters or fewer`,
        ),
      send_anyway: sendAnyway,
    })
    .superRefine((form, issues) => {
      const needed = NOTES_NEEDED[form.outcome];
      if (needed && form.notes === '')
        issues.addIssue({ code: 'custom', path: ['notes'], message: needed });
    }),
);
export type TDecideInput = z.infer<typeof ZDecideInput>;
