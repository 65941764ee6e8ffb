import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid } from '../../core/errors.ts';
import { markTwoFactorPassed, type SessionUser } from '../../core/http/sessions.ts';
import { findUserById, matchTotpCode } from '../accounts/index.ts';

import { accountKeyFor, refuseWhenThrottled } from './service.ts';
import * as store from './store.ts';

/**
 * Checks the code from the person's authenticator app, between the password and the pages.
 * Wrong codes count as failed sign-ins, so guessing codes is throttled like guessing passwords.
 */
export async function passTwoFactor(ctx: Ctx, session: SessionUser, code: string): Promise<void> {
  const accountKey = accountKeyFor(session.email);
  await refuseWhenThrottled(ctx, accountKey);
  const user = await findUserById(ctx.db, session.userId);
  const step =
    user?.totpSecret && user.totpEnabledAt
      ? await matchTotpCode(user.totpSecret, code, ctx.now, user.totpLastStep)
      : null;
  // Claiming the step in the database also stops two requests racing with the same code.
  const isRight = step !== null && (await store.claimTotpStep(ctx.db, session.userId, step));
  const actor = { userId: session.userId, role: session.role };
  if (!isRight) {
    await store.insertFailure(ctx.db, accountKey, ctx.request.ip, ctx.now);
    await recordAudit(ctx, {
      action: 'session.two_factor_failed',
      recordType: 'session',
      recordId: session.userId,
      outcome: 'refused',
      actor,
    });
    throw new Invalid({
      code: 'That code is not right. Enter the newest code your authenticator app shows',
    });
  }
  await inTransaction(ctx, async (tx) => {
    await store.clearAccountFailures(tx.db, accountKey);
    await markTwoFactorPassed(tx.db, session.tokenHash);
    await recordAudit(tx, {
      action: 'session.two_factor_passed',
      recordType: 'session',
      recordId: session.userId,
      actor,
    });
  });
}
