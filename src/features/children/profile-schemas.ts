// The form for a child's record: who they are, their legal status and social worker, school,
// health and needs. Rules that need today (the date of birth) are checked by the service.
import { z } from 'zod';
import {
  civilDate,
  coordinate,
  joinTicked,
  optionalText,
  requiredText,
  tickedCodes,
  typedList,
  withBlanks,
} from './form-fields.ts';
import { NEED_CODES } from './needs.ts';

/** The legal statuses a form offers: the stored words, and the words a form shows for each. */
export const LEGAL_STATUSES = [
  { value: 'Interim care order (s38)', label: 'Interim care order (section 38)' },
  { value: 'Care order (s31)', label: 'Care order (section 31)' },
  { value: 'Accommodated (s20)', label: 'Section 20 voluntary accommodation' },
  { value: 'Placement order (s21)', label: 'Placement order (section 21)' },
  { value: 'Remanded to local authority accommodation', label: 'Remand' },
  { value: 'Other', label: 'Other' },
] as const;

/** Whether a legal status is one the form offers. */
export function isListedLegalStatus(value: string): boolean {
  return LEGAL_STATUSES.some((status) => status.value === value);
}

const PHONE_MESSAGE =
  'Enter the social worker’s phone number with 10 to 15 digits, like 01632 960 123, or leave it blank';

const ZChildFields = z.object({
  firstName: requiredText('the child’s first name', 80),
  lastName: requiredText('the child’s last name', 80),
  preferredName: optionalText('the name they like to be called', 80),
  dateOfBirth: civilDate('the date of birth'),
  gender: optionalText('the gender', 40),
  ethnicity: optionalText('the ethnicity', 120),
  faith: optionalText('the faith', 120),
  languages: typedList('languages', 20),
  cultureNotes: optionalText('the notes on culture and heritage', 2000),
  legalStatus: z
    .string()
    .trim()
    .min(1, 'Choose the legal status')
    .max(120, 'Choose the legal status'),
  placingAuthority: requiredText('the placing local authority', 120),
  socialWorkerName: optionalText('the social worker’s name', 120),
  socialWorkerEmail: z
    .string()
    .trim()
    .max(200, 'Keep the social worker’s email address to 200 characters or fewer')
    .refine(
      (value) => value === '' || z.email().safeParse(value).success,
      'Enter the social worker’s email address like name@council.gov.uk, or leave it blank',
    ),
  socialWorkerPhone: z
    .string()
    .trim()
    .refine((value) => {
      if (value === '') return true;
      const digits = value.replace(/\D/g, '').length;
      return /^\+?[0-9 ()-]+$/.test(value) && digits >= 10 && digits <= 15;
    }, PHONE_MESSAGE),
  schoolName: optionalText('the school’s name', 160),
  schoolAreaId: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || z.guid().safeParse(value).success,
      'Choose an area from the list',
    ),
  schoolLatitude: coordinate('the school’s latitude', 'latitude'),
  schoolLongitude: coordinate('the school’s longitude', 'longitude'),
  healthNotes: optionalText('the health notes', 4000),
  needs: tickedCodes(NEED_CODES, 'Choose needs from the list'),
  needsNotes: optionalText('the notes on needs', 4000),
  attachmentNotes: optionalText('what helps and what to expect', 4000),
});

/** The child's record as staff type it. */
export const ZChildProfile = withBlanks(
  Object.keys(ZChildFields.shape),
  ZChildFields.superRefine(
    (child, ctx) => {
      const { schoolLatitude: latitude, schoolLongitude: longitude } = child;
      if (typeof latitude !== 'string' || typeof longitude !== 'string') return;
      if ((latitude === '') === (longitude === '')) return;
      const missing = latitude === '' ? 'schoolLatitude' : 'schoolLongitude';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'Enter both the school’s latitude and longitude, or leave both blank',
      });
    },
    { when: () => true },
  ).transform(({ preferredName, schoolAreaId, schoolLatitude, schoolLongitude, ...child }) => ({
    ...child,
    preferredName: preferredName === '' ? null : preferredName,
    schoolAreaId: schoolAreaId === '' ? null : schoolAreaId.toLowerCase(),
    schoolLatitude: schoolLatitude === '' ? null : Number(schoolLatitude),
    schoolLongitude: schoolLongitude === '' ? null : Number(schoolLongitude),
  })),
);
export type TChildProfile = z.infer<typeof ZChildProfile>;

/** The child form's body as text fields, with the ticked needs joined. */
export const childFormBody = (body: unknown) => joinTicked(body, ['needs']);
