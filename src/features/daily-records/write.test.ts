import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pageText, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { Database } from '../../core/db/connect.ts';
import { dailyRecords } from '../../core/db/tables.ts';
import { auditedAs, buildAgency, NOW, startApp, type Agency } from './daily-records-test-kit.ts';
import { draftKeyFor } from './rules.ts';

// Asha writes Leo's daily record on her phone: the form, what it refuses, the draft, and what
// happens when her session times out while she is writing.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let agency: Agency;
let clock = NOW;
let asha: Visitor;

beforeAll(async () => {
  database = await openTestDatabase();
  agency = await buildAgency(database.db);
  ({ testApp } = await startApp(database, () => clock));
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});
beforeEach(async () => {
  clock = NOW;
  asha = new Visitor(testApp);
  await asha.signIn(agency.people.asha.email, agency.people.asha.password);
});

const formPath = () => `/children/${agency.leo}/daily-records/new`;
const postPath = () => `/children/${agency.leo}/daily-records`;

async function newest() {
  const [row] = await database.db
    .select()
    .from(dailyRecords)
    .orderBy(desc(dailyRecords.createdAt))
    .limit(1);
  return row;
}

describe('the form', () => {
  it('offers the three kinds in plain words, today’s date, moods and topics, and keeps a draft', async () => {
    const page = await asha.get(formPath());
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('Write about Leo');
    expect(text).toContain('Daily log How the day went');
    expect(text).toContain('Significant event Something out of the ordinary');
    expect(text).toContain('the child going missing');
    expect(text).toContain('an allegation against anyone');
    expect(page.body).toContain('value="2026-11-23"');
    expect(text).toContain('A daily log can be for today or a day since 16 November 2026');
    expect(page.body).toContain('name="topic_family_time"');
    expect(text).toContain('Family time');
    expect(page.body).toMatch(/<script src="\/assets\/record-draft\.[0-9a-f]+\.js" defer/);
    expect(page.body).toContain(
      `data-draft-key="${draftKeyFor(agency.people.asha.id, agency.leo)}"`,
    );
    expect(page.body).toContain('data-draft-restore="yes"');
    expect(text).toContain('cleared when you save, and after 7 days');
  });
});

