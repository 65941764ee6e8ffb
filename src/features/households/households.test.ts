import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestApp,
  type TestApp,
  signedInVisitor,
  pageText,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  addCarer,
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { householdMembers } from '../../core/db/tables.ts';

// Sam supervises the Oak household in Northfield: Asha and her son Dev live there, with Leo.
// The Birch household is applying to foster.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let sam: TestUser;
let oak: string;
let leo: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });
  sam = await buildUser(db, {
    role: 'supervising_social_worker',
    name: 'Sam Ortiz',
    email: 'sam.ortiz@example.org',
  });
  oak = await buildHousehold(db, {
    reference: 'HH-0042',
    name: 'Oak household',
    areaId: await buildArea(db, 'Northfield'),
    addressLine: '3 Orchard Row',
    town: 'Northfield',
    postcode: 'NF1 2AB',
    approvedOn: '2024-01-15',
    maxChildren: 2,
    ageFrom: 5,
    ageTo: 12,
    supervisingWorkerId: sam.id,
  });
  await addCarer(db, oak, await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' }));
  await db.insert(householdMembers).values({
    householdId: oak,
    firstName: 'Dev',
    lastName: 'Patel',
    memberRole: 'birth_child',
    dateOfBirth: '2010-04-04',
  });
  leo = await buildChild(db, { firstName: 'Leo', lastName: 'Lind', dateOfBirth: '2015-06-01' });
  await placeChild(db, leo, oak, { careType: 'long_term', startedOn: '2024-02-02' });
  await buildHousehold(db, { name: 'Birch household', status: 'applicant', approvedOn: null });
  testApp = await startTestApp(database, {}, () => new Date('2026-11-22T10:00:00Z'));
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visitorFor = (user: TestUser) => signedInVisitor(testApp, user);

const text = pageText;

describe('a household’s record', () => {
  it('tells Sam about the household he supervises: its terms, where it is, who lives there', async () => {
    const page = text((await (await visitorFor(sam)).get(`/households/${oak}`)).body);
    expect(page).toContain('Reference HH-0042');
    expect(page).toContain('Status Approved');
    expect(page).toContain('Care Foster care');
    expect(page).toContain('Area Northfield');
    expect(page).toContain('Approved on 15 January 2024');
    expect(page).toContain('Terms of approval Up to 2 children, aged 5 to 12');
    expect(page).toContain('3 Orchard Row Northfield NF1 2AB');
    expect(page).toContain('Carers Asha Patel');
    expect(page).toContain('Dev Patel · Child of the family, aged 16');
    expect(page).toContain('Leo Lind , 11 · Long-term care, since 2 February 2024');
    expect(page).toContain('Supervising social worker Sam Ortiz ( sam.ortiz@example.org )');
  });

  it('says what an applicant household does not have yet', async () => {
    const list = (
      await (await visitorFor(priya)).get('/api/v1/households?status=applicant')
    ).json();
    const page = text(
      (await (await visitorFor(priya)).get(`/households/${list.items[0].id}`)).body,
    );
    expect(page).toContain('Status Applying');
    expect(page).toContain('Approved on Not approved yet');
    expect(page).toContain('No children are living here now.');
    expect(page).toContain('No supervising social worker is allocated yet.');
  });
});

describe('the list of households', () => {
  it('shows each household with its status, area, children and worker', async () => {
    const page = text((await (await visitorFor(priya)).get('/households')).body);
    expect(page).toContain('2 households');
    expect(page).toContain(
      'Oak household HH-0042 Approved Foster care Northfield 1 of 2 1 vacancy Sam Ortiz',
    );
    expect(page).toContain('Birch household');
  });

  it('filters by status, keeping the choice in the form', async () => {
    const response = await (await visitorFor(priya)).get('/households?status=applicant');
    const page = text(response.body);
    expect(page).toContain('1 household');
    expect(page).toContain('Birch household');
    expect(page).not.toContain('Oak household');
    expect(response.body).toContain('<option value="applicant" selected');
  });

  it('explains a status it does not know, and shows every household instead of failing', async () => {
    const response = await (await visitorFor(priya)).get('/households?status=closed');
    expect(response.statusCode).toBe(400);
    const page = text(response.body);
    expect(page).toContain('There is a problem');
    expect(page).toContain('Choose a status from the list');
    expect(page).toContain('2 households');
  });

  it('pages fifty at a time, keeping the filter in the links', async () => {
    for (let index = 0; index < 50; index += 1) {
      await buildHousehold(database.db, { name: `Household ${String(index).padStart(2, '0')}` });
    }
    const manager = await visitorFor(priya);
    const first = await manager.get('/households?status=approved');
    expect(first.body).toContain('Page 1 of 2');
    expect(first.body).toContain('href="/households?status=approved&amp;page=2"');
    const second = text((await manager.get('/households?status=approved&page=2')).body);
    expect(second).toContain('Oak household');
    expect(second).not.toContain('Household 00');
  });
});
