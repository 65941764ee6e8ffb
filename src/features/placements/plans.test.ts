import { and, eq } from 'drizzle-orm';
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
import { auditEvents, childDelegatedAuthority, placementPlans } from '../../core/db/tables.ts';

// Today is Monday 23 November 2026. Leo moved to the Oak household on Wednesday; Hannah supervises
// it and Asha cares for him there. His social worker has said his carers may arrange haircuts.
// Mo lived with the Oak household until October; his plan is kept as it was.
const clock = new Date('2026-11-23T10:00:00Z');
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let hannah: TestUser;
let marcus: TestUser;
let asha: TestUser;
let leo: string;
let leoAtOak: string;
let moAtOak: string;
let hannahVisits: Visitor;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });
  hannah = await buildUser(db, { role: 'supervising_social_worker', name: 'Hannah Kowalski' });
  marcus = await buildUser(db, { role: 'supervising_social_worker', name: 'Marcus Reid' });
  asha = await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' });
  const oak = await buildHousehold(db, { name: 'Oak household', supervisingWorkerId: hannah.id });
  await addCarer(db, oak, asha);
  leo = await buildChild(db, { firstName: 'Leo', lastName: 'Lind' });
  leoAtOak = await placeChild(db, leo, oak, { careType: 'long_term', startedOn: '2026-11-18' });
  await db.insert(childDelegatedAuthority).values({
    childId: leo,
    topic: 'haircuts',
    decidedBy: 'carers',
    notes: 'Talk to Leo first',
  });
  const mo = await buildChild(db, { firstName: 'Mo', lastName: 'Mills' });
  moAtOak = await placeChild(db, mo, oak, {
    startedOn: '2026-01-05',
    endedOn: '2026-10-01',
    endReasonKind: 'planned',
  });
  testApp = await startTestApp(database, {}, () => clock);
  hannahVisits = await signedInVisitor(testApp, hannah);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const planOf = async (placementId: string) =>
  (
    await database.db
      .select()
      .from(placementPlans)
      .where(eq(placementPlans.placementId, placementId))
  )[0];

const aPlan = {
  agreedOn: '2026-11-20',
  dailyRoutines: 'Breakfast at 7.30, bed by 8.30 on school nights.',
  education: 'Stays at Hillside Primary; Asha drives.',
  health: '',
  familyTime: 'Saturdays with mum at the family centre.',
  otherArrangements: '',
};

