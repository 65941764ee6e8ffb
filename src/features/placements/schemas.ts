// What the placement plan and ending forms accept. Rules that need today's date or the placement
// (not in the future, not before it started) are the service's.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { CareType, EndReasonKind } from '../../core/db/tables.ts';
import { END_REASON_KINDS, END_REASONS_NEEDING_NOTES } from './words.ts';

/** A placement's id in an address; anything else is a page that does not exist. */
export const ZPlacementId = z.guid();

/** The kinds of care a placement can be, as the database allows them. */
export const CARE_TYPES: readonly CareType[] = [
  'emergency',
  'short_term',
  'long_term',
  'short_break',
  'parent_and_child',
  'remand',
];

const PLAN_PART_LENGTH = 5000;
const NOTES_LENGTH = 2000;

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks =
  (fields: Record<string, string>) =>
  (input: unknown): unknown =>
    input && typeof input === 'object' ? { ...fields, ...input } : input;

/** A real date typed as YYYY-MM-DD; `what` names it in the messages. */
function civilDate(what: string) {
  return z
    .string()
    .trim()
    .min(1, `Enter the ${what}`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${what} as a date, like 2026-11-03`)
    .refine((value) => DateTime.fromISO(value).isValid, `Enter a real date for the ${what}`);
}

const planPart = (what: string) =>
  z
    .string()
    .trim()
    .max(PLAN_PART_LENGTH, `Keep ${what} to ${PLAN_PART_LENGTH} characters or fewer`);

const PLAN_PARTS = ['dailyRoutines', 'education', 'health', 'familyTime', 'otherArrangements'];

/** The placement plan as the form sends it. */
export const ZPlanInput = z.preprocess(
  withBlanks(Object.fromEntries(['agreedOn', ...PLAN_PARTS].map((name) => [name, '']))),
  z
    .object({
      agreedOn: civilDate('date the plan was agreed'),
      dailyRoutines: planPart('the daily routines'),
      education: planPart('education'),
      health: planPart('health'),
      familyTime: planPart('family time'),
      otherArrangements: planPart('other arrangements'),
    })
    .superRefine((plan, context) => {
      const isEmpty = PLAN_PARTS.every((part) => plan[part as keyof typeof plan] === '');
      if (isEmpty) {
        context.addIssue({
          code: 'custom',
          path: ['dailyRoutines'],
          message: 'Write at least one part of the plan, starting with the daily routines',
        });
      }
    }),
);
export type TPlanInput = z.infer<typeof ZPlanInput>;

/** Ending a placement, and perhaps moving the child to another of the agency's households. */
export const ZEndInput = z.preprocess(
  withBlanks({ endedOn: '', notes: '', moveTo: '', newStartedOn: '', newCareType: '' }),
  z
    .object({
      endedOn: civilDate('date the placement ended'),
      reasonKind: z.enum(END_REASON_KINDS as [EndReasonKind, ...EndReasonKind[]], {
        error: 'Choose why the placement ended',
      }),
      notes: z
        .string()
        .trim()
        .max(NOTES_LENGTH, `Keep the notes to ${NOTES_LENGTH} characters or fewer`),
      moveTo: z.union([z.literal(''), z.guid({ error: 'Choose a household from the list' })]),
      newStartedOn: z.string().trim(),
      newCareType: z.string().trim(),
    })
    .superRefine((input, context) => {
      if (END_REASONS_NEEDING_NOTES.includes(input.reasonKind) && input.notes === '') {
        context.addIssue({
          code: 'custom',
          path: ['notes'],
          message:
            input.reasonKind === 'disruption'
              ? 'Say what happened: an unplanned ending needs notes, so the agency can learn from it'
              : 'Say why the placement ended',
        });
      }
      if (input.moveTo === '') return;
      const started = civilDate('date the child moves in').safeParse(input.newStartedOn);
      if (!started.success) {
        context.addIssue({
          code: 'custom',
          path: ['newStartedOn'],
          message: started.error.issues[0]?.message ?? 'Enter the date the child moves in',
        });
      }
      if (!CARE_TYPES.includes(input.newCareType as CareType)) {
        context.addIssue({
          code: 'custom',
          path: ['newCareType'],
          message: 'Choose the kind of care in the new home',
        });
      }
    })
    .transform((input) => ({
      endedOn: input.endedOn,
      reasonKind: input.reasonKind,
      notes: input.notes,
      move:
        input.moveTo === ''
          ? null
          : {
              householdId: input.moveTo,
              startedOn: input.newStartedOn,
              careType: input.newCareType as CareType,
            },
    })),
);
export type TEndInput = z.infer<typeof ZEndInput>;
