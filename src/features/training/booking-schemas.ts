// What the booking, register and catch-up forms and addresses may carry.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFound, type FieldErrors } from '../../core/errors.ts';
import type { FormValues } from '../../core/http/validation.ts';
import type { Attendance } from './register.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (value: string) => UUID.test(value);

/** The id in an address; anything that is not one is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, string | undefined>)[name] ?? '';
  if (!isId(value)) throw new NotFound();
  return value;
}

/** A carer booking a place: themselves unless they choose another carer of their household. */
export const ZBookPlace = z.object({
  carerId: z
    .string()
    .optional()
    .refine((value) => !value || isId(value), 'Choose who is coming'),
});

/** Staff booking a carer on a session. */
export const ZBookCarer = z.object({
  carerId: z.string({ error: 'Choose the carer to book' }).refine(isId, 'Choose the carer to book'),
});

const MARK_PREFIX = 'attendance-';

/** The register's field for one booking. */
export const markField = (bookingId: string) => `${MARK_PREFIX}${bookingId}`;

/** The marks a submitted register carries, or each field whose answer is not one of the choices. */
export function parseRegister(
  values: FormValues,
): { ok: true; marks: Record<string, Attendance> } | { ok: false; errors: FieldErrors } {
  const marks: Record<string, Attendance> = {};
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(values)) {
    if (!field.startsWith(MARK_PREFIX)) continue;
    const bookingId = field.slice(MARK_PREFIX.length);
    if (!isId(bookingId)) continue;
    if (value === 'attended' || value === 'absent') marks[bookingId] = value;
    else errors[field] = 'Choose attended or absent';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, marks };
}

/** What the new-session form may be opened with, from the catch-up page; anything else is ignored. */
export const ZSessionPrefill = z.object({
  courseId: z.string().refine(isId).optional().catch(undefined),
  venueId: z.string().refine(isId).optional().catch(undefined),
  catchUp: z.literal('yes').optional().catch(undefined),
});

/** The form values the new-session form starts with, given the address it was opened at. */
export function sessionPrefill(query: unknown): FormValues {
  const parsed = ZSessionPrefill.safeParse(query ?? {});
  if (!parsed.success) return {};
  const { courseId, venueId, catchUp } = parsed.data;
  return {
    ...(courseId ? { courseId } : {}),
    ...(venueId ? { venueId } : {}),
    ...(catchUp ? { isCatchUp: 'yes' } : {}),
  };
}
