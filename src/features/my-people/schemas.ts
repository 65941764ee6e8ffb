// What the map's forms accept. Each support is its own checkbox field (gives_talk, couldGive_talk)
// because a form held over a sign-in keeps one value per name. Rules that need today's date are
// the service's.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { ConnectionSupport } from '../../core/db/tables.ts';
import {
  codesOf,
  CONNECTION_CATEGORIES,
  CONNECTION_SOURCES,
  CONTACT_STATUSES,
  SUPPORTS,
} from '../belonging/vocabulary.ts';
import { RINGS, type Ring } from './eco-map-layout.ts';

/** The checkbox field for a support someone gives now. */
export const givesField = (code: ConnectionSupport) => `gives_${code}`;

/** The checkbox field for a support someone could give. */
export const couldGiveField = (code: ConnectionSupport) => `couldGive_${code}`;

const GIVES_FIELDS = SUPPORTS.map((support) => givesField(support.code));
const COULD_GIVE_FIELDS = SUPPORTS.map((support) => couldGiveField(support.code));

const ticked = z.enum(['', 'yes'], { error: 'Tick the box, or leave it' });
const tickedFields = (names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, ticked])) as Record<string, typeof ticked>;

const requiredText = (message: string, what: string, max: number) =>
  z.string().trim().min(1, message).max(max, `Keep ${what} to ${max} characters or fewer`);
const optionalText = (what: string, max: number) =>
  z.string().trim().max(max, `Keep ${what} to ${max} characters or fewer`);

const isRealDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;

