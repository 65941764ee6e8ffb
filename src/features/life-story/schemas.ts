// What the life story's forms accept. Rules that need today or the child's birthday (an entry's
// date) are the service's; the photo arrives as bytes and is checked by core/files.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { LifeStoryKind } from '../../core/db/tables.ts';
import { LIFE_STORY_KINDS, codesOf } from '../belonging/vocabulary.ts';

export const MAX_TITLE = 200;
export const MAX_BODY = 10_000;
export const MAX_REASON = 2_000;
export const MAX_IDENTITY = 5_000;

/** An entry's or a child's id in an address; anything else is a page that does not exist. */
export const ZId = z.guid();

const ticked = z.enum(['', 'yes'], { error: 'Tick the box, or leave it' });

// Shown only after the confidentiality check warned about words shared with the family.
const sendAnyway = z.literal('yes', { error: 'Tick the box, or leave it' }).optional();

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks = (blanks: Record<string, string>) => (input: unknown) =>
  input && typeof input === 'object' ? { ...blanks, ...input } : input;

/** A new entry in the story, from any of the three forms (staff and carers, young person, family). */
export const ZEntryInput = z.preprocess(
  withBlanks({ kind: '', title: '', body: '', happenedOn: '', keepFromCarers: '', share: '' }),
  z
    .object({
      kind: z.enum(codesOf(LIFE_STORY_KINDS), {
        error: 'Choose what you are adding: a photo, a memory, a letter or something else',
      }),
      title: z
        .string()
        .trim()
        .min(1, 'Give it a title, like “First day at big school”')
        .max(MAX_TITLE, `The title must be ${MAX_TITLE} characters or fewer`),
      body: z
        .string()
        .trim()
        .max(
          MAX_BODY,
          `What happened must be ${MAX_BODY.toLocaleString('en-GB')} characters or fewer`,
        ),
      happenedOn: z
        .string()
        .trim()
        .refine(
          (value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value),
          'Enter the date like 2019-07-21, or leave it empty if you are not sure',
        )
        .refine(
          (value) => value === '' || DateTime.fromISO(value).isValid,
          'Enter a real date, like 2019-07-21',
        ),
      keepFromCarers: ticked,
      share: ticked,
      send_anyway: sendAnyway,
    })
    .transform((form): TEntryInput => ({
      kind: form.kind,
      title: form.title,
      body: form.body,
      happenedOn: form.happenedOn === '' ? null : form.happenedOn,
      keepFromCarers: form.keepFromCarers === 'yes',
      shareWithFamily: form.share === 'yes',
      sendAnyway: form.send_anyway === 'yes',
    })),
);

/** A new entry as the service takes it (the photo comes separately, as bytes). */
export type TEntryInput = {
  kind: LifeStoryKind;
  title: string;
  body: string;
  happenedOn: string | null;
  /** Only the young person's choice counts: their carers will not see it. */
  keepFromCarers: boolean;
  /** Only staff's choice counts: the child's birth family will see it. */
  shareWithFamily: boolean;
  /** Share it even though the confidentiality check warned (staff, when sharing). */
  sendAnyway?: boolean;
};

/** A worker's check of an addition that waits: publish or decline (with a reason). */
export const ZCheckInput = z.preprocess(
  withBlanks({ decision: '', reason: '', share: '' }),
  z
    .object({
      decision: z.enum(['publish', 'decline'], { error: 'Choose to publish it or decline it' }),
      reason: z
        .string()
        .trim()
        .max(
          MAX_REASON,
          `The reason must be ${MAX_REASON.toLocaleString('en-GB')} characters or fewer`,
        ),
      share: ticked,
      send_anyway: sendAnyway,
    })
    .superRefine((form, issues) => {
      if (form.decision === 'decline' && form.reason === '') {
        issues.addIssue({
          code: 'custom',
          path: ['reason'],
          message: 'Say why it is declined: the person who added it will read this',
        });
      }
    })
    .transform((form) => ({
      decision: form.decision,
      reason: form.decision === 'decline' ? form.reason : '',
      shareWithFamily: form.decision === 'publish' && form.share === 'yes',
      sendAnyway: form.send_anyway === 'yes',
    })),
);
export type TCheckInput = z.infer<typeof ZCheckInput>;

/** Whether the young person keeps one of their entries from their carers. */
export const ZChoiceInput = z.preprocess(
  withBlanks({ choice: '' }),
  z
    .object({ choice: z.enum(['yes', 'no'], { error: 'Choose yes or no' }) })
    .transform((form) => form.choice === 'yes'),
);

/** Staff turning sharing with the family on or off, after the confidentiality warning or not. */
export const ZSharingInput = z.preprocess(
  withBlanks({ choice: '' }),
  z
    .object({
      choice: z.enum(['yes', 'no'], { error: 'Choose yes or no' }),
      send_anyway: sendAnyway,
    })
    .transform((form) => ({
      isShared: form.choice === 'yes',
      sendAnyway: form.send_anyway === 'yes',
    })),
);
export type TSharingInput = z.infer<typeof ZSharingInput>;

/** The identity page's own words: heritage and what matters. */
export const ZIdentityInput = z.preprocess(
  withBlanks({ heritage: '', whatMatters: '' }),
  z.object({
    heritage: z
      .string()
      .trim()
      .max(
        MAX_IDENTITY,
        `This must be ${MAX_IDENTITY.toLocaleString('en-GB')} characters or fewer`,
      ),
    whatMatters: z
      .string()
      .trim()
      .max(
        MAX_IDENTITY,
        `This must be ${MAX_IDENTITY.toLocaleString('en-GB')} characters or fewer`,
      ),
  }),
);
export type TIdentityInput = z.infer<typeof ZIdentityInput>;
