// What the training record's forms and the carers list's filters accept. Rules that need today's
// date or the database (not in the future, a course that exists) are the service's.
import { DateTime } from 'luxon';
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The earliest date a course or a sign-off may carry: older certificates are not recorded. */
export const EARLIEST_DATE = '1990-01-01';

/** How many carers one page of the list shows. */
export const CARERS_PER_PAGE = 50;

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks =
  (fields: Record<string, string>) =>
  (input: unknown): unknown =>
    input && typeof input === 'object' ? { ...fields, ...input } : input;

/** A real date typed as YYYY-MM-DD, from 1990 on; `what` names it in the messages. */
function civilDate(what: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${what}, like 2026-11-03`)
    .refine((value) => DateTime.fromISO(value).isValid, `Enter a real date for the ${what}`)
    .refine(
      (value) => value >= EARLIEST_DATE,
      `The ${what} must be in 1990 or later: older training is not recorded`,
    );
}

/** Training done elsewhere, as staff record it from a certificate. */
export const ZCompletionInput = z.preprocess(
  withBlanks({ courseId: '', completedOn: '' }),
  z.object({
    courseId: z.string().refine((value) => UUID.test(value), 'Choose the course'),
    completedOn: civilDate('date completed'),
  }),
);
export type TCompletionInput = z.infer<typeof ZCompletionInput>;

/** A standard signed off by the supervising social worker, with the evidence they saw. */
export const ZSignOffInput = z.preprocess(
  withBlanks({ standard: '', signedOffOn: '', evidence: '', both: '' }),
  z.object({
    standard: z
      .string()
      .regex(/^[1-7]$/, 'Choose the standard you are signing off')
      .transform(Number),
    signedOffOn: civilDate('date signed off'),
    evidence: z
      .string()
      .trim()
      .min(1, 'Write a short note of the evidence you saw, like “Workbook section 3 and our visit”')
      .max(1000, 'Keep the evidence note to 1,000 characters or fewer'),
    both: z.enum(['', 'yes'], { error: 'Tick the box, or leave it' }),
  }),
);
export type TSignOffInput = z.infer<typeof ZSignOffInput>;

/** Whether the household keeps one shared workbook. */
export const ZWorkbookInput = z.preprocess(
  withBlanks({ isShared: '' }),
  z.object({
    isShared: z.enum(['yes', 'no'], { error: 'Choose whether the carers share one workbook' }),
  }),
);
export type TWorkbookInput = z.infer<typeof ZWorkbookInput>;

const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);
const PAGE_MESSAGE = 'The page number must be a whole number, 1 or more';

/** What the carers list can narrow to. */
export const CARER_STATUSES = ['overdue', 'due_soon', 'tsds_overdue'] as const;
export type CarerStatusFilter = (typeof CARER_STATUSES)[number];

/** The carers list's query: /training/carers?area=…&worker=…&status=overdue&page=2. */
export const ZCarerListQuery = z.object({
  area: z.preprocess(blankAsMissing, z.guid({ error: 'Choose an area from the list' }).optional()),
  worker: z.preprocess(
    blankAsMissing,
    z.guid({ error: 'Choose a supervising social worker from the list' }).optional(),
  ),
  status: z.preprocess(
    blankAsMissing,
    z.enum(CARER_STATUSES, { error: 'Choose a status from the list' }).optional(),
  ),
  page: z.preprocess(
    (value) => blankAsMissing(value) ?? 1,
    z.coerce
      .number({ error: PAGE_MESSAGE })
      .int({ error: PAGE_MESSAGE })
      .min(1, { error: PAGE_MESSAGE })
      .max(1_000_000, { error: PAGE_MESSAGE }),
  ),
});
export type TCarerListQuery = z.infer<typeof ZCarerListQuery>;

/** An id in an address; anything else is a page that does not exist. */
export const ZRecordId = z.guid();
