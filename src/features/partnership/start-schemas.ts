// What the getting-started forms accept. Rules that need today or the placement (is the date too
// early, too late?) are the service's; times are on the agency's wall clock.
import { DateTime } from 'luxon';
import { z } from 'zod';

export const MAX_PLACE = 300;
export const MAX_NOTES = 5_000;

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks = (blanks: Record<string, string>) => (input: unknown) =>
  input && typeof input === 'object' ? { ...blanks, ...input } : input;

const civilDate = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => DateTime.fromISO(value).isValid, 'Enter a real date, like 2026-10-12');

const notes = (what: string) =>
  z
    .string()
    .trim()
    .max(MAX_NOTES, `${what} must be ${MAX_NOTES.toLocaleString('en-GB')} characters or fewer`);

/** Arranging the introductory meeting: the day, the time and where, which the parents will read. */
export const ZIntroSchedule = z.preprocess(
  withBlanks({ intro_date: '', intro_time: '', intro_place: '' }),
  z.object({
    intro_date: civilDate('Enter the day of the meeting, like 2026-10-12'),
    intro_time: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the time on the 24-hour clock, like 10:30'),
    intro_place: z
      .string()
      .trim()
      .min(1, 'Say where the meeting is, like “the family centre”')
      .max(MAX_PLACE, `Where the meeting is must be ${MAX_PLACE} characters or fewer`),
    send_anyway: z.literal('yes').optional(),
  }),
);
export type TIntroSchedule = z.infer<typeof ZIntroSchedule>;

/** Recording that the introductory meeting was held. */
export const ZIntroHeld = z.preprocess(
  withBlanks({ intro_held_on: '', intro_notes: '' }),
  z.object({
    intro_held_on: civilDate('Enter the day the meeting was held, like 2026-10-09'),
    intro_notes: notes('The notes of the meeting'),
  }),
);
export type TIntroHeld = z.infer<typeof ZIntroHeld>;

/** Recording the comfort call between a carer and a parent. */
export const ZComfortCall = z.preprocess(
  withBlanks({ comfort_call_on: '', comfort_call_notes: '' }),
  z.object({
    comfort_call_on: civilDate('Enter the day of the call, like 2026-10-06'),
    comfort_call_notes: notes('The notes of the call'),
  }),
);
export type TComfortCall = z.infer<typeof ZComfortCall>;
