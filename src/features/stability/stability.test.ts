import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
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
import type { Database, Db } from '../../core/db/connect.ts';
import {
  auditEvents,
  localAuthorities,
  matchingDecisions,
  referrals,
  type EndReasonKind,
} from '../../core/db/tables.ts';

// Today is Monday 23 November 2026. Hannah supervises Oak; Marcus supervises Elm; Pine is Priya's.
// - Ava (10) has had three homes this year and lives at Oak now; she came from a matching decision
//   that chose the household ranked first.
// - Cy (8) has had three homes this year and lives at Elm; his first came from a decision that
//   followed the ranking, and broke down.
// - Fay (12) has been in care three years and at Oak for 25 months.
// - Gus (10) has been in care since 2022 and moved to Elm in January, where the worker chose the
//   household ranked second.
// - Hal is 16; Jo left care in 2024.
const clock = new Date('2026-11-23T10:00:00Z');
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let hannah: TestUser;
let asha: TestUser;
let ava: string;
let cy: string;

async function fromMatching(db: Db, rank: number, householdId: string, decidedBy: string) {
  const [authority] = await db
    .insert(localAuthorities)
    .values({ name: `Northshire ${rank}-${householdId.slice(0, 8)}` })
    .returning({ id: localAuthorities.id });
  const [referral] = await db
    .insert(referrals)
    .values({
      reference: `R-${rank}-${householdId.slice(0, 8)}`,
      authorityId: authority!.id,
      receivedVia: 'staff',
      childFirstName: 'A',
      childLastName: 'Child',
      childDateOfBirth: '2016-01-01',
      careType: 'long_term',
      urgency: 'planned',
      status: 'placed',
    })
    .returning({ id: referrals.id });
  await db.insert(matchingDecisions).values({
    referralId: referral!.id,
    householdId,
    chosenRank: rank,
    reasons: 'Closest to school',
    ranking: [],
    weights: {},
    decidedBy,
  });
  return referral!.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });
  hannah = await buildUser(db, { role: 'supervising_social_worker', name: 'Hannah Kowalski' });
  const marcus = await buildUser(db, { role: 'supervising_social_worker', name: 'Marcus Reid' });
  asha = await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' });
  const oak = await buildHousehold(db, { name: 'Oak household', supervisingWorkerId: hannah.id });
  const elm = await buildHousehold(db, { name: 'Elm household', supervisingWorkerId: marcus.id });
  const pine = await buildHousehold(db, { name: 'Pine household' });
  await addCarer(db, oak, asha);
  const child = (firstName: string, dateOfBirth: string) =>
    buildChild(db, { firstName, lastName: 'Test', dateOfBirth });
  const ended = (on: string, kind: EndReasonKind) => ({ endedOn: on, endReasonKind: kind });

  ava = await child('Ava', '2016-03-01');
  await placeChild(db, ava, pine, {
    startedOn: '2026-01-05',
    ...ended('2026-03-01', 'disruption'),
  });
  await placeChild(db, ava, elm, { startedOn: '2026-03-01', ...ended('2026-08-03', 'planned') });
  await placeChild(db, ava, oak, {
    startedOn: '2026-08-03',
    referralId: await fromMatching(db, 1, oak, priya.id),
  });

  cy = await child('Cy', '2018-05-01');
  await placeChild(db, cy, pine, {
    startedOn: '2025-12-01',
    referralId: await fromMatching(db, 1, pine, priya.id),
    ...ended('2026-02-01', 'disruption'),
  });
  await placeChild(db, cy, oak, { startedOn: '2026-02-01', ...ended('2026-06-01', 'planned') });
  await placeChild(db, cy, elm, { startedOn: '2026-06-01' });

  const fay = await child('Fay', '2014-05-01');
  await placeChild(db, fay, pine, { startedOn: '2023-11-01', ...ended('2024-10-20', 'planned') });
  await placeChild(db, fay, oak, { startedOn: '2024-10-20' });

  const gus = await child('Gus', '2016-05-01');
  await placeChild(db, gus, pine, {
    startedOn: '2022-01-10',
    ...ended('2026-01-01', 'move_to_siblings_or_kin'),
  });
  await placeChild(db, gus, elm, {
    startedOn: '2026-01-01',
    referralId: await fromMatching(db, 2, elm, marcus.id),
  });

  await placeChild(db, await child('Hal', '2010-11-01'), pine, { startedOn: '2020-01-01' });
  await placeChild(db, await child('Jo', '2015-01-01'), pine, {
    startedOn: '2020-01-01',
    ...ended('2024-06-01', 'return_home'),
  });
  testApp = await startTestApp(database, {}, () => clock);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const reportFor = async (user: TestUser) =>
  (await signedInVisitor(testApp, user)).get('/stability');

describe('the stability report', () => {
  it('gives Priya England’s two measures as numbers and shares, with where they come from', async () => {
    const response = await reportFor(priya);
    expect(response.statusCode).toBe(200);
    const page = pageText(response.body);
    expect(page).toContain('The year from 23 November 2025 to today');
    expect(page).toContain(
      '3 or more placements in the year 40% 2 of 5 children in care during the year had 3 or more placements.',
    );
    expect(page).toContain(
      'In the same home for 2 years or more 50% 1 of 2 children under 16 in care for 2.5 years or more have lived in the same home for 2 years or more.',
    );
    expect(page).toContain('Department for Education, children looked after in England');
    expect(response.body).toContain('<svg class="bar-chart"');
    expect(page).toContain('3 or more placements in the year 2 5 40%');
  });

  it('counts this year’s endings by why', async () => {
    const page = pageText((await reportFor(priya)).body);
    expect(page).toContain('5 placements ended in the last 12 months.');
    expect(page).toContain('Unplanned ending (disruption) 2 40%');
    expect(page).toContain('Planned ending 2 40%');
    expect(page).toContain('Moved towards brothers, sisters or kin 1 20%');
    expect(page).toContain('Returned home 0 0%');
  });

  it('sets placements that followed the ranking beside those that chose another household', async () => {
    const page = pageText((await reportFor(priya)).body);
    expect(page).toContain(
      '2 where the worker chose the household ranked first, 1 where they chose another',
    );
    expect(page).toContain('Still going 1 (50%) 1 (100%)');
    expect(page).toContain('Ended: Unplanned ending (disruption) 1 (50%) 0 (0%)');
  });

  it('lists the children with many moves for those who may read them', async () => {
    const everyone = pageText((await reportFor(priya)).body);
    expect(everyone).toContain('Child Placements this year Ava Test 3 Cy Test 3');
    const response = await reportFor(hannah);
    expect(response.statusCode).toBe(200);
    const hers = pageText(response.body);
    expect(hers).toContain('Ava Test 3');
    expect(hers).not.toContain('Cy Test');
    expect(hers).toContain('1 more child lives in households you do not work with.');
    expect(response.body).toContain(`href="/children/${ava}/placements"`);
    expect(response.body).not.toContain(cy);
  });

  it('is refused to a carer, and audited as a read of the children behind it', async () => {
    expect((await reportFor(asha)).statusCode).toBe(403);
    await reportFor(hannah);
    const [entry] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, hannah.id), eq(auditEvents.action, 'child.list')));
    expect(entry).toMatchObject({ recordType: 'child', recordId: null, fields: ['stability'] });
  });
});
