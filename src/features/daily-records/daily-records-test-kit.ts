// The homes the daily record's tests share. Sam supervises Oak, where Asha fosters Leo Lindqvist;
// Sara supervises Elm, where Ben fosters Noah, who lived at Oak with Asha before. Priya is the
// registered manager, Lena is Leo's mother, and Noah signs in to his own space.
import { and, eq } from 'drizzle-orm';
import {
  startTestApp,
  signedInVisitor,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import {
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Db } from '../../core/db/connect.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, dailyRecords, type DailyRecordKind } from '../../core/db/tables.ts';

/** Monday 23 November 2026, 10am in London. */
export const NOW = new Date('2026-11-23T10:00:00Z');
export const TODAY = '2026-11-23';

export type Agency = {
  people: Record<'priya' | 'sam' | 'sara' | 'asha' | 'ben' | 'lena' | 'noah' | 'tom', TestUser>;
  oak: string;
  elm: string;
  leo: string;
  noah: string;
  placements: { leoAtOak: string; noahAtOak: string; noahAtElm: string };
};

/** Builds the two homes, their children and the people around them. */
export async function buildAgency(db: Db): Promise<Agency> {
  const user = (role: TestUser['role'], name: string) => buildUser(db, { role, name });
  const people = {
    priya: await user('registered_manager', 'Priya Shah'),
    sam: await user('supervising_social_worker', 'Sam Reid'),
    sara: await user('supervising_social_worker', 'Sara Quinn'),
    asha: await user('foster_carer', 'Asha Patel'),
    ben: await user('foster_carer', 'Ben Lewis'),
    lena: await user('birth_parent', 'Lena Lindqvist'),
    noah: await user('young_person', 'Noah North'),
    tom: await user('training_coordinator', 'Tom Hill'),
  };
  const oak = await buildHousehold(db, {
    name: 'Oak household',
    supervisingWorkerId: people.sam.id,
    addressLine: '7 Acorn Lane',
    postcode: 'OK1 7AL',
  });
  const elm = await buildHousehold(db, {
    name: 'Elm household',
    supervisingWorkerId: people.sara.id,
  });
  await addCarer(db, oak, people.asha);
  await addCarer(db, elm, people.ben);
  const leo = await buildChild(db, { firstName: 'Leo', lastName: 'Lindqvist' });
  const noah = await buildChild(db, {
    firstName: 'Noah',
    lastName: 'North',
    youngPersonUserId: people.noah.id,
  });
  await linkBirthParent(db, leo, people.lena);
  const leoAtOak = await placeChild(db, leo, oak, { startedOn: '2025-01-10' });
  const noahAtOak = await placeChild(db, noah, oak, {
    startedOn: '2023-02-01',
    endedOn: '2024-05-01',
  });
  const noahAtElm = await placeChild(db, noah, elm, { startedOn: '2024-05-01' });
  return { people, oak, elm, leo, noah, placements: { leoAtOak, noahAtOak, noahAtElm } };
}

/** A record written straight into the table, as if a carer had written it on that day. */
export async function insertRecord(
  db: Db,
  values: {
    childId: string;
    householdId: string;
    placementId: string;
    authorId: string;
    body: string;
    kind?: DailyRecordKind;
    occurredOn?: string;
  },
): Promise<string> {
  const [row] = await db
    .insert(dailyRecords)
    .values({ kind: 'daily_log', occurredOn: '2026-11-20', ...values })
    .returning({ id: dailyRecords.id });
  return row!.id;
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

/** The app on the test database, with the clock standing at `clock()`. */
export async function startApp(
  database: Database,
  clock: () => Date = () => NOW,
): Promise<{ testApp: TestApp; visitorFor: (user: TestUser) => Promise<Visitor> }> {
  const testApp = await startTestApp(database, {}, clock);
  return { testApp, visitorFor: (user) => signedInVisitor(testApp, user) };
}
