import { z } from 'zod';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Fields left out of the form altogether are read as left blank, so each gets its own message.
const BLANK_FORM = {
  courseId: '',
  venueId: '',
  date: '',
  startTime: '',
  endTime: '',
  trainerId: '',
  capacity: '',
  isCatchUp: '',
};

const ZSessionFields = z.object({
  courseId: z.string().refine((value) => UUID.test(value), 'Choose the course'),
  venueId: z.string().refine((value) => UUID.test(value), 'Choose the venue'),
  date: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date, like 2026-11-10'),
  startTime: z
    .string()
    .trim()
    .regex(TIME, 'Enter the time it starts on the 24-hour clock, like 10:00'),
  endTime: z.string().trim().regex(TIME, 'Enter the time it ends on the 24-hour clock, like 13:30'),
  trainerId: z.string().refine((value) => value === '' || UUID.test(value), 'Choose the trainer'),
  capacity: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'Enter how many places there are, as a number from 1 to 500')
    .transform(Number)
    .refine((value) => value >= 1 && value <= 500, 'Enter a number of places from 1 to 500'),
  isCatchUp: z.enum(['', 'yes'], { error: 'Tick the box, or leave it' }),
});

/** A classroom session as the coordinator types it; times are on the agency's wall clock. */
export const ZSessionInput = z.preprocess(
  (input) => (input && typeof input === 'object' ? { ...BLANK_FORM, ...input } : input),
  ZSessionFields,
);
export type TSessionInput = z.infer<typeof ZSessionInput>;
