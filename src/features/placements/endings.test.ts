import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, placements } from '../../core/db/tables.ts';

// Today is Monday 23 November 2026. Hannah supervises four households: Oak, where Leo has lived
// since June and Ria since March; Birch, with room for one child and approved for long-term care;
// Ash, whose one place Mo fills; and Cedar, on hold. Marcus supervises Fir, which has room.
const clock = new Date('2026-11-23T10:00:00Z');
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let hannah: TestUser;
let asha: TestUser;
let oak: string;
let birch: string;
let ash: string;
let cedar: string;
let fir: string;
let leo: string;
let leoAtOak: string;
let riaAtOak: string;
let hannahVisits: Visitor;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  hannah = await buildUser(db, { role: 'supervising_social_worker', name: 'Hannah Kowalski' });
  const marcus = await buildUser(db, { role: 'supervising_social_worker', name: 'Marcus Reid' });
  asha = await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' });
  const worker = { supervisingWorkerId: hannah.id };
  oak = await buildHousehold(db, { name: 'Oak household', ...worker, maxChildren: 3 });
  birch = await buildHousehold(db, {
    name: 'Birch household',
    ...worker,
    maxChildren: 1,
    careTypes: ['long_term', 'short_term'],
  });
  ash = await buildHousehold(db, { name: 'Ash household', ...worker, maxChildren: 1 });
  cedar = await buildHousehold(db, { name: 'Cedar household', ...worker, status: 'on_hold' });
  fir = await buildHousehold(db, { name: 'Fir household', supervisingWorkerId: marcus.id });
  await addCarer(db, oak, asha);
  leo = await buildChild(db, { firstName: 'Leo', lastName: 'Lind' });
  leoAtOak = await placeChild(db, leo, oak, { careType: 'short_term', startedOn: '2026-06-01' });
  const ria = await buildChild(db, { firstName: 'Ria', lastName: 'Rao' });
  riaAtOak = await placeChild(db, ria, oak, { startedOn: '2026-03-02' });
  await placeChild(db, await buildChild(db, { firstName: 'Mo' }), ash);
  testApp = await startTestApp(database, {}, () => clock);
  hannahVisits = await signedInVisitor(testApp, hannah);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const placementsOf = (childId: string) =>
  database.db.select().from(placements).where(eq(placements.childId, childId));

const endingsAudited = async () =>
  (await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'placement.ended')))
    .length;

const moveLeo = (householdId: string, more: Record<string, string> = {}) =>
  hannahVisits.post(`/placements/${leoAtOak}/end`, {
    endedOn: '2026-11-20',
    reasonKind: 'move_to_siblings_or_kin',
    notes: 'Moving to live with his sister',
    moveTo: householdId,
    newStartedOn: '2026-11-20',
    newCareType: 'long_term',
    ...more,
  });

describe('ending a placement', () => {
  it('offers a move only to approved households Hannah supervises that have room', async () => {
    const response = await hannahVisits.get(`/placements/${leoAtOak}/end`);
    expect(response.statusCode).toBe(200);
    const page = pageText(response.body);
    expect(page).toContain('End Leo’s placement');
    expect(page).toContain('Birch household (0 of 1 places taken)');
    expect(page).not.toContain('Ash household');
    expect(page).not.toContain('Cedar household');
    expect(page).not.toContain('Fir household');
    expect(page).toContain('Unplanned ending (disruption)');
    expect(page).toContain('Moved towards brothers, sisters or kin');
  });

  it('asks again, keeping what was typed, for a disruption without notes', async () => {
    const response = await hannahVisits.post(`/placements/${leoAtOak}/end`, {
      endedOn: '2026-11-20',
      reasonKind: 'disruption',
      notes: '',
    });
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain(
      'Say what happened: an unplanned ending needs notes, so the agency can learn from it',
    );
    expect(response.body).toContain('href="#field-notes"');
    expect(response.body).toContain('value="2026-11-20"');
    expect(response.body).toMatch(/value="disruption"[^>]*checked/);
  });

  it('asks again for an ending dated before the placement began', async () => {
    const response = await hannahVisits.post(`/placements/${leoAtOak}/end`, {
      endedOn: '2026-05-31',
      reasonKind: 'disruption',
      notes: 'The carers could not manage nights',
    });
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain(
      'The placement cannot end before it started (1 June 2026): enter that day or a later one',
    );
    expect(response.body).toContain('The carers could not manage nights');
    expect((await placementsOf(leo))[0]?.endedOn).toBeNull();
  });

  it('asks why it ended, and refuses an ending in the future', async () => {
    const noReason = await hannahVisits.post(`/placements/${leoAtOak}/end`, {
      endedOn: '2026-11-20',
    });
    expect(pageText(noReason.body)).toContain('Choose why the placement ended');
    const future = await hannahVisits.post(`/placements/${leoAtOak}/end`, {
      endedOn: '2026-11-24',
      reasonKind: 'planned',
    });
    expect(future.statusCode).toBe(400);
    expect(pageText(future.body)).toContain('The placement cannot end in the future');
    expect(await endingsAudited()).toBe(0);
  });

  it('is refused to Asha, Leo’s carer: the agency’s social workers keep his placements', async () => {
    const visitor = await signedInVisitor(testApp, asha);
    expect((await visitor.get(`/placements/${leoAtOak}/end`)).statusCode).toBe(403);
  });
});

