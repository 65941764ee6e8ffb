import { z } from 'zod';

const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f]/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Text fields left out of the form altogether are read as left blank, so each gets its own plain
// message (an unticked checkbox is not sent at all, and means "no").
const BLANK_FORM = {
  title: '',
  date: '',
  startTime: '',
  endTime: '',
  venue: '',
  areaId: '',
  capacity: '',
  description: '',
  isCancelled: '',
};

const ZEventFields = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Enter a title, like “Fostering information evening”')
    .max(120, 'Enter a title of 120 characters or fewer')
    .refine((value) => !UNSAFE_IN_LINE.test(value), 'Enter the title on one line'),
  date: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of the event, like 2026-03-10'),
  startTime: z.string().trim().regex(TIME, 'Enter the time it starts, like 18:30'),
  endTime: z.string().trim().regex(TIME, 'Enter the time it ends, like 20:00'),
  isOnline: z.enum(['yes', 'no'], { error: 'Choose whether the event is online' }),
  venue: z
    .string()
    .trim()
    .min(1, 'Enter where it is, or for an online event how people join')
    .max(300, 'Enter the venue in 300 characters or fewer'),
  areaId: z.string().refine((value) => value === '' || UUID.test(value), 'Choose one of the areas'),
  capacity: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, 'Enter how many places there are, as a number from 1 to 500')
    .transform(Number)
    .refine((value) => value >= 1 && value <= 500, 'Enter a number of places from 1 to 500'),
  description: z.string().trim().max(2000, 'Enter a description of 2000 characters or fewer'),
  isCancelled: z.enum(['', 'yes'], { error: 'Tick the box, or leave it' }),
});

/** An information event as staff add or change it; times are on the agency's wall clock. */
export const ZEventInput = z
  .preprocess(
    (input) => (input && typeof input === 'object' ? { ...BLANK_FORM, ...input } : input),
    ZEventFields,
  )
  .refine((input) => input.endTime > input.startTime, {
    message: 'Enter an end time after the start time',
    path: ['endTime'],
  });
export type TEventInput = z.infer<typeof ZEventInput>;
