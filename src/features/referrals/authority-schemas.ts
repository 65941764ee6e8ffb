// The forms for local authorities and their API keys.
import { z } from 'zod';
import { optionalEmail, requiredText, withBlanks } from './form-fields.ts';

/** An authority's or a key's id in an address; anything else is a page that does not exist. */
export const ZAuthorityId = z.guid();

/** A local authority's name and the email address its referrals come from. */
export const ZAuthorityInput = withBlanks(
  ['name', 'email'],
  z.object({
    name: requiredText(
      120,
      'Enter the local authority’s name, like Northshire County Council',
      'Keep the name to 120 characters or fewer',
    ),
    email: optionalEmail(
      'Enter the email address for referrals like placements@council.gov.uk, or leave it blank',
    ),
  }),
);
export type TAuthorityInput = z.infer<typeof ZAuthorityInput>;

/** What a new API key is for, so it can be told apart from the authority's others. */
export const ZKeyInput = withBlanks(
  ['label'],
  z.object({
    label: requiredText(
      80,
      'Enter a label that says where the key is used, like “Children’s services system”',
      'Keep the label to 80 characters or fewer',
    ),
  }),
);
export type TKeyInput = z.infer<typeof ZKeyInput>;
