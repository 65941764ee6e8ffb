import { DateTime } from 'luxon';
import { z } from 'zod';

/** How many entries one page of the audit trail shows. */
export const ENTRIES_PER_PAGE = 50;

const PAGE_MESSAGE = 'The page number must be a whole number, 1 or more';
const DATE_MESSAGE = 'Enter a real date, for example 2026-03-27';

// An empty field means "no filter", as a form with nothing chosen sends it.
const blankAsMissing = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankAsMissing, schema.optional());

const civilDate = z
  .string()
  .trim()
  .refine((value) => DateTime.fromFormat(value, 'yyyy-MM-dd').isValid, { error: DATE_MESSAGE });

/** The audit trail's filters, as the GET form sends them. */
export const ZAuditFilters = z
  .object({
    action: optional(
      z.string().regex(/^[a-z_]{1,40}\.[a-z_]{1,40}$/, { error: 'Choose an action from the list' }),
    ),
    recordType: optional(
      z.string().regex(/^[a-z_]{1,40}$/, { error: 'Choose a kind of record from the list' }),
    ),
    recordId: optional(
      z.string().trim().max(100, { error: 'Enter a record id of 100 characters or fewer' }),
    ),
    actor: optional(z.guid({ error: 'Choose a person from the list' })),
    outcome: optional(z.enum(['done', 'refused'], { error: 'Choose done or refused' })),
    from: optional(civilDate),
    to: optional(civilDate),
    page: z.preprocess(
      (value) => blankAsMissing(value) ?? 1,
      z.coerce
        .number({ error: PAGE_MESSAGE })
        .int({ error: PAGE_MESSAGE })
        .min(1, { error: PAGE_MESSAGE })
        .max(1_000_000, { error: PAGE_MESSAGE }),
    ),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ['to'],
    error: 'The “to” date must be the same as the “from” date or after it',
  });
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

/** The names of the filters in use, for the audit entry a browse writes (their values stay out). */
export function filtersInUse(filters: TAuditFilters): string[] {
  return (['action', 'recordType', 'recordId', 'actor', 'outcome', 'from', 'to'] as const).filter(
    (name) => filters[name] !== undefined,
  );
}
