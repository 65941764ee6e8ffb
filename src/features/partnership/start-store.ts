// SQL for getting started: the row kept per placement for the introductory meeting and the comfort
// call, and the children whose first days in a new home still have one of them to record.
import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { children, partnershipStarts, placements } from '../../core/db/tables.ts';

/** What has been arranged and recorded for a placement's first days. */
export type StartRow = typeof partnershipStarts.$inferSelect;

/** The getting-started row of a placement, or null when nothing is recorded yet. */
export async function findStart(db: Db, placementId: string): Promise<StartRow | null> {
  const [row] = await db
    .select()
    .from(partnershipStarts)
    .where(eq(partnershipStarts.placementId, placementId));
  return row ?? null;
}

/** What one form changes of the getting-started row. */
export type StartChange = Partial<
  Pick<
    StartRow,
    | 'introScheduledAt'
    | 'introPlace'
    | 'introHeldOn'
    | 'introNotes'
    | 'comfortCallHeldOn'
    | 'comfortCallNotes'
  >
>;

/** Creates the placement's row or changes it, keeping whatever the change leaves out. */
export async function saveStart(
  db: Db,
  key: { placementId: string; childId: string },
  change: StartChange,
  by: { userId: string | null; at: Date },
): Promise<void> {
  const stamped = { ...change, updatedBy: by.userId, updatedAt: by.at };
  await db
    .insert(partnershipStarts)
    .values({ ...key, ...stamped })
    .onConflictDoUpdate({ target: partnershipStarts.placementId, set: stamped });
}

/**
 * Children in the actor's scope whose current home they came to on or after `since` (and by
 * `today`), with the meeting or the call not yet recorded as held.
 */
export async function findStartsToRecord(
  db: Db,
  actor: Actor,
  window: { since: string; today: string },
) {
  return db
    .select({
      childId: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      placementId: placements.id,
      startedOn: placements.startedOn,
      introHeldOn: partnershipStarts.introHeldOn,
      comfortCallHeldOn: partnershipStarts.comfortCallHeldOn,
    })
    .from(placements)
    .innerJoin(children, eq(children.id, placements.childId))
    .leftJoin(partnershipStarts, eq(partnershipStarts.placementId, placements.id))
    .where(
      and(
        isNull(placements.endedOn),
        gt(placements.startedOn, window.since),
        lte(placements.startedOn, window.today),
        or(isNull(partnershipStarts.introHeldOn), isNull(partnershipStarts.comfortCallHeldOn)),
        scope(actor, 'children'),
      ),
    )
    .orderBy(asc(placements.startedOn), asc(children.id));
}
