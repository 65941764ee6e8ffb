import type { z } from 'zod';
import { Invalid, type FieldErrors } from '../../core/errors.ts';

// Fields a caller may try that belong to someone else to set.
const NOT_YOURS: Record<string, string> = {
  authorityId: 'the local authority is always the one the API key belongs to',
  status: 'the agency sets the status',
  childId: 'the agency links a child it already knows',
};

/**
 * Validates a JSON body against a strict schema; throws Invalid naming each field, including
 * fields the schema does not know (a typo should not be dropped without a word).
 */
export function parseJsonBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new Invalid({ body: 'The body must be a JSON object holding the fields' });
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors[key] ??=
          `${key} is not a field Kinfold accepts${NOT_YOURS[key] ? `: ${NOT_YOURS[key]}` : ''}`;
      }
      continue;
    }
    const field = issue.path.map(String).join('.') || 'body';
    errors[field] ??= issue.message;
  }
  throw new Invalid(errors);
}