describe('moving to another of our households', () => {
  it('changes nothing when the new home has no room: Leo still lives at Oak', async () => {
    const response = await moveLeo(ash);
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain(
      'Ash household has no room: 1 of 1 places are taken. Choose another household',
    );
    const homes = await placementsOf(leo);
    expect(homes).toHaveLength(1);
    expect(homes[0]).toMatchObject({ householdId: oak, endedOn: null, endReasonKind: null });
    expect(await endingsAudited()).toBe(0);
  });

  it('changes nothing for a household Hannah does not supervise, or one not approved now', async () => {
    const elsewhere = await moveLeo(fir);
    expect(pageText(elsewhere.body)).toContain('Choose a household from the list');
    const onHold = await moveLeo(cedar);
    expect(pageText(onHold.body)).toContain(
      'Cedar household is not approved to care for children now',
    );
    const wrongCare = await moveLeo(birch, { newCareType: 'emergency' });
    expect(pageText(wrongCare.body)).toContain(
      'Birch household is not approved for emergency care',
    );
    expect(await placementsOf(leo)).toHaveLength(1);
    expect(await endingsAudited()).toBe(0);
  });

  it('asks for the date and care of the move, not before the ending', async () => {
    const response = await moveLeo(birch, { newStartedOn: '2026-11-19', newCareType: '' });
    expect(response.statusCode).toBe(400);
    const page = pageText(response.body);
    expect(page).toContain('Choose the kind of care in the new home');
    const later = await moveLeo(birch, { newStartedOn: '2026-11-19' });
    expect(pageText(later.body)).toContain('The child cannot move in before the placement ends');
  });

  it('ends Leo’s placement and starts his new one together, and audits both', async () => {
    const response = await moveLeo(birch);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/children/${leo}/placements`);
    const homes = await placementsOf(leo);
    expect(homes.find((home) => home.householdId === oak)).toMatchObject({
      endedOn: '2026-11-20',
      endReasonKind: 'move_to_siblings_or_kin',
      endReason: 'Moving to live with his sister',
      endedBy: hannah.id,
    });
    expect(homes.find((home) => home.householdId === birch)).toMatchObject({
      startedOn: '2026-11-20',
      endedOn: null,
      careType: 'long_term',
      createdBy: hannah.id,
    });
    const page = pageText((await hannahVisits.get(`/children/${leo}/placements`)).body);
    expect(page).toContain('The placement has ended, and the move to Birch household is recorded.');
    expect(page).toContain('Household Birch household');
    expect(page).toContain('Why it ended: Moved towards brothers, sisters or kin – Moving to live');
    const actions = (
      await database.db.select().from(auditEvents).where(eq(auditEvents.actorId, hannah.id))
    ).map((event) => event.action);
    expect(actions).toContain('placement.ended');
    expect(actions).toContain('placement.started');
  });

  it('says clearly that a placement already ended, and changes nothing', async () => {
    const page = pageText((await hannahVisits.get(`/placements/${leoAtOak}/end`)).body);
    expect(page).toContain('This placement already ended on 20 November 2026');
    const response = await moveLeo(birch);
    expect(response.statusCode).toBe(409);
    expect(pageText(response.body)).toContain(
      'This placement already ended on 20 November 2026. Nothing has been changed.',
    );
    expect(await placementsOf(leo)).toHaveLength(2);
  });
});

describe('ending without a move', () => {
  it('takes Hannah to the household’s children once Ria has gone home and is no longer hers to read', async () => {
    const response = await hannahVisits.post(`/placements/${riaAtOak}/end`, {
      endedOn: '2026-11-23',
      reasonKind: 'return_home',
      notes: '',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/households/${oak}/placements`);
    const page = pageText((await hannahVisits.get(response.headers.location!)).body);
    expect(page).toContain('The placement has ended.');
    expect(page).toContain('A child Long-term care 2 March 2026 23 November 2026');
    const [ria] = await database.db
      .select()
      .from(placements)
      .where(and(eq(placements.id, riaAtOak), isNull(placements.endedOn)));
    expect(ria).toBeUndefined();
  });
});
