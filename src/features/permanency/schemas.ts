// What permanency planning's forms accept. Rules that need today or the child's dates (not in the
// future, not before the child was born) are the service's.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { PermanencyOption } from '../../core/db/tables.ts';
import { codesOf, PERMANENCY_OPTIONS } from '../belonging/vocabulary.ts';
import { optionField } from './words.ts';

/** The longest account of what the young person said: several pages of typing. */
export const MAX_WORDS = 10_000;

/** The longest answer in the shorter boxes (questions, feelings, next steps, reasons, notes). */
export const MAX_NOTE = 5_000;

const OPTION_CODES = codesOf(PERMANENCY_OPTIONS);

/** A child's id in an address; anything else is a page that does not exist. */
export const ZId = z.guid();

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks =
  (names: readonly string[]) =>
  (input: unknown): unknown =>
    input && typeof input === 'object'
      ? { ...Object.fromEntries(names.map((name) => [name, ''])), ...input }
      : input;

const date = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what} like 2026-11-23`)
    .refine((value) => DateTime.fromISO(value).isValid, `Enter ${what} as a real date`);

const optionalDate = (what: string) => z.union([z.literal(''), date(what)]);

const text = (max: number, missing: string, name: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(max, `${name} must be ${max.toLocaleString('en-GB')} characters or fewer`);

const optionalText = (max: number, name: string) =>
  z
    .string()
    .trim()
    .max(max, `${name} must be ${max.toLocaleString('en-GB')} characters or fewer`);

const ticked = z.enum(['', 'yes'], { error: 'Tick the box, or leave it' });

const OPTION_FIELDS = PERMANENCY_OPTIONS.map((option) => optionField(option.code));

const CONVERSATION_FIELDS = [
  'heldOn',
  'whoWasThere',
  'youngPersonWords',
  'questions',
  'feelings',
  'nextSteps',
  ...OPTION_FIELDS,
];

/** A conversation with the young person, as the worker records it. */
export const ZConversationInput = z.preprocess(
  withBlanks(CONVERSATION_FIELDS),
  z
    .object({
      heldOn: date('the date of the conversation'),
      whoWasThere: text(500, 'Enter who was there', 'Who was there'),
      youngPersonWords: text(
        MAX_WORDS,
        'Write what the young person said, in their own words',
        'What the young person said',
      ),
      questions: optionalText(MAX_NOTE, 'Their questions'),
      feelings: optionalText(MAX_NOTE, 'How they felt'),
      nextSteps: optionalText(MAX_NOTE, 'What happens next'),
      ...Object.fromEntries(OPTION_FIELDS.map((field) => [field, ticked])),
    })
    .transform((form) => ({
      heldOn: form.heldOn,
      whoWasThere: form.whoWasThere,
      options: PERMANENCY_OPTIONS.filter(
        (option) => (form as Record<string, string>)[optionField(option.code)] === 'yes',
      ).map((option) => option.code),
      youngPersonWords: form.youngPersonWords,
      questions: form.questions,
      feelings: form.feelings,
      nextSteps: form.nextSteps,
    })),
);
export type TConversationInput = z.infer<typeof ZConversationInput>;

/** The young person's chosen direction, and the decision with its reasons. */
export const ZDecisionInput = z.preprocess(
  withBlanks(['youngPersonChoice', 'youngPersonWords', 'decidedOption', 'reasons', 'decidedOn']),
  z
    .object({
      youngPersonChoice: z.enum(['', ...OPTION_CODES], {
        error: 'Choose the direction the young person chose, or leave it',
      }),
      youngPersonWords: optionalText(MAX_WORDS, 'What the young person said about it'),
      decidedOption: z.enum(OPTION_CODES, { error: 'Choose the option that has been decided' }),
      reasons: text(MAX_NOTE, 'Write the reasons for the decision', 'The reasons'),
      decidedOn: date('the date of the decision'),
    })
    .transform((form) => ({
      ...form,
      youngPersonChoice:
        form.youngPersonChoice === '' ? null : (form.youngPersonChoice as PermanencyOption),
    })),
);
export type TDecisionInput = z.infer<typeof ZDecisionInput>;

/** A looked-after review held, and, when it is not yet known, when the child became looked after. */
export const ZReviewInput = z.preprocess(
  withBlanks(['heldOn', 'permanencyNotes', 'lookedAfterSince']),
  z
    .object({
      heldOn: date('the date the review was held'),
      permanencyNotes: text(
        MAX_NOTE,
        'Write what the review said about permanency',
        'What the review said',
      ),
      lookedAfterSince: optionalDate('the date the child became looked after'),
    })
    .transform((form) => ({
      ...form,
      lookedAfterSince: form.lookedAfterSince === '' ? null : form.lookedAfterSince,
    })),
);
export type TReviewInput = z.infer<typeof ZReviewInput>;
