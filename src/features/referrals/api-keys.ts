import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { hashToken, newToken } from '../../core/http/tokens.ts';
import * as store from './authorities-store.ts';

/** Every key starts with this, so a leaked one is easy to recognise (and to search for). */
export const API_KEY_PREFIX = 'kf_';

/** How many characters of a key (after kf_) are kept, to tell keys apart on the page. */
const SHOWN_CHARACTERS = 8;

/** A local authority's system, once its key has been accepted. */
export type ApiClient = { keyId: string; authorityId: string; authorityName: string };

/** A new key (256 random bits), the hash that is stored in its place, and its visible prefix. */
export function newApiKey(): { key: string; keyHash: string; keyPrefix: string } {
  const secret = newToken();
  const key = `${API_KEY_PREFIX}${secret}`;
  return { key, keyHash: hashToken(key), keyPrefix: secret.slice(0, SHOWN_CHARACTERS) };
}

/** The key in an `Authorization: Bearer <key>` header, or null when there is none. */
export function readBearerKey(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Accepts a request's API key: one that exists and is not revoked. Every refusal is written to the
 * audit trail without the key or any part of it; an accepted key notes when it was last used.
 * Attempts are not limited in number.
 */
export async function authenticateApiKey(
  ctx: Ctx,
  authorization: string | undefined,
): Promise<ApiClient | null> {
  const key = readBearerKey(authorization);
  const found = key ? await store.findKeyByHash(ctx.db, hashToken(key)) : null;
  if (!found || found.revokedAt) {
    await recordAudit(ctx, {
      action: 'api_key.refused',
      recordType: 'api_key',
      recordId: null,
      outcome: 'refused',
    });
    return null;
  }
  await store.touchKey(ctx.db, found.id, ctx.now);
  return { keyId: found.id, authorityId: found.authorityId, authorityName: found.authorityName };
}
