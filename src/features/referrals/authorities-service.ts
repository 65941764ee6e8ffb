import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { newApiKey } from './api-keys.ts';
import type { TAuthorityInput, TKeyInput } from './authority-schemas.ts';
import * as store from './authorities-store.ts';
import type { ApiKeySummary, AuthorityRow } from './authorities-store.ts';

/** A local authority in the list: how many referrals it has sent, and its keys. */
export type AuthorityListItem = Awaited<ReturnType<typeof store.findAuthorities>>[number] & {
  keys: ApiKeySummary[];
};

/** Checks the person may set up local authorities, before showing a form. */
export async function checkCanManageAuthorities(ctx: Ctx): Promise<void> {
  await authorize(ctx, 'authority.manage');
}

/** Every local authority with its referral count and keys. */
export async function listAuthorities(ctx: Ctx): Promise<AuthorityListItem[]> {
  await authorize(ctx, 'authority.manage');
  const authorities = await store.findAuthorities(ctx.db);
  const keys = await store.findAllKeys(ctx.db);
  return authorities.map((authority) => ({
    ...authority,
    keys: keys.filter((key) => key.authorityId === authority.id),
  }));
}

/** An authority's page: its details, how many referrals it has sent, and its keys. */
export type AuthorityView = {
  authority: AuthorityRow;
  referralCount: number;
  keys: ApiKeySummary[];
};

/** Reads one authority with its keys. */
export async function readAuthority(ctx: Ctx, id: string): Promise<AuthorityView> {
  await authorize(ctx, 'authority.manage');
  const authority = await store.findAuthority(ctx.db, id);
  if (!authority) throw new NotFound();
  return {
    authority,
    referralCount: await store.countReferralsFrom(ctx.db, id),
    keys: await store.findKeys(ctx.db, id),
  };
}

const nameTaken = (name: string) => ({
  name: `There is already a local authority called ${name}. Open that one instead, or enter a different name`,
});

// Two people saving the same name at the same moment both pass the check; the unique index stops
// the second, who is told as if the check had caught it.
async function savingUnique<T>(name: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    for (let current: unknown = error; current instanceof Error; current = current.cause) {
      if ((current as Error & { code?: unknown }).code === '23505')
        throw new Invalid(nameTaken(name));
    }
    throw error;
  }
}

/** Adds a local authority (names are unique whatever their capital letters); returns its id. */
export async function createAuthority(ctx: Ctx, input: TAuthorityInput): Promise<string> {
  await authorize(ctx, 'authority.manage');
  if (await store.isNameTaken(ctx.db, input.name, null)) throw new Invalid(nameTaken(input.name));
  return savingUnique(input.name, () =>
    inTransaction(ctx, async (tx) => {
      const id = await store.insertAuthority(tx.db, input);
      await recordAudit(tx, {
        action: 'authority.saved',
        recordType: 'local_authority',
        recordId: id,
        fields: ['name', 'email'],
      });
      return id;
    }),
  );
}

/** Changes an authority's name or email. */
export async function updateAuthority(ctx: Ctx, id: string, input: TAuthorityInput): Promise<void> {
  await authorize(ctx, 'authority.manage');
  const current = await store.findAuthority(ctx.db, id);
  if (!current) throw new NotFound();
  if (await store.isNameTaken(ctx.db, input.name, id)) throw new Invalid(nameTaken(input.name));
  const changed = (['name', 'email'] as const).filter((field) => input[field] !== current[field]);
  await savingUnique(input.name, () =>
    inTransaction(ctx, async (tx) => {
      await store.updateAuthority(tx.db, id, input);
      await recordAudit(tx, {
        action: 'authority.saved',
        recordType: 'local_authority',
        recordId: id,
        fields: changed,
      });
    }),
  );
}

/** A key just made: the key itself, to be shown this once, and what it is for. */
export type CreatedKey = { key: string; keyId: string; label: string; authority: AuthorityRow };

/** Makes an API key for an authority; only its hash and prefix are stored. */
export async function createApiKey(
  ctx: Ctx,
  authorityId: string,
  input: TKeyInput,
): Promise<CreatedKey> {
  const { actor } = await authorize(ctx, 'authority.manage');
  const authority = await store.findAuthority(ctx.db, authorityId);
  if (!authority) throw new NotFound();
  const { key, keyHash, keyPrefix } = newApiKey();
  const keyId = await inTransaction(ctx, async (tx) => {
    const id = await store.insertKey(tx.db, {
      authorityId,
      label: input.label,
      keyPrefix,
      keyHash,
      createdBy: actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'api_key.created',
      recordType: 'api_key',
      recordId: id,
      fields: ['label'],
    });
    return id;
  });
  return { key, keyId, label: input.label, authority };
}

/** Revokes a key: the authority's system can no longer use it. */
export async function revokeApiKey(ctx: Ctx, authorityId: string, keyId: string): Promise<void> {
  await authorize(ctx, 'authority.manage');
  const key = (await store.findKeys(ctx.db, authorityId)).find((each) => each.id === keyId);
  if (!key) throw new NotFound();
  await inTransaction(ctx, async (tx) => {
    // Pressing "Revoke" twice revokes once.
    if (!(await store.revokeKey(tx.db, authorityId, keyId, ctx.now))) return;
    await recordAudit(tx, {
      action: 'api_key.revoked',
      recordType: 'api_key',
      recordId: keyId,
      fields: ['revoked_at'],
    });
  });
}