describe('the placement plan page', () => {
  it('shows Hannah when Leo’s plan is due and why, with who decides what beside it', async () => {
    const response = await hannahVisits.get(`/placements/${leoAtOak}/plan`);
    expect(response.statusCode).toBe(200);
    const page = pageText(response.body);
    expect(page).toContain('Placement plan for Leo');
    expect(page).toContain('Due Due by 25 November 2026 Why is this due?');
    expect(page).toContain('Source: Care Planning, Placement and Case Review');
    expect(page).toContain('Who decides what (delegated authority)');
    expect(page).toContain('Haircuts The carers – Talk to Leo first');
    expect(response.body).toContain(`href="/children/${leo}/delegated-authority"`);
    const [read] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, hannah.id), eq(auditEvents.action, 'child.read')));
    expect(read).toMatchObject({
      recordId: leo,
      fields: ['placement_plan', 'delegated_authority'],
    });
  });

  it('names each problem and keeps what was typed when the plan has no date and no parts', async () => {
    const response = await hannahVisits.post(`/placements/${leoAtOak}/plan`, {
      ...aPlan,
      agreedOn: '',
      dailyRoutines: '',
      education: '',
      familyTime: '',
      health: 'Inhaler in the school bag',
    });
    expect(response.statusCode).toBe(400);
    const page = pageText(response.body);
    expect(page).toContain('There is a problem');
    expect(page).toContain('Enter the date the plan was agreed');
    expect(response.body).toContain('href="#field-agreedOn"');
    expect(response.body).toContain('Inhaler in the school bag');
    expect(await planOf(leoAtOak)).toBeUndefined();
  });

  it('asks again for a plan agreed in the future, or long before Leo arrived', async () => {
    const future = await hannahVisits.post(`/placements/${leoAtOak}/plan`, {
      ...aPlan,
      agreedOn: '2026-11-24',
    });
    expect(future.statusCode).toBe(400);
    expect(pageText(future.body)).toContain(
      'The date the plan was agreed cannot be in the future: enter today or an earlier day',
    );
    expect(future.body).toContain('Stays at Hillside Primary; Asha drives.');
    const early = await hannahVisits.post(`/placements/${leoAtOak}/plan`, {
      ...aPlan,
      agreedOn: '2026-10-01',
    });
    expect(early.statusCode).toBe(400);
    expect(pageText(early.body)).toContain(
      'Enter a date from 19 October 2026: a plan is agreed at most 30 days before the placement starts (18 November 2026)',
    );
    const nonsense = await hannahVisits.post(`/placements/${leoAtOak}/plan`, {
      ...aPlan,
      agreedOn: '2026-02-30',
    });
    expect(pageText(nonsense.body)).toContain('Enter a real date for the date the plan was agreed');
    expect(await planOf(leoAtOak)).toBeUndefined();
  });

  it('saves the plan, says so on Leo’s page, and audits the change', async () => {
    const response = await hannahVisits.post(`/placements/${leoAtOak}/plan`, aPlan);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/children/${leo}/placements`);
    const page = pageText((await hannahVisits.get(`/children/${leo}/placements`)).body);
    expect(page).toContain('The placement plan is saved.');
    expect(page).toContain('Agreed Agreed on 20 November 2026');
    expect(page).toContain('Daily routines Breakfast at 7.30, bed by 8.30 on school nights.');
    expect(page).toContain('Change the placement plan');
    expect(await planOf(leoAtOak)).toMatchObject({ agreedOn: '2026-11-20', recordedBy: hannah.id });
    const [saved] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'placement.plan_saved'));
    expect(saved).toMatchObject({
      actorId: hannah.id,
      recordType: 'placement',
      recordId: leoAtOak,
      outcome: 'done',
    });
  });

  it('shows the plan to Asha on Leo’s page, but the plan page is for staff only', async () => {
    const visitor = await signedInVisitor(testApp, asha);
    expect(pageText((await visitor.get(`/children/${leo}/placements`)).body)).toContain(
      'Family time Saturdays with mum at the family centre.',
    );
    expect((await visitor.get(`/placements/${leoAtOak}/plan`)).statusCode).toBe(403);
    expect((await visitor.post(`/placements/${leoAtOak}/plan`, aPlan)).statusCode).toBe(403);
  });

  it('is not found for Marcus, who does not supervise Leo’s home, or for a placement that does not exist', async () => {
    const visitor = await signedInVisitor(testApp, marcus);
    expect((await visitor.get(`/placements/${leoAtOak}/plan`)).statusCode).toBe(404);
    expect((await visitor.post(`/placements/${leoAtOak}/plan`, aPlan)).statusCode).toBe(404);
    expect(
      (await visitor.get('/placements/00000000-0000-4000-8000-000000000000/plan')).statusCode,
    ).toBe(404);
  });

  it('keeps an ended placement’s plan as it was', async () => {
    const visitor = await signedInVisitor(testApp, priya);
    const page = pageText((await visitor.get(`/placements/${moAtOak}/plan`)).body);
    expect(page).toContain('This placement ended on 1 October 2026');
    expect(page).toContain('No plan was recorded.');
    const response = await visitor.post(`/placements/${moAtOak}/plan`, aPlan);
    expect(response.statusCode).toBe(409);
    expect(pageText(response.body)).toContain('its plan can no longer be changed');
    expect(await planOf(moAtOak)).toBeUndefined();
  });
});
