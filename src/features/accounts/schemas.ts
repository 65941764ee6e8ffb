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

/** A code from an authenticator app; spaces and dashes people copy with it are dropped. */
export const ZTwoFactorCode = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .min(1, 'Enter the 6-digit code from your authenticator app')
      .regex(/^\d{6}$/, 'Enter the code as 6 digits, like 123456'),
  );

const newPasswordFields = {
  newPassword: z
    .string()
    .min(1, 'Enter a new password')
    .max(200, 'Enter a password of 200 characters or fewer'),
  confirmPassword: z.string().min(1, 'Enter the new password again'),
};

const isConfirmed = (input: { newPassword: string; confirmPassword: string }) =>
  input.newPassword === input.confirmPassword;
const NOT_CONFIRMED = {
  message: 'The two new passwords are not the same. Type the new password in both boxes again',
  path: ['confirmPassword'],
};

/** Choosing a new password from a reset link: typed twice, since it cannot be seen. */
export const ZChooseNewPassword = z.object(newPasswordFields).refine(isConfirmed, NOT_CONFIRMED);
export type TChooseNewPassword = z.infer<typeof ZChooseNewPassword>;

/** Changing one's own password: the current one proves it is really them. */
export const ZChangePassword = z
  .object({
    currentPassword: z
      .string()
      .min(1, 'Enter your current password')
      .max(200, 'Enter a password of 200 characters or fewer'),
    ...newPasswordFields,
  })
  .refine(isConfirmed, NOT_CONFIRMED);
export type TChangePassword = z.infer<typeof ZChangePassword>;