/** A date as a date field sends it: required, and a real one. */
export const civilDate = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}`)
    .refine(isRealDate, `Enter ${what} as a real date, like 2025-09-14`);

const ringField = z
  .string()
  .trim()
  .refine((value) => (RINGS as readonly number[]).includes(Number(value)) && value !== '', {
    message: 'Choose where they go on the map: closest, close or further away',
  })
  .transform((value) => Number(value) as Ring);

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks = <S extends z.ZodType>(fields: readonly string[], schema: S) =>
  z.preprocess(
    (input) =>
      input && typeof input === 'object'
        ? { ...Object.fromEntries(fields.map((field) => [field, ''])), ...input }
        : input,
    schema,
  );

const supportsOf = (form: Record<string, unknown>, field: (code: ConnectionSupport) => string) =>
  SUPPORTS.filter((support) => form[field(support.code)] === 'yes').map((support) => support.code);

const shared = {
  name: requiredText('Enter their name', 'their name', 120),
  relationship: requiredText(
    'Enter who they are to the young person, like “Nan” or “football coach”',
    'who they are',
    120,
  ),
  category: z.enum(codesOf(CONNECTION_CATEGORIES), {
    error: 'Choose what kind of person they are',
  }),
  notes: optionalText('the notes', 1000),
  ...tickedFields(GIVES_FIELDS),
};

const TEXT_FIELDS = ['name', 'relationship', 'category', 'notes', ...GIVES_FIELDS];

const STAFF_FIELDS = [
  ...TEXT_FIELDS,
  ...COULD_GIVE_FIELDS,
  'contactStatus',
  'feelings',
  'ring',
  'joinedOn',
  'leftOn',
  'source',
  'sourceNotes',
  'hasNoContactOrder',
  'safeguardingNotes',
  'isSharedWithFamily',
  'showDespiteFlag',
  'flagShownReason',
];

/** A person as a worker records them, on the full form (adding or changing). */
export const ZPerson = withBlanks(
  STAFF_FIELDS,
  z
    .object({
      ...shared,
      ...tickedFields(COULD_GIVE_FIELDS),
      contactStatus: z.enum(codesOf(CONTACT_STATUSES), {
        error: 'Choose whether they are in touch, lost touch, to be found, approached or not safe',
      }),
      feelings: optionalText('how the young person feels', 1000),
      ring: ringField,
      joinedOn: civilDate('the date they joined the network'),
      leftOn: z
        .string()
        .trim()
        .refine(
          (value) => value === '' || isRealDate(value),
          'Enter the date they left the network as a real date, like 2026-03-01, or leave it empty',
        ),
      source: z.enum(codesOf(CONNECTION_SOURCES), { error: 'Choose where they came from' }),
      sourceNotes: optionalText('the notes on where they came from', 1000),
      hasNoContactOrder: ticked,
      safeguardingNotes: optionalText('the safeguarding notes', 2000),
      isSharedWithFamily: ticked,
      showDespiteFlag: ticked,
      flagShownReason: optionalText('the reason for showing them', 1000),
    })
    .superRefine((form, context) => {
      const isFlagged = form.contactStatus === 'not_safe' || form.hasNoContactOrder === 'yes';
      if (isFlagged && form.showDespiteFlag === 'yes' && form.flagShownReason === '') {
        context.addIssue({
          code: 'custom',
          path: ['flagShownReason'],
          message:
            'Give the reason for showing them on the young person’s own map despite the flag',
        });
      }
    })
    .transform((form) => {
      const isFlagged = form.contactStatus === 'not_safe' || form.hasNoContactOrder === 'yes';
      const isShownDespiteFlag = isFlagged && form.showDespiteFlag === 'yes';
      return {
        name: form.name,
        relationship: form.relationship,
        category: form.category,
        notes: form.notes,
        gives: supportsOf(form, givesField),
        couldGive: supportsOf(form, couldGiveField),
        contactStatus: form.contactStatus,
        feelings: form.feelings,
        ring: form.ring,
        joinedOn: form.joinedOn,
        leftOn: form.leftOn === '' ? null : form.leftOn,
        source: form.source,
        sourceNotes: form.sourceNotes,
        hasNoContactOrder: form.hasNoContactOrder === 'yes',
        safeguardingNotes: form.safeguardingNotes,
        isSharedWithFamily: form.isSharedWithFamily === 'yes',
        isShownDespiteFlag,
        flagShownReason: isShownDespiteFlag ? form.flagShownReason : '',
      };
    }),
);
export type TPerson = z.infer<typeof ZPerson>;

/** Someone a carer suggests, on the short form: a worker checks them before anyone else sees. */
export const ZCarerSuggestion = withBlanks(
  TEXT_FIELDS,
  z.object(shared).transform((form) => ({
    name: form.name,
    relationship: form.relationship,
    category: form.category,
    notes: form.notes,
    gives: supportsOf(form, givesField),
  })),
);
export type TCarerSuggestion = z.infer<typeof ZCarerSuggestion>;

const OWN_FIELDS = ['name', 'relationship', 'category', 'feelings', 'ring', ...GIVES_FIELDS];

/** Someone the young person adds to their own map, in their own words. */
export const ZOwnSuggestion = withBlanks(
  OWN_FIELDS,
  z
    .object({
      name: requiredText('Write their name', 'their name', 120),
      relationship: requiredText(
        'Write who they are to you, like “my cousin” or “my old neighbour”',
        'who they are to you',
        120,
      ),
      category: z.enum(codesOf(CONNECTION_CATEGORIES), {
        error: 'Choose the kind of person they are to you',
      }),
      feelings: optionalText('how you feel about them', 1000),
      ring: ringField,
      ...tickedFields(GIVES_FIELDS),
    })
    .transform((form) => ({
      name: form.name,
      relationship: form.relationship,
      category: form.category,
      feelings: form.feelings,
      ring: form.ring,
      gives: supportsOf(form, givesField),
    })),
);
export type TOwnSuggestion = z.infer<typeof ZOwnSuggestion>;

const ZStep = z.object({
  direction: z.enum(['closer', 'further'], {
    error: 'Choose whether to move them closer or further away',
  }),
});

const ZPlace = withBlanks(
  ['ring', 'angle'],
  z.object({
    ring: ringField,
    angle: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, 'Give the angle as a whole number of degrees from 0 to 359')
      .transform(Number)
      .refine((angle) => angle <= 359, 'Give the angle as a whole number of degrees from 0 to 359'),
  }),
);

/** A move on the map: a button's step closer or further, or the place the script dropped them. */
export type TMove = z.infer<typeof ZStep> | z.infer<typeof ZPlace>;

/** The schema for a move: a step when the form says which way, otherwise a place on the map. */
export function moveSchemaFor(body: unknown): z.ZodType<TMove> {
  const isStep = Boolean(body && typeof body === 'object' && 'direction' in body);
  return isStep ? ZStep : ZPlace;
}

/** A worker's check of a suggestion. */
export const ZCheck = z.object({
  decision: z.enum(['confirm', 'decline'], {
    error: 'Choose whether to add them to the map or decline the suggestion',
  }),
});
export type TCheck = z.infer<typeof ZCheck>;

/** "Then and now": the day to compare with (the service chooses one when none is given). */
export const ZThenAndNow = z.object({
  on: z
    .string()
    .trim()
    .optional()
    .refine(
      (value) => value === undefined || value === '' || isRealDate(value),
      'Enter the date to compare with as a real date, like 2025-09-01',
    )
    .transform((value) => (value ? value : null)),
});
