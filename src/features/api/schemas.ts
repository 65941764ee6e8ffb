import { z } from 'zod';
import { HOUSEHOLD_STATUSES } from '../households/index.ts';

const PAGE_MESSAGE = 'page must be a whole number, 1 or more';
const PAGE_SIZE_MESSAGE = 'pageSize must be a whole number from 1 to 100';

// A missing value takes the default; an empty one (page=) is a mistake worth naming. Written
// with .default() rather than a preprocess so the OpenAPI description says the same.
/** The paging every list takes: ?page=&pageSize=. */
export const ZPaging = {
  page: z.coerce
    .number({ error: PAGE_MESSAGE })
    .int({ error: PAGE_MESSAGE })
    .min(1, { error: PAGE_MESSAGE })
    .max(1_000_000, { error: PAGE_MESSAGE })
    .default(1)
    .describe('Which page of the list, from 1'),
  pageSize: z.coerce
    .number({ error: PAGE_SIZE_MESSAGE })
    .int({ error: PAGE_SIZE_MESSAGE })
    .min(1, { error: PAGE_SIZE_MESSAGE })
    .max(100, { error: PAGE_SIZE_MESSAGE })
    .default(50)
    .describe('How many items a page holds, from 1 to 100'),
};

/** GET /api/v1/children?page=&pageSize= */
export const ZChildrenQuery = z.object(ZPaging);

/** GET /api/v1/households?status=&page=&pageSize= */
export const ZHouseholdsQuery = z.object({
  ...ZPaging,
  status: z
    .enum(HOUSEHOLD_STATUSES, { error: `status must be one of ${HOUSEHOLD_STATUSES.join(', ')}` })
    .optional()
    .describe('Only households with this status'),
});
