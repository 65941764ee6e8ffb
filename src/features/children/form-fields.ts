// Builders for the child's record's form fields, each with a message that names the field and
// says how to put it right. Every field arrives as text; an empty one means "not given".
import { DateTime } from 'luxon';
import { z } from 'zod';

/** Fields left out of a form altogether are read as left blank, so each gets its own message. */
export const withBlanks = <S extends z.ZodType>(fields: readonly string[], schema: S) =>
  z.preprocess(
    (input) =>
      input && typeof input === 'object'
        ? { ...Object.fromEntries(fields.map((field) => [field, ''])), ...input }
        : input,
    schema,
  );

/**
 * A submitted form with each named group of checkboxes joined by commas (a browser sends one value
 * per ticked box), so parseForm keeps every box and the form can be shown again as it was.
 */
export function joinTicked(body: unknown, names: readonly string[]): Record<string, unknown> {
  if (!body || typeof body !== 'object') return {};
  const fields = { ...(body as Record<string, unknown>) };
  for (const name of names) {
    const ticked = fields[name];
    const list = Array.isArray(ticked) ? ticked : typeof ticked === 'string' ? [ticked] : [];
    fields[name] = list.filter((value): value is string => typeof value === 'string').join(',');
  }
  return fields;
}

/** Text that must be given, within a length. */
export const requiredText = (what: string, max: number) =>
  z.string().trim().min(1, `Enter ${what}`).max(max, `Keep ${what} to ${max} characters or fewer`);

/** Text that may be left empty, within a length. */
export const optionalText = (what: string, max: number) =>
  z.string().trim().max(max, `Keep ${what} to ${max} characters or fewer`);

/** A list typed with commas or one per line: "English, Polish". */
export const typedList = (what: string, most: number) =>
  z
    .string()
    .transform((value) => {
      const seen = new Map<string, string>();
      for (const item of value.split(/[,\n]/)) {
        const trimmed = item.trim().replace(/\s+/g, ' ');
        if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
      }
      return [...seen.values()];
    })
    .refine((items) => items.length <= most, `Enter ${most} ${what} or fewer`)
    .refine(
      (items) => items.every((item) => item.length <= 40),
      `Keep each of the ${what} to 40 characters or fewer`,
    );

/** A latitude or longitude as typed: blank, or a number within the limit. */
export const coordinate = (what: string, name: 'latitude' | 'longitude') => {
  const limit = name === 'latitude' ? 90 : 180;
  return z
    .string()
    .trim()
    .refine(
      (value) =>
        value === '' || (/^-?\d{1,3}(\.\d+)?$/.test(value) && Math.abs(Number(value)) <= limit),
      `Enter ${what} as a number from -${limit} to ${limit}, like ${name === 'latitude' ? '52.48' : '-1.89'}`,
    );
};

/** A civil date as a date field sends it. */
export const civilDate = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}`)
    .refine(
      (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid,
      `Enter ${what} as a real date, like 2015-06-04`,
    );

/** The ticked codes of a group of checkboxes, each one of `allowed`. */
export const tickedCodes = <const T extends string>(allowed: readonly T[], message: string) =>
  z
    .string()
    .transform((value) => [...new Set(value.split(',').filter(Boolean))])
    .refine((values) => values.every((value) => (allowed as readonly string[]).includes(value)), {
      message,
    })
    .transform((values) => allowed.filter((code) => values.includes(code)));
