import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { isStaff } from '../../core/access/roles.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { endOtherSessions, markTwoFactorPassed } from '../../core/http/sessions.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { verifyPassword } from './passwords.ts';
import { renderQrCodeSvg } from './qr-code.ts';
import * as store from './store.ts';
import { buildTotpUri, matchTotpCode, newTotpSecret } from './totp.ts';

/** What the two-factor page shows: that it is on, or what to scan (or type) to turn it on. */
export type TwoFactorState =
  | { isEnabled: true; enabledAt: Date; isRequired: boolean }
  | { isEnabled: false; secret: string; qrCodeSvg: string; isRequired: boolean };

/**
 * The person's two-factor state. While it is off, a secret is kept on the account (not yet in
 * use), so reloading the page shows the same QR code that may already be in the person's app.
 */
export async function getTwoFactorState(ctx: Ctx): Promise<TwoFactorState> {
  const { actor } = await authorize(ctx, 'account.manage_own');
  const user = await store.findUserById(ctx.db, actor.userId);
  if (!user) throw new NotFound();
  const settings = await getAgencySettings(ctx.db);
  const isRequired = settings.isStaffTwoFactorRequired && isStaff(actor.role);
  if (user.totpEnabledAt) return { isEnabled: true, enabledAt: user.totpEnabledAt, isRequired };
  const secret =
    user.totpSecret ?? (await store.keepPendingTotpSecret(ctx.db, user.id, newTotpSecret()));
  const uri = buildTotpUri(secret, settings.name, user.email);
  return { isEnabled: false, secret, qrCodeSvg: await renderQrCodeSvg(uri), isRequired };
}

/**
 * Turns two-factor sign-in on once the person proves their app shows the right codes. This session
 * counts as having passed it; every other session ends, since it never did.
 */
export async function enableTwoFactor(
  ctx: Ctx,
  code: string,
  keepSessionHash: string,
): Promise<void> {
  const { actor } = await authorize(ctx, 'account.manage_own');
  const user = await store.findUserById(ctx.db, actor.userId);
  if (!user) throw new NotFound();
  if (user.totpEnabledAt) return;
  const step = user.totpSecret ? await matchTotpCode(user.totpSecret, code, ctx.now) : null;
  if (step === null) {
    throw new Invalid({
      code: 'That code is not right. Enter the newest code your app shows, and check the time on your phone is correct',
    });
  }
  await inTransaction(ctx, async (tx) => {
    await store.updateUser(tx.db, user.id, { totpEnabledAt: ctx.now, totpLastStep: step });
    await markTwoFactorPassed(tx.db, keepSessionHash);
    await endOtherSessions(tx.db, user.id, keepSessionHash);
    await recordAudit(tx, {
      action: 'account.two_factor_enabled',
      recordType: 'user',
      recordId: user.id,
      fields: ['totp_secret', 'totp_enabled_at'],
    });
  });
}

/** Turns two-factor sign-in off; the password is asked for, so a borrowed session cannot do it. */
export async function disableTwoFactor(ctx: Ctx, password: string): Promise<void> {
  const { actor } = await authorize(ctx, 'account.manage_own');
  const user = await store.findUserById(ctx.db, actor.userId);
  if (!user) throw new NotFound();
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new Invalid({ password: 'Your password is not right' });
  }
  await inTransaction(ctx, async (tx) => {
    await store.updateUser(tx.db, user.id, {
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    await recordAudit(tx, {
      action: 'account.two_factor_disabled',
      recordType: 'user',
      recordId: user.id,
      fields: ['totp_secret', 'totp_enabled_at'],
    });
  });
}
