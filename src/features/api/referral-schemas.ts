// The referrals API's requests and answers. The same schemas validate the requests and shape the
// answers, and the OpenAPI document is generated from them, so the description cannot drift.
import { z } from 'zod';
import { NEED_CODES } from '../children/index.ts';
import {
  CARE_TYPES,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  isAdultOn,
  type AuthorityReferralInput,
} from '../referrals/index.ts';
import { ZPaging } from './schemas.ts';

const requiredText = (field: string, max: number, what: string) =>
  z
    .string({ error: `${field} is required: ${what}, as text` })
    .trim()
    .min(1, `${field} cannot be blank: ${what}`)
    .max(max, `${field} must be ${max} characters or fewer`);

const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, `${field} must be ${max} characters or fewer`)
    .default('');

const coordinate = (field: string, limit: number) =>
  z
    .number({ error: `${field} must be a number from -${limit} to ${limit}, or null` })
    .min(-limit, `${field} must be a number from -${limit} to ${limit}`)
    .max(limit, `${field} must be a number from -${limit} to ${limit}`)
    .nullable()
    .default(null);

const areaName = (field: string, areaNames: readonly string[]) => {
  const [first, ...rest] = areaNames;
  const area =
    first === undefined
      ? z.never({ error: `${field} cannot be given yet: the agency has no areas` })
      : z.enum([first, ...rest], {
          error: `${field} must be one of the agency’s areas: ${areaNames.join(', ')}`,
        });
  return area.nullable().default(null);
};

const EMAIL_MESSAGE = 'socialWorkerEmail must be an email address like name@council.gov.uk';

/**
 * POST /api/v1/referrals: a child who needs a home, as the authority's system sends it. The
 * authority is the API key's own, never a field. Built for the day (dates in the past or future
 * are judged against it) and for the agency's areas (named, as their systems do not know our ids).
 */
export function apiReferralSchema(options: { today: string; areaNames: readonly string[] }) {
  const { today, areaNames } = options;
  const fields = z.strictObject({
    authorityReference: optionalText('authorityReference', 60).describe(
      'Your own reference for the child, so your system can find the referral again',
    ),
    childFirstName: requiredText('childFirstName', 60, 'the child’s first name'),
    childLastName: requiredText('childLastName', 60, 'the child’s last name'),
    childDateOfBirth: z.iso
      .date({ error: 'childDateOfBirth is required: a real date like 2016-04-21' })
      .refine((value) => value <= today, 'childDateOfBirth cannot be in the future')
      .refine(
        (value) => !isAdultOn(value, today),
        'childDateOfBirth must be that of a child under 18',
      ),
    childGender: optionalText('childGender', 40),
    childEthnicity: optionalText('childEthnicity', 80),
    childFaith: optionalText('childFaith', 80),
    childLanguages: z
      .array(
        z
          .string({ error: 'childLanguages must be a list of languages, as text' })
          .trim()
          .min(1, 'childLanguages cannot hold a blank language')
          .max(40, 'childLanguages must hold languages of 40 characters or fewer'),
        { error: 'childLanguages must be a list of languages' },
      )
      .max(10, 'childLanguages must hold 10 languages or fewer')
      .default([]),
    siblingsCount: z
      .int({ error: 'siblingsCount must be a whole number from 0 to 9' })
      .min(0, 'siblingsCount must be a whole number from 0 to 9')
      .max(9, 'siblingsCount must be a whole number from 0 to 9')
      .default(0)
      .describe('How many brothers and sisters are referred with the child'),
    siblingsAges: z
      .array(
        z
          .int({ error: 'siblingsAges must hold whole numbers from 0 to 17' })
          .min(0, 'siblingsAges must hold whole numbers from 0 to 17')
          .max(17, 'siblingsAges must hold whole numbers from 0 to 17'),
        { error: 'siblingsAges must be a list of ages' },
      )
      .max(9, 'siblingsAges must hold 9 ages or fewer')
      .default([])
      .describe('One age for each brother and sister referred with the child'),
    siblingsTogether: z
      .boolean({ error: 'siblingsTogether must be true or false' })
      .default(true)
      .describe('Whether the brothers and sisters should live together'),
    careType: z.enum(CARE_TYPES, {
      error: `careType is required: one of ${CARE_TYPES.join(', ')}`,
    }),
    urgency: z.enum(REFERRAL_URGENCIES, {
      error: `urgency is required: one of ${REFERRAL_URGENCIES.join(', ')}`,
    }),
    neededBy: z.iso
      .date({ error: 'neededBy must be a date like 2026-12-01, or null' })
      .refine((value) => value >= today, 'neededBy cannot be in the past')
      .nullable()
      .default(null)
      .describe('The day the child needs to move in'),
    needs: z
      .array(
        z.enum(NEED_CODES, { error: `needs must hold only these codes: ${NEED_CODES.join(', ')}` }),
        { error: 'needs must be a list of need codes' },
      )
      .max(NEED_CODES.length, `needs must hold ${NEED_CODES.length} codes or fewer`)
      .default([])
      .describe('What the child needs from carers, as codes'),
    needsSummary: optionalText('needsSummary', 2000).describe(
      'What helps, what to expect, what upsets them: what a carer would want to know first',
    ),
    schoolName: optionalText('schoolName', 120),
    schoolArea: areaName('schoolArea', areaNames),
    schoolLatitude: coordinate('schoolLatitude', 90),
    schoolLongitude: coordinate('schoolLongitude', 180),
    familyTimeArea: areaName('familyTimeArea', areaNames).describe(
      'Where the child sees their birth family',
    ),
    familyTimeLatitude: coordinate('familyTimeLatitude', 90),
    familyTimeLongitude: coordinate('familyTimeLongitude', 180),
    avoidArea: areaName('avoidArea', areaNames).describe(
      'An area the child must not live in, for example where the birth family lives; never shown to carers',
    ),
    prefersOnlyChild: z
      .boolean({ error: 'prefersOnlyChild must be true or false' })
      .default(false)
      .describe('The child would do best as the only child in the home'),
    socialWorkerName: requiredText('socialWorkerName', 120, 'the child’s social worker'),
    socialWorkerEmail: z
      .union([z.email({ error: EMAIL_MESSAGE }), z.literal('', { error: EMAIL_MESSAGE })], {
        error: EMAIL_MESSAGE,
      })
      .default(''),
    socialWorkerPhone: z
      .string({ error: 'socialWorkerPhone must be text' })
      .trim()
      .regex(
        /^[0-9 +()-]{0,30}$/,
        'socialWorkerPhone must be a phone number of digits, spaces, + and brackets',
      )
      .default(''),
  });
  return fields
    .superRefine(
      (referral, ctx) => {
        const { siblingsCount: count, siblingsAges: ages } = referral;
        if (typeof count === 'number' && Array.isArray(ages) && ages.length !== count) {
          ctx.addIssue({
            code: 'custom',
            path: ['siblingsAges'],
            message: `siblingsAges must hold one age for each of the ${count} brothers and sisters`,
          });
        }
        for (const place of ['school', 'familyTime'] as const) {
          const latitude: unknown = referral[`${place}Latitude`];
          const longitude: unknown = referral[`${place}Longitude`];
          // A value that is not a number has its own message already.
          if (![latitude, longitude].every((value) => value === null || typeof value === 'number'))
            continue;
          if ((latitude === null) !== (longitude === null)) {
            const missing = latitude === null ? `${place}Latitude` : `${place}Longitude`;
            ctx.addIssue({
              code: 'custom',
              path: [missing],
              message: `${missing} is needed too: send both latitude and longitude, or neither`,
            });
          }
        }
      },
      // Checked even when another field is wrong, so every problem is named at once.
      { when: () => true },
    )
    .transform((referral): AuthorityReferralInput => ({
      ...referral,
      needs: [...new Set(referral.needs)],
    }));
}

