import { z } from 'zod';
import { ELIGIBILITY_QUESTIONS } from './eligibility.ts';
import { normaliseUkPhone, normaliseUkPostcode } from './uk-formats.ts';

// No real name, address or town has angle brackets or control characters in it; refusing them
// keeps markup and line breaks out of names that go into emails and staff lists.
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f<>]/;

// A field left out of the form altogether is read as left blank, so it gets the same plain message.
const orBlank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === undefined ? '' : value), schema);

const line = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Enter ${what} in ${max} characters or fewer`)
    .refine((value) => !UNSAFE_IN_LINE.test(value), `Enter ${what} without < or > signs`);

const requiredLine = (what: string, max: number, missing: string) =>
  line(what, max).refine((value) => value.length > 0, missing);

const ZFirstName = orBlank(requiredLine('your first name', 100, 'Enter your first name'));
const ZLastName = orBlank(requiredLine('your last name', 100, 'Enter your last name'));

const ZEmail = orBlank(
  z
    .string()
    .trim()
    .min(1, 'Enter your email address, so we can send you your reference')
    .max(254, 'Enter an email address of 254 characters or fewer')
    .email('Enter an email address in the correct format, like name@example.org'),
);

const PHONE_FORMAT = 'Enter a UK phone number, like 07700 900123 or +44 7700 900123';

const ZPhone = orBlank(
  z
    .string()
    .trim()
    .min(1, 'Enter a phone number we can call you on')
    .max(30, PHONE_FORMAT)
    .refine((value) => normaliseUkPhone(value) !== null, PHONE_FORMAT),
);

const ZOptionalPhone = orBlank(
  z
    .string()
    .trim()
    .max(30, PHONE_FORMAT)
    .refine((value) => value === '' || normaliseUkPhone(value) !== null, PHONE_FORMAT),
);

const POSTCODE_FORMAT = 'Enter a UK postcode, like BW1 2AF';

const ZPostcode = orBlank(
  z
    .string()
    .trim()
    .min(1, 'Enter your postcode')
    .max(10, POSTCODE_FORMAT)
    .refine((value) => normaliseUkPostcode(value) !== null, POSTCODE_FORMAT)
    .transform((value) => normaliseUkPostcode(value) ?? value),
);

const freeText = (max: number) =>
  orBlank(
    z.string().trim().max(max, `Write ${max} characters or fewer (you have written too much)`),
  );

/** How people heard about the agency, for the enquiry forms' optional question. */
export const HEARD_ABOUT_US = [
  { value: 'search', label: 'Searching online' },
  { value: 'social_media', label: 'Social media' },
  { value: 'friend_or_family', label: 'A friend or relative' },
  { value: 'foster_carer', label: 'A foster carer' },
  { value: 'radio_tv_press', label: 'Radio, TV or a newspaper' },
  { value: 'event', label: 'An event or a stall' },
  { value: 'leaflet', label: 'A leaflet or a poster' },
  { value: 'other', label: 'Somewhere else' },
] as const;

const ZHeard = orBlank(
  z.union([z.literal(''), z.enum(HEARD_ABOUT_US.map((option) => option.value))], {
    error: 'Choose one of the answers, or leave it',
  }),
);

export const CALL_BACK_DAYS = [
  { value: 'mon', label: 'Monday' },
  { value: 'tue', label: 'Tuesday' },
  { value: 'wed', label: 'Wednesday' },
  { value: 'thu', label: 'Thursday' },
  { value: 'fri', label: 'Friday' },
  { value: 'sat', label: 'Saturday' },
] as const;

export const CALL_BACK_TIMES = [
  { value: 'morning', label: 'Morning (9am to 12 noon)' },
  { value: 'afternoon', label: 'Afternoon (12 noon to 5pm)' },
  { value: 'evening', label: 'Evening (5pm to 8pm)' },
] as const;

const valuesOf = <T extends readonly { value: string }[]>(options: T) =>
  options.map((option) => option.value) as [T[number]['value'], ...T[number]['value'][]];

/** Asking for a call back: who to ring, on which number, and when suits them. */
export const ZCallBack = z.object({
  firstName: ZFirstName,
  lastName: ZLastName,
  phone: ZPhone,
  email: ZEmail,
  days: z
    .array(z.enum(valuesOf(CALL_BACK_DAYS), { error: 'Choose from the days listed' }))
    .min(1, 'Choose at least one day that suits you'),
  times: z
    .array(z.enum(valuesOf(CALL_BACK_TIMES), { error: 'Choose from the times listed' }))
    .min(1, 'Choose at least one time of day that suits you'),
  notes: freeText(1000),
});
export type TCallBack = z.infer<typeof ZCallBack>;

/** Asking for the information pack; the address is needed, and kept, only for a pack by post. */
export const ZInformationPack = z
  .object({
    firstName: ZFirstName,
    lastName: ZLastName,
    email: ZEmail,
    delivery: z.enum(['email', 'post'], { error: 'Choose how you would like your pack' }),
    addressLine1: orBlank(line('the first line of your address', 100)),
    addressLine2: orBlank(line('the second line of your address', 100)),
    town: orBlank(line('your town or city', 60)),
    postcode: orBlank(z.string().trim().max(10, POSTCODE_FORMAT)),
  })
  .superRefine((form, context) => {
    if (form.delivery !== 'post') return;
    if (!form.addressLine1) {
      context.addIssue({
        code: 'custom',
        path: ['addressLine1'],
        message: 'Enter the first line of your address, so we can post your pack',
      });
    }
    if (!form.town) {
      context.addIssue({ code: 'custom', path: ['town'], message: 'Enter your town or city' });
    }
    if (!form.postcode) {
      context.addIssue({ code: 'custom', path: ['postcode'], message: 'Enter your postcode' });
    } else if (!normaliseUkPostcode(form.postcode)) {
      context.addIssue({ code: 'custom', path: ['postcode'], message: POSTCODE_FORMAT });
    }
  })
  .transform((form) =>
    form.delivery === 'post'
      ? { ...form, postcode: normaliseUkPostcode(form.postcode) ?? form.postcode }
      : { ...form, addressLine1: '', addressLine2: '', town: '', postcode: '' },
  );
export type TInformationPack = z.infer<typeof ZInformationPack>;

const contactFields = {
  firstName: ZFirstName,
  lastName: ZLastName,
  email: ZEmail,
  phone: ZOptionalPhone,
  postcode: ZPostcode,
  heardAbout: ZHeard,
};

/** The contact form. */
export const ZEnquiry = z.object({
  ...contactFields,
  message: orBlank(
    z
      .string()
      .trim()
      .min(1, 'Tell us what you would like to ask')
      .max(2000, 'Write 2000 characters or fewer (you have written too much)'),
  ),
});
export type TEnquiry = z.infer<typeof ZEnquiry>;

const answer = <T extends readonly { value: string }[]>(options: T, missing: string) =>
  z.enum(valuesOf(options), { error: missing });

const ASKED = ELIGIBILITY_QUESTIONS;

/** The quick check's five answers. */
export const ZEligibilityAnswers = z.object({
  age: answer(ASKED.age.options, 'Choose whether you are 21 or over'),
  bedroom: answer(ASKED.bedroom.options, 'Choose whether you have a spare bedroom'),
  residency: answer(
    ASKED.residency.options,
    'Choose whether you have the right to live in the UK long term',
  ),
  health: answer(
    ASKED.health.options,
    'Choose whether your health is good enough to look after a child',
  ),
  household: answer(ASKED.household.options, 'Choose who lives with you'),
});
export type TEligibilityAnswers = z.infer<typeof ZEligibilityAnswers>;

/** Leaving contact details after the quick check: the enquiry form, with nothing it must say. */
export const ZEligibilityContact = z.object({ ...contactFields, message: freeText(2000) });
export type TEligibilityContact = z.infer<typeof ZEligibilityContact>;

/** Booking places at an information event. */
export const ZBooking = z.object({
  firstName: ZFirstName,
  lastName: ZLastName,
  email: ZEmail,
  phone: ZOptionalPhone,
  places: z
    .enum(['1', '2', '3', '4'], { error: 'Choose how many places you need, from 1 to 4' })
    .transform(Number),
});
export type TBooking = z.infer<typeof ZBooking>;
