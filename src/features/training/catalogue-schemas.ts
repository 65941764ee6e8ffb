// The forms the coordinator fills in to run the programme: a course, a venue, a term or closure,
// and a term-dates file to import. Each field that goes wrong gets its own message.
import { z } from 'zod';
import { readCivilDate } from './term-dates.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL; anything else is a page that does not exist. */
export const ZRecordId = z.string().regex(UUID);

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks = <S extends z.ZodType>(fields: readonly string[], schema: S) =>
  z.preprocess(
    (input) =>
      input && typeof input === 'object'
        ? { ...Object.fromEntries(fields.map((field) => [field, ''])), ...input }
        : input,
    schema,
  );

const text = (max: number, blank: string, long: string) =>
  z.string().trim().min(1, blank).max(max, long);

const wholeNumber = (message: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, message)
    .transform(Number)
    .refine((value) => value >= min && value <= max, message);

const REFRESHER_MESSAGE =
  'Enter how many months until it must be taken again, from 1 to 120, or leave it blank if once is enough';

const ZCourseFields = z.object({
  title: text(120, 'Enter the course title', 'Keep the title to 120 characters or fewer'),
  summary: text(
    600,
    'Say in a sentence or two what the course is about',
    'Keep the summary to 600 characters or fewer',
  ),
  learningOutcomes: z
    .string()
    .transform((value) =>
      value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .refine((lines) => lines.length > 0, 'Enter at least one learning outcome, one per line')
    .refine((lines) => lines.length <= 12, 'Enter 12 learning outcomes or fewer')
    .refine(
      (lines) => lines.every((line) => line.length <= 200),
      'Keep each learning outcome to 200 characters or fewer',
    ),
  durationMinutes: wholeNumber('Enter how long it lasts in minutes, from 15 to 240', 15, 240),
  deliveryMode: z.enum(['classroom', 'e_learning', 'both'], {
    error: 'Choose how the course is given',
  }),
  isMandatory: z
    .enum(['yes', 'no'], { error: 'Say whether carers must take the course' })
    .transform((value) => value === 'yes'),
  audience: z.enum(['all_carers', 'new_carers', 'kinship_carers'], {
    error: 'Choose who the course is for',
  }),
  refresherMonths: z
    .string()
    .trim()
    .refine((value) => value === '' || /^\d{1,4}$/.test(value), REFRESHER_MESSAGE)
    .transform((value) => (value === '' ? null : Number(value)))
    .refine((value) => value === null || (value >= 1 && value <= 120), REFRESHER_MESSAGE),
  // The ticked standards arrive joined by commas (see courseFormBody); none ticked is allowed.
  tsdsStandards: z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .refine(
      (values) => values.every((value) => /^[1-7]$/.test(value)),
      'Choose from the 7 training standards',
    )
    .transform((values) => [...new Set(values.map(Number))].sort((a, b) => a - b)),
});

/** A course in the catalogue as the coordinator types it. */
export const ZCourseInput = withBlanks(Object.keys(ZCourseFields.shape), ZCourseFields);
export type TCourseInput = z.infer<typeof ZCourseInput>;

/**
 * The submitted course form as text fields: the standards' checkboxes send one value each, and
 * are joined so the form can be shown again with the same boxes ticked.
 */
export function courseFormBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object') return {};
  const fields = body as Record<string, unknown>;
  const ticked = fields.tsdsStandards;
  const list = Array.isArray(ticked) ? ticked : typeof ticked === 'string' ? [ticked] : [];
  return {
    ...fields,
    tsdsStandards: list.filter((value): value is string => typeof value === 'string').join(','),
  };
}

// The shapes UK postcodes take (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA), as the
// Royal Mail describes them: a shape check, not a look-up, so a new postcode is never refused.
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;

const coordinate = (name: string, limit: number) =>
  z
    .string()
    .trim()
    .refine(
      (value) =>
        value === '' || (/^-?\d{1,3}(\.\d+)?$/.test(value) && Math.abs(Number(value)) <= limit),
      `Enter the ${name} as a number from -${limit} to ${limit}, like ${name === 'latitude' ? '52.48' : '-1.89'}`,
    );

