import { z } from 'zod';

/** Where a household is on its way through the agency. */
export const HOUSEHOLD_STATUSES = ['applicant', 'approved', 'on_hold', 'resigned'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

/** How many households one page of the list shows. */
export const HOUSEHOLDS_PER_PAGE = 50;

const PAGE_MESSAGE = 'The page number must be a whole number, 1 or more';
const STATUS_MESSAGE = 'Choose a status from the list';

// An empty field means "no filter", as a form with nothing chosen sends it.
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

/** The status filter: one of the statuses, or nothing for every household. */
export const ZHouseholdStatusFilter = z.preprocess(
  blankAsMissing,
  z.enum(HOUSEHOLD_STATUSES, { error: STATUS_MESSAGE }).optional(),
);

/** The page number of a list: 1 when not given. */
export const ZPageNumber = z.preprocess(
  (value) => blankAsMissing(value) ?? 1,
  z.coerce
    .number({ error: PAGE_MESSAGE })
    .int({ error: PAGE_MESSAGE })
    .min(1, { error: PAGE_MESSAGE })
    .max(1_000_000, { error: PAGE_MESSAGE }),
);

/** The query of the households page: /households?status=approved&page=2. */
export const ZHouseholdListQuery = z.object({
  status: ZHouseholdStatusFilter,
  page: ZPageNumber,
});
export type THouseholdListQuery = z.infer<typeof ZHouseholdListQuery>;

/** A household's id in an address; anything else is a page that does not exist. */
export const ZHouseholdId = z.guid();