describe('saving a record', () => {
  it('files it in Leo’s current home, whatever the form says, audits it and clears the draft', async () => {
    const sent = await asha.post(postPath(), {
      kind: 'daily_log',
      occurredOn: '2026-11-23',
      mood: 'good',
      topic_school: 'yes',
      topic_friends: 'yes',
      body: 'Leo walked to school with Sami and came home singing.',
      householdId: agency.elm,
      placementId: agency.placements.noahAtElm,
    });
    expect(sent.statusCode).toBe(303);
    const saved = await newest();
    expect(sent.headers.location).toBe(`/daily-records/${saved!.id}?written=1`);
    expect(saved).toMatchObject({
      childId: agency.leo,
      householdId: agency.oak,
      placementId: agency.placements.leoAtOak,
      authorId: agency.people.asha.id,
      kind: 'daily_log',
      occurredOn: '2026-11-23',
      mood: 'good',
      topics: ['school', 'friends'],
      body: 'Leo walked to school with Sami and came home singing.',
    });
    expect(
      await auditedAs(database.db, {
        actorId: agency.people.asha.id,
        action: 'daily_record.written',
        recordId: saved!.id,
      }),
    ).toEqual([
      {
        action: 'daily_record.written',
        outcome: 'done',
        recordType: 'daily_record',
        recordId: saved!.id,
      },
    ]);

    const after = await asha.get(sent.headers.location as string);
    expect(pageText(after.body)).toContain('The record is saved.');
    expect(after.body).toContain(
      `data-draft-clear="${draftKeyFor(agency.people.asha.id, agency.leo)}"`,
    );
    expect(after.body).toContain('record-draft');
    // Only the page straight after saving tells the script to forget the draft.
    const later = await asha.get(`/daily-records/${saved!.id}`);
    expect(later.body).not.toContain('data-draft-clear');
  });

  it('shows the form again, naming each problem and keeping what was typed', async () => {
    const sent = await asha.post(postPath(), {
      kind: '',
      occurredOn: '2026-11-31',
      mood: 'sleepy',
      topic_sleep: 'yes',
      body: '   ',
    });
    expect(sent.statusCode).toBe(400);
    const text = pageText(sent.body);
    expect(text).toContain('There is a problem');
    expect(text).toContain('Choose what you are recording');
    expect(text).toContain('Enter a real date, like 2026-11-23');
    expect(text).toContain('Choose good, mixed or hard, or leave it');
    expect(text).toContain('Write what happened');
    expect(sent.body).toContain('href="#field-kind"');
    expect(sent.body).toContain('value="2026-11-31"');
    expect(sent.body).toMatch(/name="topic_sleep" value="yes" checked/);
    expect(sent.body).toContain('data-draft-restore="no"');
  });

  it('keeps a long account as it was typed when it is too long', async () => {
    const body = `Leo ${'and then '.repeat(1200)}slept.`;
    const sent = await asha.post(postPath(), { kind: 'daily_log', occurredOn: '2026-11-23', body });
    expect(sent.statusCode).toBe(400);
    expect(pageText(sent.body)).toContain('must be 10,000 characters or fewer');
    expect(sent.body).toContain('and then and then');
  });

  it.each([
    ['a future date', 'daily_log', '2026-11-24', 'The date cannot be in the future'],
    [
      'a log more than a week old',
      'daily_log',
      '2026-11-15',
      'A daily log can be written up to 7 days later: choose a date from 16 November 2026',
    ],
    [
      'a date before Leo came to live here',
      'significant_event',
      '2025-01-09',
      'The date must be on or after 10 January 2025, when Leo came to live with you',
    ],
  ])('refuses %s with words that say how to fix it', async (_case, kind, occurredOn, message) => {
    const sent = await asha.post(postPath(), { kind, occurredOn, body: 'Something happened.' });
    expect(sent.statusCode).toBe(400);
    expect(pageText(sent.body)).toContain(message);
    expect(sent.body).toContain('Something happened.');
  });

  it('accepts a significant event from longer ago than a week', async () => {
    const sent = await asha.post(postPath(), {
      kind: 'significant_event',
      occurredOn: '2026-11-02',
      body: 'Leo told me today about something that happened at his old school.',
    });
    expect(sent.statusCode).toBe(303);
  });
});

describe('a session that times out while Asha is writing', () => {
  it('keeps the record, every ticked topic included, until she signs in again and sends it', async () => {
    await asha.get(formPath());
    clock = new Date(NOW.getTime() + 61 * 60 * 1000);
    const fields = {
      kind: 'daily_log',
      occurredOn: '2026-11-23',
      mood: 'mixed',
      topic_sleep: 'yes',
      topic_feelings: 'yes',
      body: 'Leo was tired and teary after a late night; we read together until he settled.',
    };
    const sent = await asha.post(postPath(), fields);
    const signInAt = new URL(sent.headers.location as string, 'http://kinfold.test');
    expect(signInAt.pathname).toBe('/sign-in');
    const resumeAt = signInAt.searchParams.get('next')!;
    expect(resumeAt).toMatch(/^\/resume\//);

    await asha.get(`/sign-in?${signInAt.searchParams}`);
    await asha.post('/sign-in', {
      email: agency.people.asha.email,
      password: agency.people.asha.password,
      next: resumeAt,
    });
    const offer = await asha.get(resumeAt);
    expect(offer.statusCode).toBe(200);
    expect(offer.body).toContain(`action="${postPath()}"`);
    expect(pageText(offer.body)).toContain(fields.body);

    const held = Object.fromEntries(
      [...offer.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)]
        .filter(([, name]) => name !== '_csrf')
        .map(([, name, value]) => [name!, value!.replace(/&#39;/g, "'")]),
    );
    expect(held).toEqual(fields);
    const resent = await asha.post(postPath(), held);
    expect(resent.statusCode).toBe(303);
    expect(await newest()).toMatchObject({
      body: fields.body,
      mood: 'mixed',
      topics: ['feelings', 'sleep'],
    });
  });
});

describe('where a new record is filed', () => {
  it('belongs to the placement that is current, and only that one', async () => {
    const rows = await database.db
      .select({ placementId: dailyRecords.placementId })
      .from(dailyRecords)
      .where(eq(dailyRecords.childId, agency.leo));
    expect(new Set(rows.map((row) => row.placementId))).toEqual(
      new Set([agency.placements.leoAtOak]),
    );
  });
});