const ZVenueFields = z.object({
  areaId: z.string().regex(UUID, 'Choose the area the venue is in'),
  name: text(120, 'Enter the venue’s name', 'Keep the name to 120 characters or fewer'),
  address: text(300, 'Enter the venue’s address', 'Keep the address to 300 characters or fewer'),
  postcode: z
    .string()
    .transform((value) => value.trim().toUpperCase().replace(/\s+/g, ' '))
    .refine((value) => POSTCODE.test(value), 'Enter a UK postcode, like NF1 2AB')
    .transform(
      (value) => `${value.replace(' ', '').slice(0, -3)} ${value.replace(' ', '').slice(-3)}`,
    ),
  latitude: coordinate('latitude', 90),
  longitude: coordinate('longitude', 180),
  capacity: wholeNumber('Enter how many people the venue holds, from 1 to 500', 1, 500),
  accessibilityNotes: z
    .string()
    .trim()
    .max(1000, 'Keep the accessibility notes to 1,000 characters or fewer'),
});

/** A venue as the coordinator types it: the map position is optional, but both halves or neither. */
export const ZVenueInput = withBlanks(
  Object.keys(ZVenueFields.shape),
  ZVenueFields.superRefine(
    (venue, ctx) => {
      if ((venue.latitude === '') === (venue.longitude === '')) return;
      const missing = venue.latitude === '' ? 'latitude' : 'longitude';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: `Enter the ${missing} too, or leave both latitude and longitude blank`,
      });
    },
    // Checked even when another field is wrong, so every problem shows at once.
    {
      when: (payload) => {
        const value = payload.value as { latitude?: unknown; longitude?: unknown };
        return typeof value.latitude === 'string' && typeof value.longitude === 'string';
      },
    },
  ).transform(({ latitude, longitude, ...venue }) => ({
    ...venue,
    latitude: latitude === '' ? null : Number(latitude),
    longitude: longitude === '' ? null : Number(longitude),
  })),
);
export type TVenueInput = z.infer<typeof ZVenueInput>;

const civilDate = (which: 'first' | 'last') =>
  z.string().transform((value, ctx) => {
    const date = readCivilDate(value);
    if (date) return date;
    ctx.addIssue({
      code: 'custom',
      message: `Enter the ${which} day as a real date, like 2027-09-02`,
    });
    return z.NEVER;
  });

/** A term added by hand to one area's calendar. */
export const ZTermInput = withBlanks(
  ['name', 'startsOn', 'endsOn'],
  z.object({
    name: text(
      100,
      'Enter the term’s name, like Autumn 2027',
      'Keep the name to 100 characters or fewer',
    ),
    startsOn: civilDate('first'),
    endsOn: civilDate('last'),
  }),
);
export type TTermInput = z.infer<typeof ZTermInput>;

/** A half-term or inset day added by hand; a single inset day may leave the last day blank. */
export const ZClosureInput = withBlanks(
  ['kind', 'startsOn', 'endsOn'],
  z
    .object({
      kind: z.enum(['half_term', 'inset_day'], { error: 'Choose half-term or inset day' }),
      startsOn: civilDate('first'),
      endsOn: z.string().trim(),
    })
    .transform((closure, ctx) => {
      const endsOn = closure.endsOn === '' ? closure.startsOn : readCivilDate(closure.endsOn);
      if (endsOn) return { ...closure, endsOn };
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message:
          'Enter the last day as a real date, like 2027-10-29, or leave it blank for one day',
      });
      return z.NEVER;
    }),
);
export type TClosureInput = z.infer<typeof ZClosureInput>;

/** A term-dates file pasted in, for one area. */
export const ZTermsImportInput = withBlanks(
  ['areaId', 'contents'],
  z.object({
    areaId: z.string().regex(UUID, 'Choose the area the term dates are for'),
    contents: z
      .string()
      .refine((value) => value.trim() !== '', 'Paste the contents of the CSV or .ics file')
      .refine(
        (value) => value.length <= 200_000,
        'The file is too long: import one school year at a time',
      ),
  }),
);
export type TTermsImportInput = z.infer<typeof ZTermsImportInput>;
