// What family finding's tests share: the belonging scene, people put straight onto a child's map,
// pacts, and the audit entries a test looks for.
import { and, eq } from 'drizzle-orm';
import {
  startTestApp,
  signedInVisitor,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import type { Database, Db } from '../../core/db/connect.ts';
import { auditEvents, childImportantPeople, permanencyPacts } from '../../core/db/tables.ts';

/** Monday 1 June 2026, 10am in London: Zara (born 14 May 2011) is 15. */
export const NOW = new Date('2026-06-01T09:00:00Z');
export const TODAY = '2026-06-01';

/** Puts someone on a child's map, as the map's own forms would. */
export async function addPerson(
  db: Db,
  childId: string,
  values: Partial<typeof childImportantPeople.$inferInsert> & { name: string },
): Promise<string> {
  const [row] = await db
    .insert(childImportantPeople)
    .values({ relationship: 'Relative', joinedOn: '2025-09-01', childId, ...values })
    .returning({ id: childImportantPeople.id });
  return row!.id;
}

/** A pact agreed on a day (and ended on another, if given). */
export async function addPact(
  db: Db,
  connectionId: string,
  agreedOn: string,
  endedOn: string | null = null,
): Promise<void> {
  await db.insert(permanencyPacts).values({
    connectionId,
    agreedOn,
    endedOn,
    commitments: ['keep_in_touch'],
    inTheirWords: 'I will be there.',
  });
}

/** The audit entries for an action on a record, by whom, and how it ended. */
export async function auditedAs(
  db: Db,
  input: { actorId: string; action: string; recordId: string | null },
) {
  return db
    .select({
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      fields: auditEvents.fields,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorId, input.actorId),
        eq(auditEvents.action, input.action),
        input.recordId === null ? undefined : eq(auditEvents.recordId, input.recordId),
      ),
    );
}

/** The app on the test database, with the clock standing at NOW. */
export async function startApp(
  database: Database,
): Promise<{ testApp: TestApp; visitorFor: (user: TestUser) => Promise<Visitor> }> {
  const testApp = await startTestApp(database, {}, () => NOW);
  return { testApp, visitorFor: (user) => signedInVisitor(testApp, user) };
}
