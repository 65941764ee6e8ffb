// The forms that keep a household's record: its profile and terms of approval, its supervising
// social worker, the people who live there and the checks on them.
import { z } from 'zod';
import type { CareType } from '../../core/db/tables.ts';
import { NEED_CODES } from '../children/index.ts';
import { CHECK_KINDS } from './check-rules.ts';
import {
  civilDate,
  coordinate,
  optionalDate,
  optionalText,
  requiredText,
  tickedCodes,
  typedList,
  wholeNumber,
  withBlanks,
  yesNo,
} from './form-fields.ts';

/** The kinds of care a household may be approved for, in the order forms show them. */
export const CARE_TYPES: readonly CareType[] = [
  'emergency',
  'short_term',
  'long_term',
  'short_break',
  'parent_and_child',
  'remand',
];

/** The checkbox groups of the profile form, joined into one field each before parsing. */
export const PROFILE_TICKED = ['careTypes', 'skills', 'excludedNeeds'] as const;

const ZProfileFields = z.object({
  bedrooms: wholeNumber('Enter the number of bedrooms as a whole number from 0 to 20', 0, 20),
  maxChildren: wholeNumber(
    'Enter how many children they are approved for as a whole number from 0 to 10',
    0,
    10,
  ),
  ageFrom: wholeNumber('Enter the youngest age as a whole number from 0 to 21', 0, 21),
  ageTo: wholeNumber('Enter the oldest age as a whole number from 0 to 21', 0, 21),
  siblingGroupMax: wholeNumber(
    'Enter the largest group of brothers and sisters as a whole number from 1 to 10',
    1,
    10,
  ).refine((value) => value !== null, 'Enter the largest group of brothers and sisters, 1 or more'),
  careTypes: tickedCodes(CARE_TYPES, 'Choose kinds of care from the list'),
  skills: tickedCodes(NEED_CODES, 'Choose skills from the list'),
  excludedNeeds: tickedCodes(NEED_CODES, 'Choose needs from the list'),
  experienceNotes: optionalText('the experience notes', 4000),
  languages: typedList('languages', 20),
  faith: optionalText('the faith', 120),
  ethnicity: optionalText('the ethnicity', 120),
  cultureNotes: optionalText('the notes on culture', 2000),
  pets: optionalText('the pets', 300),
  isSmoking: yesNo('Say whether anyone in the household smokes'),
  hasCar: yesNo('Say whether the household has a car'),
  latitude: coordinate('latitude'),
  longitude: coordinate('longitude'),
});

type ProfileFields = z.infer<typeof ZProfileFields>;

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

// Problems that need two fields at once; each is reported on the field to change. It runs even
// when another field is wrong (so every problem shows at once), so it reads values warily.
function checkTogether(profile: ProfileFields, ctx: z.RefinementCtx): void {
  const ageFrom = numberOrNull(profile.ageFrom);
  const ageTo = numberOrNull(profile.ageTo);
  const maxChildren = numberOrNull(profile.maxChildren);
  const siblingGroupMax = numberOrNull(profile.siblingGroupMax);
  if (ageFrom !== null && ageTo !== null && ageFrom > ageTo) {
    ctx.addIssue({
      code: 'custom',
      path: ['ageTo'],
      message: 'The oldest age must be the same as or more than the youngest age',
    });
  }
  if (
    maxChildren !== null &&
    maxChildren >= 1 &&
    siblingGroupMax !== null &&
    siblingGroupMax > maxChildren
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['siblingGroupMax'],
      message: `The largest group of brothers and sisters cannot be more than the ${maxChildren} children they are approved for`,
    });
  }
  if (typeof profile.latitude !== 'string' || typeof profile.longitude !== 'string') return;
  if ((profile.latitude === '') !== (profile.longitude === '')) {
    const missing = profile.latitude === '' ? 'latitude' : 'longitude';
    ctx.addIssue({
      code: 'custom',
      path: [missing],
      message: `Enter the ${missing} too, or leave both latitude and longitude blank`,
    });
  }
}

// About a kilometre: enough to estimate distances, not enough to find the house.
const roundTo2 = (value: string) => (value === '' ? null : Math.round(Number(value) * 100) / 100);

/** The household's profile and terms of approval as staff type them. */
export const ZHouseholdProfile = withBlanks(
  Object.keys(ZProfileFields.shape),
  ZProfileFields.superRefine(checkTogether, { when: () => true }).transform(
    ({ latitude, longitude, siblingGroupMax, ...profile }) => ({
      ...profile,
      siblingGroupMax: siblingGroupMax ?? 1,
      latitude: roundTo2(latitude),
      longitude: roundTo2(longitude),
    }),
  ),
);
export type THouseholdProfile = z.infer<typeof ZHouseholdProfile>;

/** The supervising social worker chosen for a household. */
export const ZWorkerChoice = withBlanks(
  ['workerId'],
  z.object({
    workerId: z.guid({ error: 'Choose a supervising social worker from the list' }),
  }),
);

export const MEMBER_ROLES = ['carer', 'birth_child', 'adult'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Someone joining a household. */
export const ZNewMember = withBlanks(
  ['firstName', 'lastName', 'memberRole', 'dateOfBirth'],
  z.object({
    firstName: requiredText('their first name', 80),
    lastName: requiredText('their last name', 80),
    memberRole: z.enum(MEMBER_ROLES, { error: 'Choose who they are in the household' }),
    dateOfBirth: civilDate('their date of birth'),
  }),
);
export type TNewMember = z.infer<typeof ZNewMember>;

/** A check recorded on someone in a household. */
export const ZMemberCheck = withBlanks(
  ['kind', 'completedOn', 'renewBy', 'outcome', 'notes'],
  z.object({
    kind: z.enum(CHECK_KINDS, { error: 'Choose which check was done' }),
    completedOn: civilDate('the date the check was done'),
    renewBy: optionalDate('the renew-by date'),
    outcome: z.enum(['clear', 'concerns_noted'], { error: 'Choose the outcome' }),
    notes: optionalText('the notes', 2000),
  }),
);
export type TMemberCheck = z.infer<typeof ZMemberCheck>;
