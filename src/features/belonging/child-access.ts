// What every belonging and permanency page starts with: the policy's answer for this child, a
// transaction, the child's name as the page should say it, and how this person looks at it.
import { eq } from 'drizzle-orm';
import type { Action } from '../../core/access/actions.ts';
import type { Actor } from '../../core/access/actor.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { children } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { viewerOf, type Viewer } from './visibility.ts';

/** The child a belonging page is about. */
export type BelongingChild = {
  id: string;
  firstName: string;
  /** The name the child goes by: their preferred name, or their first name. */
  knownAs: string;
  /** The full name, for staff pages and the child's own book. */
  fullName: string;
  dateOfBirth: string;
  lookedAfterSince: string | null;
};

/** Everything a belonging use case needs, inside its transaction. */
export type BelongingScene = {
  tx: Ctx;
  actor: Actor;
  viewer: Viewer;
  child: BelongingChild;
  /** Today in the agency's time zone. */
  today: string;
};

/**
 * Authorises the action on the child (404 for strangers, 403 when refused) before the
 * transaction, then runs `work` in it. The policy has decided; the child is read by id.
 */
export async function withBelongingChild<T>(
  ctx: Ctx,
  action: Action,
  childId: string,
  work: (scene: BelongingScene) => Promise<T>,
): Promise<T> {
  const { actor } = await authorize(ctx, action, { kind: 'child', id: childId });
  return inTransaction(ctx, async (tx) => {
    const child = await findBelongingChild(tx.db, childId);
    if (!child) throw new NotFound();
    const today = await agencyToday(tx.db, ctx.now);
    return work({ tx, actor, viewer: viewerOf(actor), child, today });
  });
}

/** A child's names and the dates the belonging pages count from. */
export async function findBelongingChild(
  db: Db,
  childId: string,
): Promise<BelongingChild | undefined> {
  const [row] = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      preferredName: children.preferredName,
      dateOfBirth: children.dateOfBirth,
      lookedAfterSince: children.lookedAfterSince,
    })
    .from(children)
    .where(eq(children.id, childId));
  if (!row) return undefined;
  const knownAs = row.preferredName ?? row.firstName;
  return {
    id: row.id,
    firstName: row.firstName,
    knownAs,
    fullName: `${knownAs} ${row.lastName}`,
    dateOfBirth: row.dateOfBirth,
    lookedAfterSince: row.lookedAfterSince,
  };
}
