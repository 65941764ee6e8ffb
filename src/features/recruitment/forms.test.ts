import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { actorFor, buildUser, ctxFor, TEST_PASSWORD } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { prospectiveCarers, recruitmentNotes, statutoryChecks } from '../../core/db/tables.ts';
import { moveToNextStage } from './changes-service.ts';
import { createPanel, listPanels, readPanel } from './panel-service.ts';
import { readProspect } from './service.ts';
import { advanceTo, enquire } from './test-helpers.ts';

// Rita fills in every recruitment form wrongly, once each. Every time she gets the form back
// (400, never 500) with a summary of the problems, the message by the field, and what she typed.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let rita: Visitor;
let priya: Visitor;
const ids = {} as Record<
  'olu' | 'ada' | 'ben' | 'cai' | 'check' | 'panel' | 'item' | 'adult',
  string
>;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const officer = await buildUser(db, { role: 'recruitment_officer' });
  const manager = await buildUser(db, { role: 'registered_manager' });
  const asOfficer = ctxFor(db, await actorFor(db, officer));
  ids.olu = await enquire(db, new Date(), { firstName: 'Olu' });
  ids.ada = await enquire(db, new Date(), { firstName: 'Ada' });
  await advanceTo(asOfficer, ids.ada, 'stage_one', { appliedOn: today, panelOn: today });
  const record = await readProspect(asOfficer, ids.ada);
  ids.adult = record.adults[0]!.id;
  await db.insert(statutoryChecks).values({
    prospectiveCarerId: ids.ada,
    adultId: ids.adult,
    kind: 'dbs',
    requestedOn: today,
  });
  const [check] = await db.select().from(statutoryChecks);
  ids.check = check!.id;
  ids.ben = await enquire(db, new Date(), { firstName: 'Ben' });
  await advanceTo(asOfficer, ids.ben, 'panel', { appliedOn: today, panelOn: today });
  const { meetings } = await listPanels(asOfficer);
  ids.panel = meetings[0]!.id;
  ids.item = (await readPanel(asOfficer, ids.panel)).agenda[0]!.id;
  ids.cai = await enquire(db, new Date(), { firstName: 'Cai' });
  await advanceTo(asOfficer, ids.cai, 'agency_decision', { appliedOn: today, panelOn: today });
  await createPanel(asOfficer, { meetsOn: today, chair: 'Another chair', members: [] });
  await moveToNextStage(asOfficer, ids.olu, { fromStage: 'enquiry' });
  await moveToNextStage(asOfficer, ids.olu, { fromStage: 'initial_conversation' });
  testApp = await startTestApp(database);
  rita = new Visitor(testApp);
  await rita.signIn(officer.email, TEST_PASSWORD);
  priya = new Visitor(testApp, '198.51.100.8');
  await priya.signIn(manager.email, TEST_PASSWORD);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

type Case = {
  story: string;
  who?: 'rita' | 'priya';
  url: () => string;
  fields: () => Record<string, string>;
  message: string;
  kept?: string;
};

const LONG = 'x'.repeat(6000);
const record = (key: keyof typeof ids, path: string) => () => `/recruitment/${ids[key]}/${path}`;

