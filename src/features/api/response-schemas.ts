// The answers of the children and households endpoints, as schemas: the presenters are typed by
// them, and the OpenAPI document is generated from them.
import { z } from 'zod';
import { HOUSEHOLD_STATUSES } from '../households/index.ts';

const ZNamedHousehold = z
  .object({ id: z.uuid(), name: z.string() })
  .nullable()
  .describe('The household, or null when the caller may not know which one it is');

const ZHome = z
  .object({ household: ZNamedHousehold, since: z.iso.date(), careType: z.string() })
  .nullable()
  .describe('Where the child lives now, or null when not with one of the agency’s households');

/** A child in a list. */
export const ZApiChildSummary = z.object({
  id: z.uuid(),
  firstName: z.string(),
  preferredName: z.string().nullable(),
  lastName: z.string(),
  dateOfBirth: z.iso.date(),
  livingNow: ZHome,
});

/** A child's record. */
export const ZApiChild = ZApiChildSummary.extend({
  gender: z.string(),
  legalStatus: z.string(),
  placingAuthority: z.string(),
  homes: z.array(
    z.object({
      household: ZNamedHousehold,
      careType: z.string(),
      startedOn: z.iso.date(),
      endedOn: z.iso.date().nullable(),
      endReason: z.string().nullable(),
    }),
  ),
  birthParents: z.array(
    z.object({ name: z.string(), relationship: z.enum(['mother', 'father', 'parent', 'other']) }),
  ),
});

/** A household in a list (never its address). */
export const ZApiHouseholdSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  name: z.string(),
  status: z.enum(HOUSEHOLD_STATUSES),
  careKind: z.enum(['foster', 'kinship']),
  area: z.string().nullable(),
  childrenNow: z.int(),
  maxChildren: z.int().nullable(),
  supervisingWorker: z.string().nullable(),
});

/** A page of a list. */
export function apiList<S extends z.ZodType>(item: S) {
  return z.object({ items: z.array(item), page: z.int(), pageSize: z.int(), total: z.int() });
}

/** An RFC 9457 problem, as every error is answered. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('For a request with invalid fields: one entry per field, saying what to correct'),
  reference: z.string().optional().describe('For an internal error: quote it to the agency'),
});
