// Family finding's SQL: the outreach log, a person's contact status, and their permanency pact.
// Reads of the people themselves are belonging/connection-store.ts's.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  childImportantPeople,
  connectionOutreach,
  permanencyPacts,
  users,
  type ContactStatus,
} from '../../core/db/tables.ts';
import type { TOutreachInput, TPactInput } from './schemas.ts';

/** Every step taken to find or approach a person, oldest first, with who recorded it. */
export async function findOutreachSteps(db: Db, connectionId: string) {
  return db
    .select({
      id: connectionOutreach.id,
      stepOn: connectionOutreach.stepOn,
      kind: connectionOutreach.kind,
      safetyOutcome: connectionOutreach.safetyOutcome,
      notes: connectionOutreach.notes,
      outcome: connectionOutreach.outcome,
      recordedByName: users.name,
    })
    .from(connectionOutreach)
    .leftJoin(users, eq(users.id, connectionOutreach.recordedBy))
    .where(eq(connectionOutreach.connectionId, connectionId))
    .orderBy(asc(connectionOutreach.stepOn), asc(connectionOutreach.createdAt));
}

/** A step in the log, as the person's page shows it. */
export type OutreachStepRow = Awaited<ReturnType<typeof findOutreachSteps>>[number];

/** Adds a step to a person's log. */
export async function insertOutreachStep(
  db: Db,
  step: Omit<TOutreachInput, 'contactStatus'> & {
    connectionId: string;
    recordedBy: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(connectionOutreach)
    .values(step)
    .returning({ id: connectionOutreach.id });
  return row!.id;
}

/** Moves a person to a new contact status (found, approached, in touch). */
export async function updateContactStatus(
  db: Db,
  input: { connectionId: string; contactStatus: ContactStatus; at: Date },
): Promise<void> {
  await db
    .update(childImportantPeople)
    .set({ contactStatus: input.contactStatus, updatedAt: input.at })
    .where(eq(childImportantPeople.id, input.connectionId));
}

/** Writes a person's pact, replacing the one they had. */
export async function savePact(
  db: Db,
  pact: TPactInput & { connectionId: string; recordedBy: string | null; at: Date },
): Promise<void> {
  const values = {
    commitments: pact.commitments,
    inTheirWords: pact.inTheirWords,
    agreedOn: pact.agreedOn,
    endedOn: pact.endedOn,
    recordedBy: pact.recordedBy,
    updatedAt: pact.at,
  };
  await db
    .insert(permanencyPacts)
    .values({ connectionId: pact.connectionId, ...values })
    .onConflictDoUpdate({ target: permanencyPacts.connectionId, set: values });
}

/** The names of the people who added someone or decided to show them despite a flag. */
export async function findUserNames(db: Db, ids: ReadonlyArray<string | null>) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}
