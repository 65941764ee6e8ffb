import { createHash } from 'node:crypto';
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { isRole } from '../../core/access/roles.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, TooManyAttempts } from '../../core/errors.ts';
import { endAllSessions, endSession, startSession } from '../../core/http/sessions.ts';
import {
  unsafeFindUserByEmail,
  updateUser,
  verifyAgainstDecoy,
  verifyPassword,
} from '../accounts/index.ts';
import * as store from './store.ts';
import { decideThrottle, describeWait } from './throttle.ts';

export type SignedIn = { token: string; isTwoFactorNeeded: boolean };

const WRONG_DETAILS = 'The email address or password is not right. Check them and try again';

/** The key failures are counted under: a hash, so the table holds no email addresses. */
export function accountKeyFor(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** Checks an email and password and starts a session; throttled per account and per address. */
export async function signIn(
  ctx: Ctx,
  input: { email: string; password: string },
): Promise<SignedIn> {
  const accountKey = accountKeyFor(input.email);
  await refuseWhenThrottled(ctx, accountKey);
  const user = await unsafeFindUserByEmail(ctx.db, input.email.trim());
  const isRight =
    user && user.isActive
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDecoy(input.password);
  if (!user || !isRight || !isRole(user.role)) {
    await store.insertFailure(ctx.db, accountKey, ctx.request.ip, ctx.now);
    await recordAudit(ctx, {
      action: 'session.sign_in_failed',
      recordType: 'session',
      recordId: user?.id ?? null,
      outcome: 'refused',
    });
    throw new Invalid({ email: WRONG_DETAILS });
  }
  const isTwoFactorNeeded = user.totpEnabledAt !== null;
  return inTransaction(ctx, async (tx) => {
    await store.clearAccountFailures(tx.db, accountKey);
    const token = await startSession(tx.db, user.id, ctx.now, {
      isTwoFactorPassed: !isTwoFactorNeeded,
    });
    await updateUser(tx.db, user.id, { lastSignedInAt: ctx.now });
    await recordAudit(tx, {
      action: 'session.sign_in',
      recordType: 'session',
      recordId: user.id,
      actor: { userId: user.id, role: user.role },
    });
    return { token, isTwoFactorNeeded };
  });
}

/**
 * Throws TooManyAttempts when this account or this address has failed too often lately. Wrong
 * passwords and wrong two-factor codes count together: both are guesses at the same account.
 */
export async function refuseWhenThrottled(ctx: Ctx, accountKey: string): Promise<void> {
  const failures = await store.findRecentFailures(ctx.db, accountKey, ctx.request.ip, ctx.now);
  const throttle = decideThrottle({ ...failures, now: ctx.now });
  if (throttle.allowed) return;
  const wait = describeWait(throttle.retryAfterSeconds);
  throw new TooManyAttempts(
    throttle.reason === 'account'
      ? `There have been too many attempts to sign in to this account. Try again in ${wait}, or reset your password.`
      : `There have been too many attempts to sign in from your network. Try again in ${wait}.`,
    throttle.retryAfterSeconds,
  );
}

/** Ends this session. */
export async function signOut(
  ctx: Ctx,
  session: { tokenHash: string; userId: string },
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await endSession(tx.db, session.tokenHash);
    await recordAudit(tx, {
      action: 'session.sign_out',
      recordType: 'session',
      recordId: session.userId,
    });
  });
}

/** Ends every session of this person, on every device (for a lost phone or a shared computer). */
export async function signOutEverywhere(ctx: Ctx): Promise<void> {
  const { actor } = await authorize(ctx, 'account.manage_own');
  await inTransaction(ctx, async (tx) => {
    await endAllSessions(tx.db, actor.userId);
    await recordAudit(tx, {
      action: 'session.sign_out_everywhere',
      recordType: 'session',
      recordId: actor.userId,
    });
  });
}
