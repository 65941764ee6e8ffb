import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound } from '../../core/errors.ts';
import { endOtherSessions } from '../../core/http/sessions.ts';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { ZNewUser, type TNewUser } from './schemas.ts';
import * as store from './store.ts';

export type CreatedUser = { id: string; password: string; isPasswordGenerated: boolean };

/** An administrator adds an account. Without a password, one is generated and shown once. */
export async function createUser(
  ctx: Ctx,
  input: TNewUser & { password?: string },
): Promise<CreatedUser> {
  await authorize(ctx, 'user.create');
  return insertUserAudited(ctx, input);
}

/**
 * The operator adds an account from the command line (the first administrator of a new
 * installation): whoever runs the command already holds the database, so no one signs in for it.
 */
export async function createUserFromCommandLine(
  ctx: Ctx,
  input: TNewUser & { password?: string },
): Promise<CreatedUser> {
  return insertUserAudited({ ...ctx, actor: null }, input);
}

async function insertUserAudited(
  ctx: Ctx,
  input: TNewUser & { password?: string },
): Promise<CreatedUser> {
  const parsed = ZNewUser.safeParse(input);
  if (!parsed.success) {
    throw new Invalid(
      Object.fromEntries(
        parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
      ),
    );
  }
  const isPasswordGenerated = !input.password;
  const password = input.password || generatePassword();
  const problem = passwordProblem(password, parsed.data);
  if (problem) throw new Invalid({ password: problem });
  const passwordHash = await hashPassword(password);
  const conflict = new Conflict(`An account with the email ${parsed.data.email} already exists`);
  if (await store.unsafeFindUserByEmail(ctx.db, parsed.data.email)) throw conflict;
  try {
    const id = await inTransaction(ctx, async (tx) => {
      const newId = await store.insertUser(tx.db, { ...parsed.data, passwordHash });
      await recordAudit(tx, {
        action: 'user.create',
        recordType: 'user',
        recordId: newId,
        fields: ['email', 'name', 'role'],
      });
      return newId;
    });
    return { id, password, isPasswordGenerated };
  } catch (error) {
    // Two administrators adding the same person at once: the unique index decides.
    if (isUniqueViolation(error)) throw conflict;
    throw error;
  }
}

/** Every account, for the administrator and the registered manager. */
export async function listAccounts(ctx: Ctx) {
  await authorize(ctx, 'user.list');
  const rows = await store.listUsers(ctx.db);
  return rows.map(({ passwordHash: _hash, totpSecret: _secret, ...safe }) => safe);
}

/** A person changes their own password; every other session of theirs ends. */
export async function changeOwnPassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
  keepSessionHash: string,
): Promise<void> {
  const signedIn = await authorize(ctx, 'account.manage_own');
  const user = await store.findUserById(ctx.db, signedIn.actor.userId);
  if (!user) throw new Invalid({ currentPassword: 'Your account could not be found' });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new Invalid({ currentPassword: 'Your current password is not right' });
  }
  const problem = passwordProblem(input.newPassword, user);
  if (problem) throw new Invalid({ newPassword: problem });
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await store.updateUser(tx.db, user.id, { passwordHash, passwordChangedAt: ctx.now });
    await endOtherSessions(tx.db, user.id, keepSessionHash);
    await recordAudit(tx, {
      action: 'account.password_changed',
      recordType: 'user',
      recordId: user.id,
      fields: ['password'],
    });
  });
}

/** The person's own account, for the "Your account" page. */
export async function getOwnAccount(ctx: Ctx) {
  const { actor } = await authorize(ctx, 'account.manage_own');
  const user = await store.findUserById(ctx.db, actor.userId);
  if (!user) throw new NotFound();
  return {
    name: user.name,
    email: user.email,
    role: actor.role,
    twoFactorEnabledAt: user.totpEnabledAt,
    passwordChangedAt: user.passwordChangedAt,
  };
}

function isUniqueViolation(error: unknown): boolean {
  // node-postgres puts the SQLSTATE on the error; drizzle wraps it as the cause.
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as Error & { code?: unknown }).code === '23505') return true;
  }
  return false;
}
