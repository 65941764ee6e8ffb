// Building blocks of the staff's forms, so each form's fields read the same way.
import { z } from 'zod';

/** An id chosen from a list. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Text that must be given, with a limit. */
export const requiredText = (max: number, blank: string, long: string) =>
  z.string().trim().min(1, blank).max(max, long);

/** Text that may be left blank, with a limit. */
export const optionalText = (max: number, long: string) => z.string().trim().max(max, long);

/** An email address, or blank. */
export const optionalEmail = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || z.email().safeParse(value).success, message);

/** Fields left out of a form altogether are read as left blank, so each gets its own message. */
export const withBlanks = <S extends z.ZodType>(fields: readonly string[], schema: S) =>
  z.preprocess(
    (input) =>
      input && typeof input === 'object'
        ? { ...Object.fromEntries(fields.map((field) => [field, ''])), ...input }
        : input,
    schema,
  );
