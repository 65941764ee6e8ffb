import { z } from 'zod';

/** How many children one page of the list shows. */
export const CHILDREN_PER_PAGE = 50;

const PAGE_MESSAGE = 'The page number must be a whole number, 1 or more';

/** The query of the children page: /children?page=2 (page 1 when not given). */
export const ZChildListQuery = z.object({
  page: z.preprocess(
    (value) => (value === '' || value === undefined ? 1 : value),
    z.coerce
      .number({ error: PAGE_MESSAGE })
      .int({ error: PAGE_MESSAGE })
      .min(1, { error: PAGE_MESSAGE })
      .max(1_000_000, { error: PAGE_MESSAGE }),
  ),
});

/** A child's id in an address; anything else is a page that does not exist. */
export const ZChildId = z.guid();
