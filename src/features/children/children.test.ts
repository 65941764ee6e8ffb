import { and, eq } from 'drizzle-orm';
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
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents } from '../../core/db/tables.ts';

// Leo, known as Lee, lived with Ben's family (the Elm household) until he moved to Asha's (Oak),
// closer to his school. Lena is his mother. Zoe has gone home and lives with no household now.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let asha: TestUser;
let oak: string;
let leo: string;
let zoe: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });
  asha = await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' });
  const lena = await buildUser(db, { role: 'birth_parent', name: 'Lena Lind' });
  oak = await buildHousehold(db, { name: 'Oak household' });
  const elm = await buildHousehold(db, { name: 'Elm household' });
  await addCarer(db, oak, asha);
  leo = await buildChild(db, {
    firstName: 'Leonard',
    preferredName: 'Lee',
    lastName: 'Lind',
    dateOfBirth: '2015-06-01',
    legalStatus: 'Care order (s31)',
    placingAuthority: 'Northshire County Council',
  });
  await placeChild(db, leo, elm, {
    careType: 'short_term',
    startedOn: '2023-01-09',
    endedOn: '2024-02-02',
    endReason: 'Moved closer to his school',
  });
  await placeChild(db, leo, oak, { careType: 'long_term', startedOn: '2024-02-02' });
  await linkBirthParent(db, leo, lena);
  zoe = await buildChild(db, { firstName: 'Zoe', lastName: 'Zed', legalStatus: '' });
  await placeChild(db, zoe, elm, { startedOn: '2022-01-01', endedOn: '2025-09-30' });
  testApp = await startTestApp(database, {}, () => new Date('2026-11-22T10:00:00Z'));
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visitorFor = (user: TestUser) => signedInVisitor(testApp, user);

const text = pageText;

describe('a child’s record', () => {
  it('tells the manager who Lee is, where he lives, where he has lived and who his birth family are', async () => {
    const page = text((await (await visitorFor(priya)).get(`/children/${leo}`)).body);
    expect(page).toContain('Lee Lind');
    expect(page).toContain('Known as Lee');
    expect(page).toContain('Date of birth 1 June 2015');
    expect(page).toContain('Age 11');
    expect(page).toContain('Legal status Care order (s31)');
    expect(page).toContain('Placing authority Northshire County Council');
    expect(page).toContain('Where Lee lives now Household Oak household Since 2 February 2024');
    expect(page).toContain('Care Long-term care');
    expect(page).toContain('2 February 2024 to now Living here now');
    expect(page).toContain(
      '9 January 2023 to 2 February 2024 Elm household · Short-term care · Why it ended: Moved closer to his school',
    );
    expect(page).toContain('Birth family Lena Lind · Mother');
    expect(page).toContain('Who has looked at Lee’s record');
  });

  it('shows Asha the homes Lee had before hers without naming the family he lived with', async () => {
    const page = text((await (await visitorFor(asha)).get(`/children/${leo}`)).body);
    expect(page).toContain('Another household · Short-term care');
    expect(page).not.toContain('Elm household');
    expect(page).not.toContain('Who has looked at');
  });

  it('says plainly when a child lives with none of the agency’s households now', async () => {
    const page = text((await (await visitorFor(priya)).get(`/children/${zoe}`)).body);
    expect(page).toContain('Zoe is not living with one of our households now');
    expect(page).toContain('Legal status Not recorded');
  });

  it('writes each read to the audit trail with what it showed', async () => {
    await (await visitorFor(asha)).get(`/children/${leo}`);
    const reads = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, asha.id), eq(auditEvents.action, 'child.read')));
    expect(reads.at(-1)).toMatchObject({
      recordType: 'child',
      recordId: leo,
      outcome: 'done',
      fields: expect.arrayContaining(['names', 'homes', 'birth_parents']),
    });
  });
});

describe('the list of children', () => {
  it('shows each child with their age and where they live now', async () => {
    const page = text((await (await visitorFor(priya)).get('/children')).body);
    expect(page).toContain('2 children');
    expect(page).toContain('Lee Lind 11 None recorded Oak household 2 February 2024');
    expect(page).toContain('Zoe Zed');
    expect(page).toContain('Not with one of our households');
  });

  it('pages fifty at a time', async () => {
    for (let index = 0; index < 50; index += 1) {
      await buildChild(database.db, { firstName: `Child${String(index).padStart(2, '0')}` });
    }
    const manager = await visitorFor(priya);
    const first = await manager.get('/children');
    expect(first.body).toContain('Page 1 of 2');
    expect(first.body).toContain('href="/children?page=2"');
    expect(first.body).not.toContain('Zoe Zed');
    const second = text((await manager.get('/children?page=2')).body);
    expect(second).toContain('Lee Lind');
    expect(second).toContain('Zoe Zed');
    expect(second).not.toContain('Child00');
  });

  it('explains a page number it cannot read, above the first page', async () => {
    const response = await (await visitorFor(priya)).get('/children?page=two');
    expect(response.statusCode).toBe(400);
    const page = text(response.body);
    expect(page).toContain(
      'The page number must be a whole number, 1 or more. Here is the first page.',
    );
    expect(page).toContain('Child00');
  });
});
