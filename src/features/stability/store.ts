// SQL for the stability figures: every placement with the matching decision it came from, and
// the names of the children behind a figure that the reader may see.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { children, matchingDecisions, placements } from '../../core/db/tables.ts';
import type { ChildFacts, PlacementFacts } from './stability-figures.ts';

/**
 * Every child's birthday and every placement, agency-wide: unsafe because it is not scoped. The
 * figures are the agency's and only counts leave the service; the names of the children behind
 * them are read through the reader's scope (findChildNamesInScope).
 */
export async function unsafeFindStabilityFacts(
  db: Db,
): Promise<{ children: ChildFacts[]; placements: PlacementFacts[] }> {
  const childRows = await db
    .select({ id: children.id, dateOfBirth: children.dateOfBirth })
    .from(children);
  const placementRows = await db
    .select({
      id: placements.id,
      childId: placements.childId,
      startedOn: placements.startedOn,
      endedOn: placements.endedOn,
      endReasonKind: placements.endReasonKind,
      chosenRank: matchingDecisions.chosenRank,
    })
    .from(placements)
    .leftJoin(matchingDecisions, eq(matchingDecisions.referralId, placements.referralId));
  return { children: childRows, placements: placementRows };
}

/** The names of those of the given children the actor may see, by name. */
export async function findChildNamesInScope(db: Db, actor: Actor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
    })
    .from(children)
    .where(and(inArray(children.id, ids), scope(actor, 'children')))
    .orderBy(
      sql`coalesce(${children.preferredName}, ${children.firstName})`,
      asc(children.lastName),
      asc(children.id),
    );
}