const CASES: Case[] = [
  {
    story: 'an officer who is not on the team',
    url: record('olu', 'officer'),
    fields: () => ({ officerId: 'someone' }),
    message: 'Choose someone from the list',
  },
  {
    story: 'a next action date that is not a date',
    url: record('olu', 'next-action'),
    fields: () => ({ nextAction: 'Ring back', nextActionOn: '31/02/2026' }),
    message: 'as a real date',
    kept: 'Ring back',
  },
  {
    story: 'a date for the next action with nothing to do',
    url: record('olu', 'next-action'),
    fields: () => ({ nextAction: '', nextActionOn: today }),
    message: 'Enter what the next action is',
    kept: today,
  },
  {
    story: 'an empty note',
    url: record('olu', 'notes'),
    fields: () => ({ noteBody: '   ' }),
    message: 'Enter the note',
  },
  {
    story: 'a note far too long',
    url: record('olu', 'notes'),
    fields: () => ({ noteBody: LONG }),
    message: '5000 characters or fewer',
    kept: LONG,
  },
  {
    story: 'applying without a date',
    url: record('olu', 'stage'),
    fields: () => ({ fromStage: 'home_visit', appliedOn: '' }),
    message: 'Enter the date of the application',
  },
  {
    story: 'applying on a date to come',
    url: record('olu', 'stage'),
    fields: () => ({ fromStage: 'home_visit', appliedOn: '2999-01-01' }),
    message: 'cannot be in the future',
    kept: '2999-01-01',
  },
  {
    story: 'a stage that does not exist',
    url: record('olu', 'stage'),
    fields: () => ({ fromStage: 'nowhere' }),
    message: 'This form is out of date',
  },
  {
    story: 'withdrawing without a reason',
    url: record('olu', 'withdraw'),
    fields: () => ({ reason: '' }),
    message: 'Enter the reason',
  },
  {
    story: 'a panel before the application',
    url: record('ada', 'dates'),
    fields: () => ({ appliedOn: today, panelOn: '2001-01-01' }),
    message: 'on or after the date of the application',
    kept: '2001-01-01',
  },
  {
    story: 'an adult with no name',
    url: record('ada', 'adults/new'),
    fields: () => ({ firstName: '', lastName: 'Stone', relationship: 'joint_applicant' }),
    message: 'Enter their first name',
    kept: 'Stone',
  },
  {
    story: 'an adult who belongs oddly',
    url: record('ada', 'adults/new'),
    fields: () => ({ firstName: 'Jon', lastName: 'Stone', relationship: 'lodger?' }),
    message: 'Choose how they belong',
    kept: 'Jon',
  },
  {
    story: 'a check back before it was asked for',
    url: record('ada', 'checks/new'),
    fields: () => ({
      adultId: ids.adult,
      kind: 'dbs',
      detail: 'Ref 123',
      requestedOn: today,
      receivedOn: '2001-01-01',
      outcome: 'satisfactory',
    }),
    message: 'on or after the date it was asked for',
    kept: 'Ref 123',
  },
  {
    story: 'a check with an outcome but not back',
    url: record('ada', 'checks/new'),
    fields: () => ({
      adultId: ids.adult,
      kind: 'medical',
      requestedOn: today,
      outcome: 'concerns',
    }),
    message: 'Enter the date it came back',
  },
  {
    story: 'a check of nobody',
    url: record('ada', 'checks/new'),
    fields: () => ({ adultId: '', kind: 'medical', requestedOn: today }),
    message: 'Choose the adult',
  },
  {
    story: 'a check asked for on a date to come',
    url: record('ada', 'checks/new'),
    fields: () => ({ adultId: ids.adult, kind: 'medical', requestedOn: '2999-01-01' }),
    message: 'cannot be in the future',
    kept: '2999-01-01',
  },
  {
    story: 'a check changed to a kind that does not exist',
    url: () => `/recruitment/${ids.ada}/checks/${ids.check}`,
    fields: () => ({
      adultId: ids.adult,
      kind: 'horoscope',
      requestedOn: today,
      detail: 'Typed detail',
    }),
    message: 'Choose the kind of check',
    kept: 'Typed detail',
  },
  {
    story: 'a report section with no progress',
    url: record('ada', 'assessment'),
    fields: () => ({ background: 'finished-ish' }),
    message: 'has got',
  },
  {
    story: 'a panel meeting with no date or chair',
    url: () => '/recruitment/panels',
    fields: () => ({ meetsOn: 'soon', chair: '', members: 'Jo Patel' }),
    message: 'Enter the date of the meeting as a real date',
    kept: 'Jo Patel',
  },
  {
    story: 'adding someone who is not ready for panel',
    url: () => `/recruitment/panels/${ids.panel}/agenda`,
    fields: () => ({ prospectiveCarerId: ids.olu }),
    message: 'the panel hears people who have finished Stage 2',
  },
  {
    story: 'a recommendation to approve without terms',
    url: () => `/recruitment/panels/${ids.panel}/items/${ids.item}`,
    fields: () => ({ recommendation: 'approve', reasons: 'Typed reasons', maxChildren: 'two' }),
    message: 'how many children',
    kept: 'Typed reasons',
  },
  {
    story: 'a decision with terms the wrong way round',
    who: 'priya',
    url: record('cai', 'decision'),
    fields: () => ({
      recommendation: 'approve',
      reasons: 'Good home',
      maxChildren: '2',
      ageFrom: '12',
      ageTo: '3',
      careType_long_term: 'yes',
      decidedOn: today,
      careKind: 'foster',
    }),
    message: 'The oldest age must be',
    kept: 'Good home',
  },
  {
    story: 'a decision with no kind of care',
    who: 'priya',
    url: record('cai', 'decision'),
    fields: () => ({
      recommendation: 'approve',
      reasons: 'Good home',
      maxChildren: '2',
      ageFrom: '0',
      ageTo: '4',
      decidedOn: today,
      careKind: 'foster',
    }),
    message: 'Choose at least one kind of care',
    kept: 'Good home',
  },
  {
    story: 'a decision dated in the future',
    who: 'priya',
    url: record('cai', 'decision'),
    fields: () => ({ recommendation: 'not_approve', reasons: 'Not now', decidedOn: '2999-12-31' }),
    message: 'cannot be in the future',
    kept: '2999-12-31',
  },
];

describe('every recruitment form, filled in wrongly, comes back to be put right', () => {
  it.each(CASES)('$story', async ({ who, url, fields, message, kept }) => {
    const visitor = who === 'priya' ? priya : rita;
    const response = await visitor.post(url(), fields());
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain(message);
    expect(response.body).toContain('Error: ');
    if (kept) expect(response.body).toContain(kept);
  });

  it('changes nothing when a form comes back', async () => {
    const [olu] = await database.db
      .select()
      .from(prospectiveCarers)
      .where(eq(prospectiveCarers.id, ids.olu));
    expect(olu).toMatchObject({ stage: 'home_visit', officerId: null, nextAction: '' });
    expect(await database.db.select().from(recruitmentNotes)).toEqual([]);
  });
});

describe('lists and reports with filters that cannot be read', () => {
  it.each([
    ['/recruitment?stage=nowhere&source=pigeon', 'Choose a stage from the list'],
    ['/recruitment?view=table&officer=someone&page=-3', 'Choose someone from the list'],
    ['/recruitment/dashboard?from=yesterday&to=2001-01-01', 'Enter the first date as a real date'],
  ])('%s says what to fix, and still shows the page', async (url, message) => {
    const response = await rita.get(url);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(message);
    expect(response.body).toContain('<h1');
  });

  it('an export link with a filter that cannot be read says so, instead of a file', async () => {
    const response = await rita.get('/recruitment/export.csv?stage=nowhere');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Choose a stage from the list');
  });
});
