import type { z } from 'zod';
import { Invalid, type FieldErrors } from '../errors.ts';

/** What the person typed, kept as text so a form can be shown again exactly as it was. */
export type FormValues = Record<string, string>;

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** The text of each submitted field (the last one when a field came twice); files and objects are dropped. */
export function formValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value) && typeof value.at(-1) === 'string')
      values[key] = value.at(-1) as string;
  }
  return values;
}

/** One message per field: the first problem found, which is the one to fix first. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Validates a submitted HTML form; on failure, keeps what was typed for showing the form again. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const values = formValues(body);
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { ok: true, data: parsed.data, values }
    : { ok: false, errors: fieldErrorsOf(parsed.error), values };
}

/** Validates a JSON body or query; throws Invalid naming each field, which the API answers with 400. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw new Invalid(fieldErrorsOf(parsed.error));
  return parsed.data;
}
