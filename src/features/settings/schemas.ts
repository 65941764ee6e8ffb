import { IANAZone } from 'luxon';
import { z } from 'zod';

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `Enter ${label} of ${max} characters or fewer`).default('');

// A whole number in a range, typed into a box: a message that names the field for anything else.
const wholeNumber = (label: string, least: number, most: number) => {
  const message = `Enter ${label} as a whole number from ${least} to ${most}`;
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(least, message).max(most, message));
};

/** The agency's settings as the administrator's form sends them. */
export const ZAgencySettings = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the agency’s name')
    .max(120, 'Enter a name of 120 characters or fewer'),
  phone: optionalText(40, 'a phone number').pipe(
    z
      .string()
      .regex(/^[0-9+() -]*$/, 'Enter a phone number using digits, spaces, brackets and + only'),
  ),
  email: optionalText(254, 'an email address').pipe(
    z.union([
      z.literal(''),
      z.email('Enter an email address in the correct format, like office@example.org'),
    ]),
  ),
  address: optionalText(500, 'an address'),
  locale: z.enum(['en-GB', 'en-US'], { error: 'Choose which words Kinfold uses' }),
  timeZone: z
    .string()
    .trim()
    .min(1, 'Enter a time zone, such as Europe/London')
    .superRefine((zone, issue) => {
      if (zone && !IANAZone.isValidZone(zone)) {
        issue.addIssue({
          code: 'custom',
          message: `“${zone}” is not a time zone Kinfold knows. Enter a time zone such as Europe/London or America/New_York`,
        });
      }
    })
    // Spelled the way the time-zone database spells it, whatever the letter case typed.
    .transform((zone) =>
      IANAZone.isValidZone(zone)
        ? new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone
        : zone,
    ),
  committedAdultsTarget: wholeNumber('the number of committed adults', 1, 20),
  permanencyDecisionMonths: wholeNumber('the months to a permanency decision', 1, 24),
  isStaffTwoFactorRequired: z
    .string()
    .optional()
    .transform((value) => value === 'yes'),
});
export type TAgencySettings = z.infer<typeof ZAgencySettings>;
