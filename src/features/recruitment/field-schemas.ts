// Builders for form fields, each with a message that says how to put it right.
import { DateTime } from 'luxon';
import { z } from 'zod';

/** An empty field means "not given", as a form with nothing typed or chosen sends it. */
export const blankAsMissing = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** True for a real civil date written YYYY-MM-DD. */
export const isRealDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;

/** A civil date as a date field sends it; the message names the field. */
export const civilDate = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .refine(isRealDate, { error: `Enter ${what} as a real date, like 2026-06-04` });

/** A civil date that may be left empty. */
export const optionalDate = (what: string) =>
  z.preprocess(blankAsMissing, civilDate(what).optional());

/** Text that must be given, within a length. */
export const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `Enter ${what} in ${max} characters or fewer` });

/** Text that may be left empty (then ''), within a length. */
export const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Enter ${what} in ${max} characters or fewer` })
    .optional()
    .transform((value) => value ?? '');

/** One of a list of codes; the message says what to choose. */
export const choice = <const T extends readonly [string, ...string[]]>(
  values: T,
  message: string,
) => z.enum(values, { error: message });

/** A whole number in a range, or nothing when left empty. */
export const wholeNumber = (what: string, min: number, max: number) => {
  const message = `Enter ${what} as a whole number from ${min} to ${max}`;
  return z.preprocess(
    blankAsMissing,
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message })
      .optional(),
  );
};
