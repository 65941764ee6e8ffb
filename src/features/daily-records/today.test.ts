import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type TestApp, type Visitor } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { buildAgency, insertRecord, startApp, type Agency } from './daily-records-test-kit.ts';

// Asha's daily records page: the children living with her, whether today's log is written, and a
// way to write it. Staff go straight to the reports waiting for them; the timeline filters by kind.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let visitorFor: (user: TestUser) => Promise<Visitor>;
let agency: Agency;

beforeAll(async () => {
  database = await openTestDatabase();
  agency = await buildAgency(database.db);
  ({ testApp, visitorFor } = await startApp(database));
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

describe('a carer’s children today', () => {
  it('shows Leo, not Noah who has moved on, and whether today’s log is written', async () => {
    const asha = await visitorFor(agency.people.asha);
    const before = pageText((await asha.get('/daily-records')).body);
    expect(before).toContain('Leo Lindqvist Not written yet today Write today’s record for Leo');
    expect(before).not.toContain('Noah');

    await asha.post(`/children/${agency.leo}/daily-records`, {
      kind: 'daily_log',
      occurredOn: '2026-11-23',
      body: 'Leo had pancakes and went to football.',
    });
    const after = pageText((await asha.get('/daily-records')).body);
    expect(after).toContain('Leo Lindqvist Today’s log is written Write another record for Leo');
  });

  it('sends staff on to the events and incidents waiting for them', async () => {
    const sam = await visitorFor(agency.people.sam);
    const answer = await sam.get('/daily-records');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/daily-records/reports');
  });
});

describe('the timeline’s filter', () => {
  it('shows one kind at a time, with the chosen one marked', async () => {
    const { people, oak, leo, placements } = agency;
    await insertRecord(database.db, {
      childId: leo,
      householdId: oak,
      placementId: placements.leoAtOak,
      authorId: people.asha.id,
      kind: 'significant_event',
      body: 'Leo’s old foster carer sent him a birthday card.',
    });
    const asha = await visitorFor(people.asha);
    const events = await asha.get(`/children/${leo}/daily-records?kind=significant_event`);
    expect(pageText(events.body)).toContain('birthday card');
    expect(pageText(events.body)).not.toContain('pancakes');
    expect(events.body).toMatch(/href="[^"]*kind=significant_event" aria-current="page"/);

    const incidents = pageText(
      (await asha.get(`/children/${leo}/daily-records?kind=notifiable_incident`)).body,
    );
    expect(incidents).toContain('No notifiable incidents are recorded for Leo.');
  });

  it('explains a filter it cannot read instead of failing', async () => {
    const asha = await visitorFor(agency.people.asha);
    const page = await asha.get(`/children/${agency.leo}/daily-records?kind=gossip&page=x`);
    expect(page.statusCode).toBe(400);
    expect(pageText(page.body)).toContain('Choose a kind of record to show, or show them all');
    expect(pageText(page.body)).toContain('pancakes');
  });
});
