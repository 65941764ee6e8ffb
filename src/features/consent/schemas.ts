import { DateTime } from 'luxon';
import { z } from 'zod';

/** A visitor's answer to the cookie question, from the banner or the cookie policy page. */
export const ZConsentChoice = z.object({
  analytics: z.enum(['accept', 'reject'], { error: 'Choose whether to accept analytics cookies' }),
  returnTo: z.string().optional(),
});
export type TConsentChoice = z.infer<typeof ZConsentChoice>;

/** One event the analytics script sends: a page view, or a step towards getting in touch. */
export const ZAnalyticsEvent = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('page_view'),
      path: z.string().min(1).max(500),
      referrer: z.string().max(2000).optional(),
    }),
    z.strictObject({
      kind: z.literal('funnel_step'),
      path: z.string().min(1).max(500),
      step: z
        .string()
        .regex(/^[a-z0-9][a-z0-9:-]{0,59}$/, 'A step is lower-case letters, digits, : and -'),
    }),
  ],
  { error: 'kind must be page_view or funnel_step' },
);
export type TAnalyticsEvent = z.infer<typeof ZAnalyticsEvent>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const reportDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine(
      (value) => !value || (ISO_DATE.test(value) && DateTime.fromISO(value).isValid),
      `Enter the ${label} as a real date, for example 2026-03-01`,
    );

/** The period of the analytics report: /analytics?from=2026-03-01&to=2026-03-31. */
export const ZReportPeriod = z
  .object({ from: reportDate('first day'), to: reportDate('last day') })
  .refine((period) => !period.from || !period.to || period.from <= period.to, {
    message: 'The first day must be on or before the last day',
    path: ['to'],
  });
