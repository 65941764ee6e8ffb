// What the going-home forms accept. Rules that need today or the plan (dates not in the future,
// the next check-in within 4 weeks, closing early only with a reason) are the services'.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { codesOf, HOW_IT_IS, STEP_STATUSES, STEP_WHO } from '../partnership/vocabulary.ts';

/** The longest aim, support offered, and words written at a review or check-in. */
export const MAX_PLAN_TEXT = 2_000;
/** The longest goal or step title. */
export const MAX_TITLE = 200;
/** The longest detail or progress note on a goal or step. */
export const MAX_STEP_TEXT = 1_000;
/** The largest position a goal or step may be given. */
export const MAX_POSITION = 9_999;

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

const optionalDate = (what: string) =>
  z.union([z.literal(''), date(what)]).transform((value) => value || null);

const words = (max: number, name: string) =>
  z
    .string()
    .trim()
    .max(max, `${name} must be ${max.toLocaleString('en-GB')} characters or fewer`);

const sendAnyway = z.union([z.literal(''), z.literal('yes')]).optional();

const PLAN_FIELDS = ['aim', 'support_offered', 'target_on', 'next_review_on'];

/** The plan itself: what everyone is working towards and the help on offer. */
export const ZPlanInput = z.preprocess(
  withBlanks(PLAN_FIELDS),
  z.object({
    aim: words(MAX_PLAN_TEXT, 'The aim').min(1, 'Write the aim of the plan, in plain words'),
    support_offered: words(MAX_PLAN_TEXT, 'The support offered'),
    target_on: optionalDate('the date you hope the child goes home'),
    next_review_on: optionalDate('the date of the next review'),
    send_anyway: sendAnyway,
  }),
);
export type TPlanInput = z.infer<typeof ZPlanInput>;

const STEP_FIELDS = ['kind', 'title', 'detail', 'who', 'due_on', 'status', 'progress', 'position'];

/** A goal, or a step towards one. */
export const ZStepInput = z.preprocess(
  withBlanks(STEP_FIELDS),
  z.object({
    kind: z.enum(['goal', 'step'], { error: 'Choose whether this is a goal or a step' }),
    title: words(MAX_TITLE, 'The title').min(1, 'Write the goal or step in a few words'),
    detail: words(MAX_STEP_TEXT, 'The detail'),
    who: z.enum(codesOf(STEP_WHO), { error: 'Choose who does this' }),
    due_on: optionalDate('the date it is due'),
    status: z.enum(codesOf(STEP_STATUSES), { error: 'Choose how far it has got' }),
    progress: words(MAX_STEP_TEXT, 'The progress'),
    position: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || (/^\d{1,4}$/.test(value) && Number(value) <= MAX_POSITION),
        `Enter the position as a whole number from 0 to ${MAX_POSITION.toLocaleString('en-GB')}, or leave it blank to put it at the end`,
      )
      .transform((value) => (value === '' ? null : Number(value))),
    send_anyway: sendAnyway,
  }),
);
export type TStepInput = z.infer<typeof ZStepInput>;

/** The words a review or a check-in form uses for itself. */
export type MeetingKind = 'review' | 'check_in';
const MEETING_WORDS: Record<MeetingKind, string> = {
  review: 'review',
  check_in: 'check-in',
};

const MEETING_FIELDS = ['held_on', 'how_it_is', 'for_family', 'staff_notes', 'next_on'];

/** A review of the plan while the child is in care, or a check-in after they went home. */
export function meetingSchema(kind: MeetingKind) {
  const word = MEETING_WORDS[kind];
  return z.preprocess(
    withBlanks(MEETING_FIELDS),
    z.object({
      held_on: date(`the date of the ${word}`),
      how_it_is: z.enum(codesOf(HOW_IT_IS), { error: 'Choose how things are going' }),
      for_family: words(MAX_PLAN_TEXT, 'What the family reads'),
      staff_notes: words(MAX_PLAN_TEXT, 'The notes for staff'),
      next_on: date(`the date of the next ${word}`),
      send_anyway: sendAnyway,
    }),
  );
}
export type TMeetingInput = z.infer<ReturnType<typeof meetingSchema>>;

/** The day the child went home, and who supports the family from then. */
export const ZWentHomeInput = z.preprocess(
  withBlanks(['went_home_on', 'support_worker_id']),
  z.object({
    went_home_on: date('the date the child went home'),
    support_worker_id: z.guid({ error: 'Choose the worker who supports the family' }),
  }),
);
export type TWentHomeInput = z.infer<typeof ZWentHomeInput>;

/** Closing the support: a last word on how things are, and why, when it closes early. */
export const ZCloseInput = z.preprocess(
  withBlanks(['how_it_is', 'for_family', 'staff_notes']),
  z.object({
    how_it_is: z.enum(codesOf(HOW_IT_IS), { error: 'Choose how things are going' }),
    for_family: words(MAX_PLAN_TEXT, 'What the family reads'),
    staff_notes: words(MAX_PLAN_TEXT, 'The notes for staff'),
    send_anyway: sendAnyway,
  }),
);
export type TCloseInput = z.infer<typeof ZCloseInput>;
