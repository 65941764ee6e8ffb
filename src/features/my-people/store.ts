// SQL for changing the people on a child's map. Reading them is belonging/connection-store.ts.
// Callers have authorised the child; every write names the child, so an id from another child's
// map changes nothing.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  childImportantPeople as people,
  type ConnectionCategory,
  type ConnectionSource,
  type ConnectionStatus,
  type ConnectionSupport,
  type ContactStatus,
  users,
} from '../../core/db/tables.ts';

/** Everything the map's forms may set on a person. */
export type PersonFields = {
  name: string;
  relationship: string;
  category: ConnectionCategory;
  notes: string;
  gives: ConnectionSupport[];
  couldGive: ConnectionSupport[];
  contactStatus: ContactStatus;
  feelings: string;
  ring: number;
  joinedOn: string;
  leftOn: string | null;
  source: ConnectionSource;
  sourceNotes: string;
  hasNoContactOrder: boolean;
  safeguardingNotes: string;
  isSharedWithFamily: boolean;
  flagShownBy: string | null;
  flagShownReason: string;
};

/** Adds a person to a child's map; returns their id. */
export async function insertPerson(
  db: Db,
  person: Partial<PersonFields> &
    Pick<PersonFields, 'name' | 'relationship' | 'joinedOn'> & {
      childId: string;
      status: ConnectionStatus;
      addedBy: string;
      updatedAt: Date;
    },
): Promise<string> {
  const [row] = await db.insert(people).values(person).returning({ id: people.id });
  return row!.id;
}

/** Changes a person on a child's map; false when they are not on it. */
export async function updatePerson(
  db: Db,
  childId: string,
  id: string,
  fields: Partial<PersonFields> & { status?: ConnectionStatus; angle?: number | null },
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(people)
    .set({ ...fields, updatedAt: at })
    .where(and(eq(people.childId, childId), eq(people.id, id)))
    .returning({ id: people.id });
  return rows.length > 0;
}

/** The names of users, by id: who added someone, who decided to show a flagged person. */
export async function findUserNames(db: Db, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}
