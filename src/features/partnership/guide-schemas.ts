// What the parent's guide accepts: five optional answers, at least one of them written.
import { z } from 'zod';
import type { GuideAnswers } from './guide-store.ts';

export const MAX_ANSWER = 2_000;

/** The guide's fields in the order the form asks them. */
export const GUIDE_FIELDS = [
  'routines',
  'comforts',
  'food',
  'bedtime',
  'want_carers_to_know',
] as const;

const answer = (what: string) =>
  z
    .string()
    .trim()
    .max(MAX_ANSWER, `${what} must be ${MAX_ANSWER.toLocaleString('en-GB')} characters or fewer`);

/** The guide as a parent sends it. */
export const ZGuide = z.preprocess(
  (input: unknown) =>
    input && typeof input === 'object'
      ? { ...Object.fromEntries(GUIDE_FIELDS.map((field) => [field, ''])), ...input }
      : input,
  z
    .object({
      routines: answer('Routines'),
      comforts: answer('Comforts'),
      food: answer('Food'),
      bedtime: answer('Bedtime'),
      want_carers_to_know: answer('Anything else'),
    })
    .superRefine((form, issues) => {
      if (GUIDE_FIELDS.every((field) => form[field] === '')) {
        issues.addIssue({
          code: 'custom',
          path: ['routines'],
          message: 'Write something in at least one of the boxes',
        });
      }
    })
    .transform((form): GuideAnswers => ({
      routines: form.routines,
      comforts: form.comforts,
      food: form.food,
      bedtime: form.bedtime,
      wantCarersToKnow: form.want_carers_to_know,
    })),
);
