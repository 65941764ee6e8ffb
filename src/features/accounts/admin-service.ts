import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import { isRole, ROLES, type Role } from '../../core/access/roles.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Forbidden, NotFound } from '../../core/errors.ts';
import { endAllSessions } from '../../core/http/sessions.ts';
import { listAccounts } from './service.ts';
import * as store from './store.ts';

// An address with a mistyped id leads nowhere, rather than to a database error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AccountSummary = Awaited<ReturnType<typeof listAccounts>>[number];

/** Every account, with what the person looking may do about them. */
export async function getPeopleAndAccess(ctx: Ctx) {
  const accounts = await listAccounts(ctx);
  const actor = ctx.actor!;
  return {
    accounts,
    abilities: { canAdd: can(actor, 'user.create').allowed },
  };
}

/** The roles an administrator may give, for the "add a person" form (after checking they may add). */
export async function startAddingAccount(ctx: Ctx): Promise<readonly Role[]> {
  await authorize(ctx, 'user.create');
  return ROLES;
}

/** One account, with whether the person looking may deactivate or reactivate it. */
export async function getAccount(ctx: Ctx, id: string) {
  if (!UUID.test(id)) throw new NotFound();
  const { actor } = await authorize(ctx, 'user.list', { kind: 'user', id });
  const user = await store.findUserById(ctx.db, id);
  if (!user || !isRole(user.role)) throw new NotFound();
  const mayChange = can(actor, 'user.update', { kind: 'user', id }).allowed;
  const isSelf = actor.userId === id;
  return {
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      isActive: user.isActive,
      hasTwoFactor: user.totpEnabledAt !== null,
      createdAt: user.createdAt,
      lastSignedInAt: user.lastSignedInAt,
    },
    abilities: {
      canDeactivate: mayChange && user.isActive && !isSelf,
      canReactivate: mayChange && !user.isActive,
      canResetTwoFactor: mayChange && user.totpEnabledAt !== null && !isSelf,
      isSelf,
    },
  };
}

/**
 * Deactivates or reactivates an account. Deactivating ends the person's sessions at once; no one
 * may deactivate themselves, so an agency always keeps an administrator who can sign in.
 */
export async function setAccountActive(ctx: Ctx, id: string, isActive: boolean): Promise<void> {
  if (!UUID.test(id)) throw new NotFound();
  const { actor } = await authorize(ctx, 'user.update', { kind: 'user', id });
  const user = await store.findUserById(ctx.db, id);
  if (!user) throw new NotFound();
  if (!isActive && actor.userId === id) {
    throw new Forbidden(
      'You cannot deactivate your own account. Another administrator can do it for you.',
    );
  }
  if (user.isActive === isActive) return;
  await inTransaction(ctx, async (tx) => {
    await store.updateUser(tx.db, id, { isActive });
    if (!isActive) await endAllSessions(tx.db, id);
    await recordAudit(tx, {
      action: isActive ? 'user.reactivate' : 'user.deactivate',
      recordType: 'user',
      recordId: id,
      fields: ['is_active'],
    });
  });
}

/**
 * Turns off someone's two-factor sign-in when they have lost their phone, and signs them out
 * everywhere; they sign in with their password and can set it up again. One's own is turned off
 * under "Your account", where the password is asked for.
 */
export async function resetAccountTwoFactor(ctx: Ctx, id: string): Promise<void> {
  if (!UUID.test(id)) throw new NotFound();
  const { actor } = await authorize(ctx, 'user.update', { kind: 'user', id });
  const user = await store.findUserById(ctx.db, id);
  if (!user) throw new NotFound();
  if (actor.userId === id) {
    throw new Forbidden('Turn off your own two-factor sign-in under “Your account”.');
  }
  if (!user.totpSecret && !user.totpEnabledAt) return;
  await inTransaction(ctx, async (tx) => {
    await store.updateUser(tx.db, id, { totpSecret: null, totpEnabledAt: null });
    await endAllSessions(tx.db, id);
    await recordAudit(tx, {
      action: 'account.two_factor_disabled',
      recordType: 'user',
      recordId: id,
      fields: ['totp_secret', 'totp_enabled_at'],
    });
  });
}
