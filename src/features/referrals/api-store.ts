import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { referrals, type ReferralStatus } from '../../core/db/tables.ts';
import type { ReferralRow } from './store.ts';

// Referrals as a local authority's system reads them: its API key is its scope, so every query
// here is limited to the authority's own referrals.

const hasStatus = (status: ReferralStatus | undefined) =>
  status ? eq(referrals.status, status) : undefined;

/** One page of an authority's own referrals, the newest first (its API key is its scope). */
export async function findAuthorityReferralsPage(
  db: Db,
  authorityId: string,
  page: { status: ReferralStatus | undefined; limit: number; offset: number },
) {
  return db
    .select()
    .from(referrals)
    .where(and(eq(referrals.authorityId, authorityId), hasStatus(page.status)))
    .orderBy(desc(referrals.receivedAt), desc(referrals.reference))
    .limit(page.limit)
    .offset(page.offset);
}

/** How many referrals an authority has sent with this status (or any). */
export async function countAuthorityReferrals(
  db: Db,
  authorityId: string,
  status: ReferralStatus | undefined,
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(referrals)
    .where(and(eq(referrals.authorityId, authorityId), hasStatus(status)));
  return toCount(row?.total);
}

/** One of an authority's own referrals; another authority's is as good as missing. */
export async function findAuthorityReferral(
  db: Db,
  authorityId: string,
  id: string,
): Promise<ReferralRow | null> {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), eq(referrals.authorityId, authorityId)));
  return row ?? null;
}
