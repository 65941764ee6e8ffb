// What family finding's forms accept. Rules that need today, the log or the person (the safety
// rule, dates not in the future, who may make a pact) are in outreach-rules.ts and pact-rules.ts.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { ContactStatus, OutreachKind } from '../../core/db/tables.ts';
import { CONTACT_STATUSES, OUTREACH_KINDS, codesOf } from '../belonging/vocabulary.ts';
import { COMMITMENTS, commitmentField, type Commitment } from './commitments.ts';
import type { SafetyOutcome } from './outreach-rules.ts';

/** The longest note a step or a pact may carry. */
export const MAX_TEXT = 5_000;

/** An id in an address; anything else is a page that does not exist. */
export const ZId = z.guid();

const isIsoDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;

const date = (blank: string) =>
  z
    .string()
    .trim()
    .min(1, blank)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${blank}, like 2026-03-05`)
    .refine((value) => DateTime.fromISO(value).isValid, 'Enter a real date, like 2026-03-05');

const text = (what: string) =>
  z
    .string()
    .trim()
    .max(MAX_TEXT, `${what} must be ${MAX_TEXT.toLocaleString('en-GB')} characters or fewer`);

// Fields left out of a form altogether read as left blank, so each still gets its own message.
const blanks = (names: string[]) => (input: unknown) =>
  input && typeof input === 'object'
    ? { ...Object.fromEntries(names.map((name) => [name, ''])), ...input }
    : input;

/** One step of family finding, as a worker records it. */
export const ZOutreachInput = z.preprocess(
  blanks(['stepOn', 'kind', 'safetyOutcome', 'notes', 'outcome', 'contactStatus']),
  z
    .object({
      stepOn: date('Enter the date of the step'),
      kind: z.enum(codesOf(OUTREACH_KINDS), {
        error: 'Choose what kind of step this was: a search, a safety check, a letter and so on',
      }),
      safetyOutcome: z.enum(['', 'cleared', 'concerns'], {
        error: 'Choose whether the safety check cleared contact or raised concerns',
      }),
      notes: text('What was done').min(1, 'Write what was done: who, how, and what you found'),
      outcome: text('The outcome'),
      contactStatus: z.enum(['', ...codesOf(CONTACT_STATUSES)], {
        error: 'Choose a contact status, or leave it as it is',
      }),
    })
    .transform((form): TOutreachInput => ({
      stepOn: form.stepOn,
      kind: form.kind,
      safetyOutcome: form.safetyOutcome === '' ? null : form.safetyOutcome,
      notes: form.notes,
      outcome: form.outcome,
      contactStatus: form.contactStatus === '' ? null : form.contactStatus,
    })),
);

/** A step as the service takes it. */
export type TOutreachInput = {
  stepOn: string;
  kind: OutreachKind;
  safetyOutcome: SafetyOutcome | null;
  notes: string;
  outcome: string;
  contactStatus: ContactStatus | null;
};

const ticked = z.enum(['', 'yes'], { error: 'Tick the box, or leave it' });
const COMMIT_FIELDS = COMMITMENTS.map((commitment) => commitmentField(commitment.code));

/** A permanency pact: what the person commits to, in their words, and when it was agreed. */
export const ZPactInput = z.preprocess(
  blanks(['inTheirWords', 'agreedOn', 'endedOn', ...COMMIT_FIELDS]),
  z
    .object({
      inTheirWords: text('Their words').min(
        1,
        'Write what they promise in their own words, as they said or wrote it',
      ),
      agreedOn: date('Enter the date the pact was agreed'),
      endedOn: z
        .string()
        .trim()
        .refine(
          (value) => value === '' || isIsoDate(value),
          'Enter the date the pact ended, like 2026-03-05, or leave it blank while it lasts',
        ),
      ...Object.fromEntries(COMMIT_FIELDS.map((field) => [field, ticked])),
    })
    // Said alongside the other problems, not after they are put right.
    .superRefine(
      (form, ctx) => {
        const values = form as Record<string, unknown>;
        if (!COMMIT_FIELDS.some((field) => values[field] === 'yes')) {
          ctx.addIssue({
            code: 'custom',
            path: ['commitments'],
            message: 'Tick at least one thing they commit to',
          });
        }
      },
      { when: () => true },
    )
    .transform((form): TPactInput => ({
      commitments: COMMITMENTS.filter(
        (commitment) =>
          (form as Record<string, string>)[commitmentField(commitment.code)] === 'yes',
      ).map((commitment) => commitment.code),
      inTheirWords: form.inTheirWords,
      agreedOn: form.agreedOn,
      endedOn: form.endedOn === '' ? null : form.endedOn,
    })),
);

/** A pact as the service takes it. */
export type TPactInput = {
  commitments: Commitment[];
  inTheirWords: string;
  agreedOn: string;
  endedOn: string | null;
};
