import { z } from 'zod';
import { ROLES } from '../../core/access/roles.ts';

export const ZEmail = z
  .string()
  .trim()
  .min(1, 'Enter an email address')
  .max(254, 'Enter an email address of 254 characters or fewer')
  .email('Enter an email address in the correct format, like name@example.org');

export const ZNewUser = z.object({
  email: ZEmail,
  name: z
    .string()
    .trim()
    .min(1, 'Enter the person’s full name')
    .max(120, 'Enter a name of 120 characters or fewer'),
  role: z.enum(ROLES, { error: 'Choose what this person does' }),
});
export type TNewUser = z.infer<typeof ZNewUser>;
