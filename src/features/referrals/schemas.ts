// The staff's forms for referrals: the list's filters, the referral itself and the response sent
// back to the local authority. Each field that goes wrong gets its own message.
import { z } from 'zod';
import { NEED_CODES, type NeedCode } from '../children/index.ts';
import { optionalEmail, optionalText, requiredText, UUID, withBlanks } from './form-fields.ts';
import { isAdultOn, isCivilDate, type StaffReferralInput } from './input.ts';
import { CARE_TYPES, REFERRAL_STATUSES, REFERRAL_URGENCIES } from './words.ts';

/** How many referrals one page of the list shows. */
export const REFERRALS_PER_PAGE = 50;

/** A referral's id in an address; anything else is a page that does not exist. */
export const ZReferralId = z.guid();

const PAGE_MESSAGE = 'The page number must be a whole number, 1 or more';

// An empty field means "no filter", as a form with nothing chosen sends it.
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

/** The list's query: /referrals?status=new&page=2. */
export const ZReferralListQuery = z.object({
  status: z.preprocess(
    blankAsMissing,
    z.enum(REFERRAL_STATUSES, { error: 'Choose a status from the list' }).optional(),
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

const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || UUID.test(value), message)
    .transform((value) => (value === '' ? null : value));

const coordinate = (name: 'latitude' | 'longitude', limit: number) =>
  z
    .string()
    .trim()
    .refine(
      (value) =>
        value === '' || (/^-?\d{1,3}(\.\d+)?$/.test(value) && Math.abs(Number(value)) <= limit),
      `Enter the ${name} as a number from -${limit} to ${limit}, like ${name === 'latitude' ? '53.80' : '-1.55'}, or leave it blank`,
    )
    .transform((value) => (value === '' ? null : Number(value)));

/** A list typed with commas ("English, Polish"), blank entries dropped. */
const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean),
);

const yesNo = z.string().transform((value) => value === 'yes');

function referralFields(today: string) {
  return z.object({
    authorityId: z.string().regex(UUID, 'Choose the local authority that referred the child'),
    authorityReference: optionalText(60, 'Keep their reference to 60 characters or fewer'),
    childFirstName: requiredText(
      60,
      'Enter the child’s first name',
      'Keep the first name to 60 characters or fewer',
    ),
    childLastName: requiredText(
      60,
      'Enter the child’s last name',
      'Keep the last name to 60 characters or fewer',
    ),
    childDateOfBirth: z
      .string()
      .trim()
      .refine(isCivilDate, 'Enter the child’s date of birth as a real date, like 2016-04-21')
      .refine((value) => value <= today, 'The date of birth cannot be in the future')
      .refine(
        (value) => !isAdultOn(value, today),
        'The child must be under 18: check the date of birth',
      ),
    childGender: optionalText(40, 'Keep the gender to 40 characters or fewer'),
    childEthnicity: optionalText(80, 'Keep the ethnicity to 80 characters or fewer'),
    childFaith: optionalText(80, 'Keep the faith to 80 characters or fewer'),
    childLanguages: commaList
      .refine((list) => list.length <= 10, 'Enter 10 languages or fewer')
      .refine(
        (list) => list.every((language) => language.length <= 40),
        'Keep each language to 40 characters or fewer',
      ),
    siblingsCount: z
      .string()
      .trim()
      .transform((value) => (value === '' ? '0' : value))
      .refine(
        (value) => /^\d$/.test(value),
        'Enter how many brothers and sisters are referred with the child, from 0 to 9',
      )
      .transform(Number),
    siblingsAges: commaList
      .refine(
        (list) => list.every((age) => /^\d{1,2}$/.test(age) && Number(age) <= 17),
        'Enter each brother’s or sister’s age as a whole number from 0 to 17, separated by commas',
      )
      .transform((list) => list.map(Number)),
    siblingsTogether: z.string(),
    careType: z.enum(CARE_TYPES, { error: 'Choose the kind of care the child needs' }),
    urgency: z.enum(REFERRAL_URGENCIES, { error: 'Choose how soon a home is needed' }),
    neededBy: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || isCivilDate(value),
        'Enter the date a home is needed by as a real date, like 2026-12-01, or leave it blank',
      )
      .refine(
        (value) => value === '' || value >= today,
        'The date a home is needed by cannot be in the past',
      )
      .transform((value) => (value === '' ? null : value)),
    // The ticked needs arrive joined by commas (see referralFormBody).
    needs: commaList
      .refine(
        (list) => list.every((code) => (NEED_CODES as readonly string[]).includes(code)),
        'Choose the child’s needs from the list',
      )
      .transform((list) => [...new Set(list)] as NeedCode[]),
    needsSummary: optionalText(2000, 'Keep the summary of needs to 2,000 characters or fewer'),
    schoolName: optionalText(120, 'Keep the school’s name to 120 characters or fewer'),
    schoolAreaId: optionalId('Choose the school’s area from the list'),
    schoolLatitude: coordinate('latitude', 90),
    schoolLongitude: coordinate('longitude', 180),
    familyTimeAreaId: optionalId('Choose the area of family time from the list'),
    familyTimeLatitude: coordinate('latitude', 90),
    familyTimeLongitude: coordinate('longitude', 180),
    avoidAreaId: optionalId('Choose the area to avoid from the list'),
    prefersOnlyChild: yesNo,
    socialWorkerName: requiredText(
      120,
      'Enter the name of the child’s social worker',
      'Keep the social worker’s name to 120 characters or fewer',
    ),
    socialWorkerEmail: optionalEmail(
      'Enter the social worker’s email address like name@council.gov.uk, or leave it blank',
    ),
    socialWorkerPhone: z
      .string()
      .trim()
      .refine(
        (value) => /^[0-9 +()-]{0,30}$/.test(value),
        'Enter the social worker’s phone number with digits, spaces, + and brackets, or leave it blank',
      ),
    childId: optionalId('Choose the child from the list, or “Not known to us”'),
  });
}