/** GET /api/v1/referrals?status=&page=&pageSize= */
export const ZApiReferralsQuery = z.object({
  ...ZPaging,
  status: z
    .enum(REFERRAL_STATUSES, { error: `status must be one of ${REFERRAL_STATUSES.join(', ')}` })
    .optional()
    .describe('Only referrals with this status'),
});

const ZLinks = z.object({ self: z.string().describe('Where to read the referral') });

/** The answer to a referral sent: where it can be followed. */
export const ZApiReferralCreated = z.object({
  id: z.uuid(),
  reference: z.string().describe('The agency’s reference, like R-2026-0042'),
  status: z.enum(REFERRAL_STATUSES),
  links: ZLinks,
});

/**
 * A referral as its authority sees it: what was sent, where it stands, the agency's reply, and
 * once the child is placed, from when and what kind of care. Never the household, the carers or
 * any address.
 */
export const ZApiReferral = z.object({
  id: z.uuid(),
  reference: z.string(),
  authorityReference: z.string(),
  receivedAt: z.iso.datetime(),
  child: z.object({
    firstName: z.string(),
    lastName: z.string(),
    dateOfBirth: z.iso.date(),
  }),
  siblingsCount: z.int(),
  careType: z.enum(CARE_TYPES),
  urgency: z.enum(REFERRAL_URGENCIES),
  neededBy: z.iso.date().nullable(),
  status: z
    .enum(REFERRAL_STATUSES)
    .describe(
      'new: not looked at yet; matching: looking for a home; offered: a household has been asked; placed: the child has moved in; declined: the agency cannot offer a home; withdrawn: no longer needed',
    ),
  response: z.string().describe('What the agency has told you, empty until it replies'),
  respondedAt: z.iso.datetime().nullable(),
  placement: z
    .object({ startedOn: z.iso.date(), careType: z.string() })
    .nullable()
    .describe('Once placed: from when, and the kind of care'),
  links: ZLinks,
});

/** A page of the authority's referrals. */
export const ZApiReferralList = z.object({
  items: z.array(ZApiReferral),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
});
