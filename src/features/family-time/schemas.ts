// What the family time forms accept: planning a session, a note after it, calling it off. Each
// field is checked on its own and the cross-field rules (end after start, a venue for meeting in
// person, who supervises) run even when another field is wrong, so one try shows every problem.
import { z } from 'zod';
import type { FamilyTimeAttendance, FamilyTimeKind } from '../../core/db/tables.ts';
import { formValues, type FormValues } from '../../core/http/validation.ts';
import { ATTENDANCE, codesOf, FAMILY_TIME_KINDS } from '../partnership/vocabulary.ts';

export const MAX_VENUE = 200;
export const MAX_SUPERVISED_BY = 200;
export const MAX_TRANSPORT = 500;
export const MAX_NOTES_FOR_FAMILY = 1000;
export const MAX_NOTE = 2000;
export const MAX_REASON = 500;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const isRealDate = (value: string) =>
  ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const KIND_CODES: readonly string[] = codesOf(FAMILY_TIME_KINDS);
const ATTENDANCE_CODES: readonly string[] = codesOf(ATTENDANCE);

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks =
  (blanks: Record<string, unknown>) =>
  (input: unknown): unknown =>
    input && typeof input === 'object' ? { ...blanks, ...input } : blanks;

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);

/** A session being planned or changed, as the form sends it. */
export const ZPlanSession = z.preprocess(
  withBlanks({
    date: '',
    start_time: '',
    end_time: '',
    kind: '',
    is_supervised: '',
    supervised_by: '',
    venue: '',
    transport: '',
    notes_for_family: '',
    invitees: [],
  }),
  z
    .object({
      date: z
        .string()
        .trim()
        .refine(isRealDate, 'Enter the date of the family time, like 2026-11-12'),
      start_time: z
        .string()
        .trim()
        .regex(TIME, 'Enter the time it starts on the 24-hour clock, like 16:00'),
      end_time: z
        .string()
        .trim()
        .regex(TIME, 'Enter the time it ends on the 24-hour clock, like 17:30'),
      kind: z
        .string()
        .refine((code) => KIND_CODES.includes(code), 'Choose how the family will meet'),
      is_supervised: z
        .string()
        .refine(
          (answer) => answer === 'yes' || answer === 'no',
          'Say whether the family time is supervised',
        ),
      supervised_by: text(
        MAX_SUPERVISED_BY,
        `Keep who supervises to ${MAX_SUPERVISED_BY} characters or fewer`,
      ),
      venue: text(MAX_VENUE, `Keep where to ${MAX_VENUE} characters or fewer`),
      transport: text(
        MAX_TRANSPORT,
        `Keep how the child gets there to ${MAX_TRANSPORT} characters or fewer`,
      ),
      notes_for_family: text(
        MAX_NOTES_FOR_FAMILY,
        `Keep the notes for the family to ${MAX_NOTES_FOR_FAMILY.toLocaleString('en-GB')} characters or fewer`,
      ),
      invitees: z
        .array(z.string().pipe(z.guid('Choose who is invited from the list')))
        .min(1, 'Choose at least one parent to invite'),
      send_anyway: z.literal('yes').optional(),
    })
    .superRefine((form, ctx) => {
      if (
        TIME.test(form.start_time) &&
        TIME.test(form.end_time) &&
        form.end_time <= form.start_time
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['end_time'],
          message: 'The end time must be after the start time',
        });
      }
      if (form.is_supervised === 'yes' && form.supervised_by === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['supervised_by'],
          message: 'Say who supervises the family time',
        });
      }
      if (form.kind === 'in_person' && form.venue === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['venue'],
          message: 'Say where the family will meet, like the name of a family centre',
        });
      }
    })
    .transform((form) => ({
      date: form.date,
      startTime: form.start_time,
      endTime: form.end_time,
      kind: form.kind as FamilyTimeKind,
      isSupervised: form.is_supervised === 'yes',
      supervisedBy: form.is_supervised === 'yes' ? form.supervised_by : '',
      venue: form.venue,
      transport: form.transport,
      notesForFamily: form.notes_for_family,
      invitees: [...new Set(form.invitees.map((id) => id.toLowerCase()))],
      sendAnyway: form.send_anyway === 'yes',
    })),
);
export type TPlanSession = z.infer<typeof ZPlanSession>;

/** A note after a session. Attendance may be left out only for the child's own feedback. */
export const ZNote = z.preprocess(
  withBlanks({ attendance: '', note: '', is_child_feedback: '' }),
  z
    .object({
      attendance: z
        .string()
        .refine((code) => code === '' || ATTENDANCE_CODES.includes(code), 'Choose from the list'),
      note: z
        .string()
        .trim()
        .min(1, 'Write your note: a few words is enough')
        .max(MAX_NOTE, `Keep the note to ${MAX_NOTE.toLocaleString('en-GB')} characters or fewer`),
      is_child_feedback: z.string(),
      send_anyway: z.literal('yes').optional(),
    })
    .superRefine((form, ctx) => {
      if (form.attendance === '' && form.is_child_feedback !== 'yes') {
        ctx.addIssue({ code: 'custom', path: ['attendance'], message: 'Say who came' });
      }
    })
    .transform((form) => ({
      attendance: (form.attendance || null) as FamilyTimeAttendance | null,
      note: form.note,
      isChildFeedback: form.is_child_feedback === 'yes',
      sendAnyway: form.send_anyway === 'yes',
    })),
);
export type TNote = z.infer<typeof ZNote>;

/** Calling a session off. Staff also say whether the agency or the child called it off. */
export const ZCancel = z.preprocess(
  withBlanks({ reason: '', cancelled_by_party: '' }),
  z
    .object({
      reason: z
        .string()
        .trim()
        .min(1, 'Say why the family time is cancelled')
        .max(MAX_REASON, `Keep the reason to ${MAX_REASON} characters or fewer`),
      cancelled_by_party: z.string(),
      send_anyway: z.literal('yes').optional(),
    })
    .transform((form) => ({
      reason: form.reason,
      cancelledByParty: form.cancelled_by_party,
      sendAnyway: form.send_anyway === 'yes',
    })),
);
export type TCancel = z.infer<typeof ZCancel>;

/**
 * A submitted form as the schemas read it: each field's text, and every ticked invitee (a
 * checkbox list comes as a repeated field, which formValues would cut to its last value).
 */
export function formInput(body: unknown): { values: FormValues; invitees: string[] } {
  const values = formValues(body);
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>)['invitees'] : [];
  const invitees = (Array.isArray(raw) ? raw : [raw]).filter(
    (value): value is string => typeof value === 'string',
  );
  return { values, invitees };
}

/** The page of earlier sessions: ?page=2 (page 1 when missing or not a number). */
export const ZListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