type ReferralFields = z.output<ReturnType<typeof referralFields>>;

/** Checks between fields: ages for every brother and sister, both halves of a position. */
function checkAcrossFields(
  fields: Partial<Record<keyof ReferralFields, unknown>>,
  ctx: z.RefinementCtx,
) {
  const count = fields.siblingsCount;
  const ages = fields.siblingsAges;
  if (typeof count === 'number' && Array.isArray(ages) && ages.length !== count) {
    ctx.addIssue({
      code: 'custom',
      path: ['siblingsAges'],
      message:
        count === 0
          ? 'Leave the ages blank when no brothers or sisters are referred with the child'
          : `Enter ${count === 1 ? 'the age' : `${count} ages`} of the brothers and sisters, separated by commas`,
    });
  }
  if (typeof count === 'number' && count > 0 && fields.siblingsTogether === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['siblingsTogether'],
      message: 'Say whether the brothers and sisters should live together',
    });
  }
  for (const place of ['school', 'familyTime'] as const) {
    const latitude = fields[`${place}Latitude`];
    const longitude = fields[`${place}Longitude`];
    if (latitude === undefined || longitude === undefined) continue;
    if (typeof latitude === 'string' || typeof longitude === 'string') continue; // wrong already
    if ((latitude === null) === (longitude === null)) continue;
    const missing = latitude === null ? 'Latitude' : 'Longitude';
    ctx.addIssue({
      code: 'custom',
      path: [`${place}${missing}`],
      message: `Enter the ${missing.toLowerCase()} too, or leave both latitude and longitude blank`,
    });
  }
}

/** The referral form as staff type it, checked against today's date. */
export function referralFormSchema(today: string) {
  const fields = referralFields(today);
  return withBlanks(
    Object.keys(fields.shape),
    fields
      // Checked even when another field is wrong, so every problem shows at once.
      .superRefine((value, ctx) => checkAcrossFields(value, ctx), { when: () => true })
      .transform(({ siblingsTogether, ...referral }): StaffReferralInput => ({
        ...referral,
        siblingsTogether: referral.siblingsCount === 0 || siblingsTogether !== 'no',
      })),
  );
}

/**
 * The submitted referral form as text fields: the needs' checkboxes send one value each, and are
 * joined so the form can be shown again with the same boxes ticked.
 */
export function referralFormBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object') return {};
  const fields = body as Record<string, unknown>;
  const ticked = fields.needs;
  const list = Array.isArray(ticked) ? ticked : typeof ticked === 'string' ? [ticked] : [];
  return {
    ...fields,
    needs: list.filter((value): value is string => typeof value === 'string').join(','),
  };
}

/** The statuses the response form may set; offered and placed are set by matching. */
export const RESPONSE_STATUSES = ['new', 'matching', 'declined', 'withdrawn'] as const;

/** The response to the local authority: where the referral stands and what to tell them. */
export const ZResponseInput = withBlanks(
  ['status', 'response'],
  z.object({
    status: z.enum([...RESPONSE_STATUSES, 'offered', 'placed'], {
      error: 'Choose where the referral stands',
    }),
    response: requiredText(
      2000,
      'Write what the local authority will read',
      'Keep the response to 2,000 characters or fewer',
    ),
  }),
);
export type TResponseInput = z.infer<typeof ZResponseInput>;
