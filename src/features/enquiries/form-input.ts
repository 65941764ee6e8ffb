import type { z } from 'zod';
import type { FieldErrors } from '../../core/errors.ts';
import { fieldErrorsOf } from '../../core/http/validation.ts';
import { HONEYPOT_FIELD, STAMP_FIELD } from './spam-guard.ts';

/** What the person typed or ticked, kept so the form can be shown again exactly as it was. */
export type EnquiryValues = Record<string, string | string[]>;

export type EnquiryFormResult<T> =
  | { ok: true; data: T; values: EnquiryValues }
  | { ok: false; errors: FieldErrors; values: EnquiryValues };

// Fields that are never part of the answers: the form's token and the spam checks' own fields.
const MACHINERY = new Set(['_csrf', HONEYPOT_FIELD, STAMP_FIELD]);

/**
 * The submitted fields as text, with the named ones kept as lists (a group of checkboxes sends
 * one value per box ticked); anything else that came as a list keeps its last value.
 */
export function enquiryValues(body: unknown, listFields: readonly string[] = []): EnquiryValues {
  const values: EnquiryValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (MACHINERY.has(key)) continue;
    const texts = (Array.isArray(value) ? value : [value]).filter(
      (item): item is string => typeof item === 'string',
    );
    if (listFields.includes(key)) values[key] = texts;
    else if (texts.length > 0) values[key] = texts.at(-1)!;
  }
  for (const key of listFields) values[key] ??= [];
  return values;
}

/** Validates one of the public forms; on failure keeps what was typed and says what to fix. */
export function parseEnquiryForm<S extends z.ZodType>(
  schema: S,
  body: unknown,
  listFields: readonly string[] = [],
): EnquiryFormResult<z.infer<S>> {
  const values = enquiryValues(body, listFields);
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { ok: true, data: parsed.data, values }
    : { ok: false, errors: byField(fieldErrorsOf(parsed.error)), values };
}

// A problem with one ticked box ("days.2") belongs to its group ("days"), where it is shown.
function byField(errors: FieldErrors): FieldErrors {
  const grouped: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) grouped[key.split('.')[0]!] ??= message;
  return grouped;
}

/** One value as text (the first of a list), for filling in a text box again. */
export function textOf(values: EnquiryValues | undefined, name: string): string {
  const value = values?.[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

/** A value as a list, for ticking checkboxes again. */
export function listOf(values: EnquiryValues | undefined, name: string): string[] {
  const value = values?.[name];
  return Array.isArray(value) ? value : value ? [value] : [];
}
