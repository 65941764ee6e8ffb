// Reading the people on a child's map, with their permanency pact if they have one. Writing them
// belongs to the map's and family finding's own stores.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { childImportantPeople as people, permanencyPacts } from '../../core/db/tables.ts';

const COLUMNS = {
  id: people.id,
  childId: people.childId,
  name: people.name,
  relationship: people.relationship,
  notes: people.notes,
  category: people.category,
  gives: people.gives,
  couldGive: people.couldGive,
  contactStatus: people.contactStatus,
  hasNoContactOrder: people.hasNoContactOrder,
  safeguardingNotes: people.safeguardingNotes,
  flagShownBy: people.flagShownBy,
  flagShownReason: people.flagShownReason,
  isSharedWithFamily: people.isSharedWithFamily,
  feelings: people.feelings,
  ring: people.ring,
  angle: people.angle,
  source: people.source,
  sourceNotes: people.sourceNotes,
  status: people.status,
  joinedOn: people.joinedOn,
  leftOn: people.leftOn,
  addedBy: people.addedBy,
  createdAt: people.createdAt,
  pactAgreedOn: permanencyPacts.agreedOn,
  pactEndedOn: permanencyPacts.endedOn,
  pactCommitments: permanencyPacts.commitments,
  pactInTheirWords: permanencyPacts.inTheirWords,
};

/** A person on a child's map, everything the agency holds (filter with visibility.ts). */
export type Connection = Awaited<ReturnType<typeof findConnections>>[number];

/** Everyone on a child's map, in the order they joined it. */
export async function findConnections(db: Db, childId: string) {
  return db
    .select(COLUMNS)
    .from(people)
    .leftJoin(permanencyPacts, eq(permanencyPacts.connectionId, people.id))
    .where(eq(people.childId, childId))
    .orderBy(asc(people.joinedOn), asc(people.createdAt), asc(people.name));
}

/** One person on a child's map; undefined when they are not on this child's map. */
export async function findConnection(
  db: Db,
  childId: string,
  id: string,
): Promise<Connection | undefined> {
  const [row] = await db
    .select(COLUMNS)
    .from(people)
    .leftJoin(permanencyPacts, eq(permanencyPacts.connectionId, people.id))
    .where(and(eq(people.childId, childId), eq(people.id, id)));
  return row;
}
