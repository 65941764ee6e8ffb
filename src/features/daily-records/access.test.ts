import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type TestApp, type Visitor } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { dailyRecords } from '../../core/db/tables.ts';
import {
  auditedAs,
  buildAgency,
  insertRecord,
  startApp,
  type Agency,
} from './daily-records-test-kit.ts';

// Asha wrote about Leo, who lives with her, and about Noah while he lived with her; Ben writes about
// Noah now. Who may read which, and every read, write and refusal in the audit trail.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let visitorFor: (user: TestUser) => Promise<Visitor>;
let agency: Agency;
const records = {} as Record<'ashaOnLeo' | 'ashaOnNoahBefore' | 'benOnNoah', string>;

beforeAll(async () => {
  database = await openTestDatabase();
  agency = await buildAgency(database.db);
  const { people, oak, elm, leo, noah, placements } = agency;
  records.ashaOnLeo = await insertRecord(database.db, {
    childId: leo,
    householdId: oak,
    placementId: placements.leoAtOak,
    authorId: people.asha.id,
    body: 'Leo built a bird box with me after school.',
  });
  records.ashaOnNoahBefore = await insertRecord(database.db, {
    childId: noah,
    householdId: oak,
    placementId: placements.noahAtOak,
    authorId: people.asha.id,
    occurredOn: '2024-04-20',
    body: 'Noah packed his books for the move to Elm.',
  });
  records.benOnNoah = await insertRecord(database.db, {
    childId: noah,
    householdId: elm,
    placementId: placements.noahAtElm,
    authorId: people.ben.id,
    body: 'Noah scored in the five-a-side final.',
  });
  ({ testApp, visitorFor } = await startApp(database));
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const timelineOf = (childId: string) => `/children/${childId}/daily-records`;

describe('a child’s timeline', () => {
  it('is open to Asha for Leo, who lives with her, with a button to write today’s record', async () => {
    const asha = await visitorFor(agency.people.asha);
    const page = await asha.get(timelineOf(agency.leo));
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Leo built a bird box with me after school.');
    expect(pageText(page.body)).toContain('Written by you');
    expect(page.body).toContain(`href="/children/${agency.leo}/daily-records/new"`);
    expect(
      await auditedAs(database.db, {
        actorId: agency.people.asha.id,
        action: 'daily_record.read',
        recordId: agency.leo,
      }),
    ).toEqual([
      { action: 'daily_record.read', outcome: 'done', recordType: 'child', recordId: agency.leo },
    ]);
  });

  it('is closed to Asha for Noah, who has moved on: the new home’s record is not hers', async () => {
    const asha = await visitorFor(agency.people.asha);
    expect((await asha.get(timelineOf(agency.noah))).statusCode).toBe(404);
    expect((await asha.get(`/daily-records/${records.benOnNoah}`)).statusCode).toBe(404);
    const refusals = await auditedAs(database.db, {
      actorId: agency.people.asha.id,
      action: 'daily_record.read',
      recordId: records.benOnNoah,
    });
    expect(refusals).toEqual([
      {
        action: 'daily_record.read',
        outcome: 'refused',
        recordType: 'daily_record',
        recordId: records.benOnNoah,
      },
    ]);
  });

  it('shows Ben all of Noah’s record, naming only the carers of homes he may know', async () => {
    const ben = await visitorFor(agency.people.ben);
    const page = pageText((await ben.get(timelineOf(agency.noah))).body);
    expect(page).toContain('Noah scored in the five-a-side final.');
    expect(page).toContain('Noah packed his books for the move to Elm.');
    expect(page).toContain('Written by A carer in an earlier home');
    expect(page).not.toContain('Asha Patel');
  });

  it('is open to the worker of the child’s home and the manager, without a write button', async () => {
    for (const reader of [agency.people.sam, agency.people.priya]) {
      const page = await (await visitorFor(reader)).get(timelineOf(agency.leo));
      expect(page.statusCode).toBe(200);
      expect(pageText(page.body)).toContain('Leo built a bird box with me after school.');
      expect(page.body).not.toContain('/daily-records/new');
    }
  });

  it.each(['sara', 'lena', 'noah', 'tom'] as const)(
    'answers “not found” to %s, who has no part in Leo’s daily care',
    async (key) => {
      const visitor = await visitorFor(agency.people[key]);
      expect((await visitor.get(timelineOf(agency.leo))).statusCode).toBe(404);
      expect((await visitor.get(`/daily-records/${records.ashaOnLeo}`)).statusCode).toBe(404);
      const refused = await auditedAs(database.db, {
        actorId: agency.people[key].id,
        action: 'daily_record.read',
        recordId: null,
      });
      expect(refused.map((entry) => [entry.recordType, entry.outcome]).sort()).toEqual([
        ['child', 'refused'],
        ['daily_record', 'refused'],
      ]);
    },
  );
});

describe('one record', () => {
  it('stays readable by Asha after Noah moved: what she wrote is hers', async () => {
    const asha = await visitorFor(agency.people.asha);
    const page = await asha.get(`/daily-records/${records.ashaOnNoahBefore}`);
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Noah packed his books for the move to Elm.');
    // The breadcrumbs lead to her own records, not to a timeline she may no longer read.
    expect(page.body).not.toContain(`href="${timelineOf(agency.noah)}"`);
    expect(page.body).toContain('href="/daily-records/mine"');
    expect(
      await auditedAs(database.db, {
        actorId: agency.people.asha.id,
        action: 'daily_record.read',
        recordId: records.ashaOnNoahBefore,
      }),
    ).toEqual([
      {
        action: 'daily_record.read',
        outcome: 'done',
        recordType: 'daily_record',
        recordId: records.ashaOnNoahBefore,
      },
    ]);
  });

  it('is read by Sam, who supervised the home it was written in, though Noah now lives elsewhere', async () => {
    const sam = await visitorFor(agency.people.sam);
    expect((await sam.get(`/daily-records/${records.ashaOnNoahBefore}`)).statusCode).toBe(200);
    expect((await sam.get(`/daily-records/${records.benOnNoah}`)).statusCode).toBe(404);
  });

  it('answers “not found” for an address that is not a record', async () => {
    const priya = await visitorFor(agency.people.priya);
    expect((await priya.get('/daily-records/not-a-record')).statusCode).toBe(404);
    expect(
      (await priya.get('/daily-records/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});

describe('what a carer has written', () => {
  it('lists Asha’s records across children, including Noah’s from before he moved, and not Ben’s', async () => {
    const asha = await visitorFor(agency.people.asha);
    const page = pageText((await asha.get('/daily-records/mine')).body);
    expect(page).toContain('Leo built a bird box with me after school.');
    expect(page).toContain('Noah packed his books for the move to Elm.');
    expect(page).not.toContain('five-a-side');
    expect(
      await auditedAs(database.db, {
        actorId: agency.people.asha.id,
        action: 'daily_record.read',
        recordId: null,
      }),
    ).toContainEqual({
      action: 'daily_record.read',
      outcome: 'done',
      recordType: 'daily_record',
      recordId: null,
    });
  });

  it('is refused to a birth parent and a young person', async () => {
    for (const key of ['lena', 'noah'] as const) {
      const visitor = await visitorFor(agency.people[key]);
      expect((await visitor.get('/daily-records/mine')).statusCode).toBe(403);
      expect((await visitor.get('/daily-records/reports')).statusCode).toBe(403);
      expect((await visitor.get('/daily-records')).statusCode).toBe(403);
    }
  });
});

describe('writing', () => {
  it('is only for the carers a child lives with now: Asha may not write about Noah, Sam writes nothing', async () => {
    const asha = await visitorFor(agency.people.asha);
    const sam = await visitorFor(agency.people.sam);
    const record = { kind: 'daily_log', occurredOn: '2026-11-23', body: 'Should not be saved' };
    expect((await asha.get(`${timelineOf(agency.noah)}/new`)).statusCode).toBe(404);
    expect((await asha.post(timelineOf(agency.noah), record)).statusCode).toBe(404);
    expect((await sam.get(`${timelineOf(agency.leo)}/new`)).statusCode).toBe(403);
    expect((await sam.post(timelineOf(agency.leo), record)).statusCode).toBe(403);
    const saved = await database.db
      .select({ id: dailyRecords.id })
      .from(dailyRecords)
      .where(eq(dailyRecords.body, 'Should not be saved'));
    expect(saved).toEqual([]);
    expect(
      (
        await auditedAs(database.db, {
          actorId: agency.people.sam.id,
          action: 'daily_record.write',
          recordId: agency.leo,
        })
      ).map((entry) => entry.outcome),
    ).toEqual(['refused', 'refused']);
  });
});
