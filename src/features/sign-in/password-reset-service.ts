import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, TooManyAttempts } from '../../core/errors.ts';
import { endAllSessions } from '../../core/http/sessions.ts';
import { hashToken, newToken } from '../../core/http/tokens.ts';
import { queueMail } from '../../core/mail/outbox.ts';
import { getAgencySettings } from '../../core/settings.ts';
import {
  hashPassword,
  passwordProblem,
  unsafeFindUserByEmail,
  updateUser,
  type TChooseNewPassword,
} from '../accounts/index.ts';
import * as resets from './password-reset-store.ts';
import { accountKeyFor } from './service.ts';
import { clearAccountFailures } from './store.ts';
import { describeWait } from './throttle.ts';

export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000;
// A few links an hour is plenty for a real person, and stops the form being used to flood an inbox.
export const MAX_LINKS_PER_ACCOUNT_PER_HOUR = 3;
export const MAX_REQUESTS_PER_ADDRESS = 10;
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;

/** Why a reset link cannot be used. */
export type ResetLinkProblem = 'expired' | 'used' | 'unknown';

/**
 * Emails a one-time link to choose a new password, when the address belongs to an active account.
 * The caller shows the same answer either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(
  ctx: Ctx,
  email: string,
  publicUrl: string,
): Promise<void> {
  await refuseWhenAddressBusy(ctx);
  const user = await unsafeFindUserByEmail(ctx.db, email);
  const hourAgo = new Date(ctx.now.getTime() - 60 * 60 * 1000);
  const maySend =
    user !== null &&
    user.isActive &&
    (await resets.countResetsSince(ctx.db, user.id, hourAgo)) < MAX_LINKS_PER_ACCOUNT_PER_HOUR;
  const settings = await getAgencySettings(ctx.db);
  await inTransaction(ctx, async (tx) => {
    if (maySend) {
      const token = newToken();
      await resets.insertPasswordReset(tx.db, {
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: ctx.now,
        expiresAt: new Date(ctx.now.getTime() + RESET_LINK_LIFETIME_MS),
      });
      await queueMail(tx.db, {
        to: user.email,
        subject: `Choose a new password for ${settings.name}`,
        text: resetEmailText(user.name, settings.name, `${publicUrl}/password-reset/${token}`),
      });
    }
    await recordAudit(tx, {
      action: 'account.password_reset_requested',
      recordType: 'user',
      recordId: user?.id ?? null,
      outcome: maySend ? 'done' : 'refused',
    });
  });
}

/** Whether a reset link may still be used, and whose it is. */
export async function checkResetLink(
  ctx: Ctx,
  token: string,
): Promise<{ problem: ResetLinkProblem } | { problem: null; name: string }> {
  const link = await findLink(ctx, token);
  return link.problem ? link : { problem: null, name: link.name };
}

/**
 * Uses a reset link: the new password replaces the old, the link and any others sent to the person
 * stop working, every session of theirs ends, and a lock from wrong passwords is lifted.
 */
export async function resetPassword(
  ctx: Ctx,
  token: string,
  input: TChooseNewPassword,
): Promise<{ problem: ResetLinkProblem | null }> {
  const link = await findLink(ctx, token);
  if (link.problem) return link;
  const problem = passwordProblem(input.newPassword, link);
  if (problem) throw new Invalid({ newPassword: problem });
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(ctx, async (tx) => {
    if (!(await resets.consumePasswordReset(tx.db, link.tokenHash, ctx.now))) {
      return { problem: 'used' as const };
    }
    await updateUser(tx.db, link.userId, { passwordHash, passwordChangedAt: ctx.now });
    await resets.retireOpenResets(tx.db, link.userId, ctx.now);
    await endAllSessions(tx.db, link.userId);
    await clearAccountFailures(tx.db, accountKeyFor(link.email));
    await recordAudit(tx, {
      action: 'account.password_reset',
      recordType: 'user',
      recordId: link.userId,
      fields: ['password'],
      actor: { userId: link.userId, role: link.role },
    });
    return { problem: null };
  });
}

async function findLink(ctx: Ctx, token: string) {
  // Tokens are 32 random bytes in base64url; anything else was never sent by Kinfold.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { problem: 'unknown' as const };
  const tokenHash = hashToken(token);
  const row = await resets.findPasswordReset(ctx.db, tokenHash);
  if (!row || !row.isActive) return { problem: 'unknown' as const };
  if (row.usedAt) return { problem: 'used' as const };
  if (row.expiresAt <= ctx.now) return { problem: 'expired' as const };
  return { problem: null, tokenHash, ...row };
}

async function refuseWhenAddressBusy(ctx: Ctx): Promise<void> {
  const since = new Date(ctx.now.getTime() - ADDRESS_WINDOW_MS);
  const times = await resets.findResetRequestTimesFrom(ctx.db, ctx.request.ip, since);
  if (times.length < MAX_REQUESTS_PER_ADDRESS) return;
  // The request that filled the limit leaves the window first; then one more is allowed.
  const freedAt =
    (times[times.length - MAX_REQUESTS_PER_ADDRESS]?.getTime() ?? 0) + ADDRESS_WINDOW_MS;
  const seconds = Math.max(1, Math.ceil((freedAt - ctx.now.getTime()) / 1000));
  throw new TooManyAttempts(
    `There have been too many requests to reset a password from your network. Try again in ${describeWait(seconds)}.`,
    seconds,
  );
}

function resetEmailText(name: string, agencyName: string, link: string): string {
  return [
    `Hello ${name},`,
    '',
    `Someone asked to reset the password of your ${agencyName} account. If it was you, open this link to choose a new password:`,
    '',
    link,
    '',
    'The link works once, for 1 hour. Choosing a new password signs you out on every device.',
    '',
    'If you did not ask for this, you can ignore this email: your password has not changed.',
  ].join('\n');
}
