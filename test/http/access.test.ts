import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/core/db/connect.ts';
import { auditEvents } from '../../src/core/db/tables.ts';
import { startTestApp, Visitor, type TestApp } from '../support/app.ts';
import { openTestDatabase } from '../support/database.ts';
import {
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.ts';

// Sam supervises Oak, where Asha fosters Leo and Mia. Sara supervises Elm, where Ben fosters Noah,
// who lived at Oak before. Birch is applying to foster. Lena is Leo's mother; Noah has an account.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
const people: Record<string, TestUser> = {};
const ids = {} as Record<'oak' | 'elm' | 'birch' | 'leo' | 'mia' | 'noah', string>;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const user = async (key: string, role: TestUser['role']) => {
    people[key] = await buildUser(db, {
      role,
      name: `${key[0]!.toUpperCase()}${key.slice(1)} Test`,
    });
    return people[key]!;
  };
  await user('priya', 'registered_manager');
  await user('alex', 'administrator');
  await user('tom', 'training_coordinator');
  await user('rita', 'recruitment_officer');
  await user('lena', 'birth_parent');
  await user('noah', 'young_person');
  const sam = await user('sam', 'supervising_social_worker');
  const sara = await user('sara', 'supervising_social_worker');
  ids.oak = await buildHousehold(db, { name: 'Oak household', supervisingWorkerId: sam.id });
  ids.elm = await buildHousehold(db, { name: 'Elm household', supervisingWorkerId: sara.id });
  ids.birch = await buildHousehold(db, {
    name: 'Birch household',
    status: 'applicant',
    approvedOn: null,
  });
  await addCarer(db, ids.oak, await user('asha', 'foster_carer'));
  await addCarer(db, ids.elm, await user('ben', 'foster_carer'));
  ids.leo = await buildChild(db, { firstName: 'Leo', lastName: 'Lind' });
  ids.mia = await buildChild(db, { firstName: 'Mia', lastName: 'Moss' });
  ids.noah = await buildChild(db, {
    firstName: 'Noah',
    lastName: 'North',
    youngPersonUserId: people.noah!.id,
  });
  await placeChild(db, ids.leo, ids.oak);
  await placeChild(db, ids.mia, ids.oak);
  await placeChild(db, ids.noah, ids.oak, { startedOn: '2023-02-01', endedOn: '2024-05-01' });
  await placeChild(db, ids.noah, ids.elm, { startedOn: '2024-05-01' });
  await linkBirthParent(db, ids.leo, people.lena!);
  testApp = await startTestApp(database);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visitors = new Map<string, Visitor>();
async function signedIn(key: string): Promise<Visitor> {
  let visitor = visitors.get(key);
  if (!visitor) {
    visitor = new Visitor(testApp);
    await visitor.signIn(people[key]!.email, TEST_PASSWORD);
    visitors.set(key, visitor);
  }
  return visitor;
}

async function statusOf(key: string, url: string): Promise<number> {
  return (await (await signedIn(key)).get(url)).statusCode;
}

async function auditEntriesFor(key: string, action: string, recordId: string | null) {
  const rows = await database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, people[key]!.id), eq(auditEvents.action, action)));
  return rows.filter((row) => row.recordId === recordId);
}

describe('who reaches a child’s record', () => {
  it('Asha reads Leo, who lives with her; Ben, another carer, is told there is no such page', async () => {
    const asha = await (await signedIn('asha')).get(`/children/${ids.leo}`);
    expect(asha.statusCode).toBe(200);
    expect(asha.body).toContain('Leo Lind');
    const ben = await (await signedIn('ben')).get(`/children/${ids.leo}`);
    expect(ben.statusCode).toBe(404);
    expect(ben.body).not.toContain('Lind');

    expect(await auditEntriesFor('asha', 'child.read', ids.leo)).toEqual([
      expect.objectContaining({ outcome: 'done', recordType: 'child', actorRole: 'foster_carer' }),
    ]);
    expect(await auditEntriesFor('ben', 'child.read', ids.leo)).toEqual([
      expect.objectContaining({ outcome: 'refused', recordType: 'child' }),
    ]);
  });

  it('Asha no longer reaches Noah, who moved on from her home', async () => {
    expect(await statusOf('asha', `/children/${ids.noah}`)).toBe(404);
  });

  it('Lena, Leo’s mother, is refused his full record and told so; another child does not exist for her', async () => {
    const own = await (await signedIn('lena')).get(`/children/${ids.leo}`);
    expect(own.statusCode).toBe(403);
    expect(own.body).toContain('You cannot do that');
    expect(own.body).not.toContain('Oak household');
    expect(await statusOf('lena', `/children/${ids.mia}`)).toBe(404);
    expect(await auditEntriesFor('lena', 'child.read', ids.leo)).toEqual([
      expect.objectContaining({ outcome: 'refused' }),
    ]);
  });

  it('Noah is refused the staff record about him, and another child’s does not exist for him', async () => {
    expect(await statusOf('noah', `/children/${ids.noah}`)).toBe(403);
    expect(await statusOf('noah', `/children/${ids.leo}`)).toBe(404);
  });

  it('Sam reads the children in the homes he supervises, not Noah at Elm', async () => {
    expect(await statusOf('sam', `/children/${ids.leo}`)).toBe(200);
    expect(await statusOf('sam', `/children/${ids.noah}`)).toBe(404);
    expect(await statusOf('sara', `/children/${ids.noah}`)).toBe(200);
  });

  it('staff without children’s records are refused the list and find no child', async () => {
    for (const key of ['alex', 'tom', 'rita']) {
      expect(await statusOf(key, '/children')).toBe(403);
      expect(await statusOf(key, `/children/${ids.leo}`)).toBe(404);
    }
    expect(await statusOf('priya', `/children/${ids.noah}`)).toBe(200);
  });

  it('an address that is not a record’s id is a plain “not found”', async () => {
    expect(await statusOf('priya', '/children/not-an-id')).toBe(404);
    expect(await statusOf('priya', "/children/1'%20OR%201=1")).toBe(404);
    expect(await statusOf('priya', '/children/00000000-0000-4000-8000-000000000000')).toBe(404);
  });
});

describe('who reaches a household’s record', () => {
  it('Asha reads her own household, with its address; Ben’s does not exist for her', async () => {
    const own = await (await signedIn('asha')).get(`/households/${ids.oak}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('12 Test Street');
    expect(await statusOf('asha', `/households/${ids.elm}`)).toBe(404);
    expect(await auditEntriesFor('asha', 'household.read', ids.oak)).toEqual([
      expect.objectContaining({ outcome: 'done', fields: expect.arrayContaining(['address']) }),
    ]);
    expect(await auditEntriesFor('asha', 'household.read', ids.elm)).toEqual([
      expect.objectContaining({ outcome: 'refused', recordType: 'household' }),
    ]);
  });

  it('Sam reads Oak, allocated to him, and not Elm', async () => {
    expect(await statusOf('sam', `/households/${ids.oak}`)).toBe(200);
    expect(await statusOf('sam', `/households/${ids.elm}`)).toBe(404);
  });

  it('Rita reads Birch, which is applying, and not the approved households', async () => {
    expect(await statusOf('rita', `/households/${ids.birch}`)).toBe(200);
    expect(await statusOf('rita', `/households/${ids.oak}`)).toBe(404);
  });

  it('a parent, a young person and staff without households find none, and may not list them', async () => {
    for (const key of ['lena', 'noah', 'alex', 'tom']) {
      expect(await statusOf(key, `/households/${ids.oak}`)).toBe(404);
      expect(await statusOf(key, '/households')).toBe(403);
    }
  });

  it('a household that does not exist, or an address that is not an id, is “not found”', async () => {
    expect(await statusOf('priya', '/households/00000000-0000-4000-8000-000000000000')).toBe(404);
    expect(await statusOf('priya', '/households/oak')).toBe(404);
  });
});

describe('lists show only what the person may reach', () => {
  it('Asha’s list of children holds Leo and Mia, never Noah, as a page and as JSON', async () => {
    const asha = await signedIn('asha');
    const page = await asha.get('/children');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Leo Lind');
    expect(page.body).toContain('Mia Moss');
    expect(page.body).not.toContain('Noah');

    const json = await asha.get('/api/v1/children');
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ page: 1, pageSize: 50, total: 2 });
    const names = json.json().items.map((child: { firstName: string }) => child.firstName);
    expect(names.sort()).toEqual(['Leo', 'Mia']);
  });

  it('Sam’s list of households holds Oak, never Elm or Birch, as a page and as JSON', async () => {
    const sam = await signedIn('sam');
    const page = await sam.get('/households');
    expect(page.body).toContain('Oak household');
    expect(page.body).not.toContain('Elm household');
    expect(page.body).not.toContain('Birch household');
    const json = (await sam.get('/api/v1/households')).json();
    expect(json.items.map((household: { name: string }) => household.name)).toEqual([
      'Oak household',
    ]);
    expect(json.total).toBe(1);
  });

  it('Rita’s list holds only households applying to foster', async () => {
    const json = (await (await signedIn('rita')).get('/api/v1/households')).json();
    expect(json.items.map((household: { name: string }) => household.name)).toEqual([
      'Birch household',
    ]);
  });

  it('every page of a list seen is written to the audit trail', async () => {
    const before = (await auditEntriesFor('sara', 'child.list', null)).length;
    const sara = await signedIn('sara');
    await sara.get('/children');
    await sara.get('/api/v1/children');
    expect((await auditEntriesFor('sara', 'child.list', null)).length).toBe(before + 2);
  });
});

describe('the JSON API', () => {
  it('names each field it cannot accept, in a problem+json answer', async () => {
    const response = await (await signedIn('priya')).get('/api/v1/children?page=0&pageSize=500');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors).toEqual([
      { field: 'page', message: 'page must be a whole number, 1 or more' },
      { field: 'pageSize', message: 'pageSize must be a whole number from 1 to 100' },
    ]);
    const status = await (await signedIn('priya')).get('/api/v1/households?status=lost&page=x');
    expect(status.statusCode).toBe(400);
    expect(
      status
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['page', 'status']);
  });

  it('pages through a list', async () => {
    const priya = await signedIn('priya');
    const first = (await priya.get('/api/v1/children?pageSize=2')).json();
    const second = (await priya.get('/api/v1/children?pageSize=2&page=2')).json();
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('answers a child’s record to the carer it lives with, and “not found” to anyone unrelated', async () => {
    const record = await (await signedIn('asha')).get(`/api/v1/children/${ids.leo}`);
    expect(record.statusCode).toBe(200);
    expect(record.headers['cache-control']).toBe('no-store');
    expect(record.json()).toMatchObject({
      firstName: 'Leo',
      livingNow: { household: { id: ids.oak, name: 'Oak household' } },
      birthParents: [{ name: 'Lena Test', relationship: 'mother' }],
    });
    const stranger = await (await signedIn('ben')).get(`/api/v1/children/${ids.leo}`);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await (await signedIn('lena')).get(`/api/v1/children/${ids.leo}`)).statusCode).toBe(
      403,
    );
    expect((await (await signedIn('priya')).get('/api/v1/children/leo')).statusCode).toBe(404);
  });

  it('asks a caller without a session to sign in, in problem+json', async () => {
    const response = await new Visitor(testApp).get('/api/v1/children');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('signing in first', () => {
  it('sends someone who is not signed in to sign in, then back to the page they asked for', async () => {
    const response = await new Visitor(testApp).get(`/children/${ids.leo}`);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(
      `/sign-in?next=${encodeURIComponent(`/children/${ids.leo}`)}`,
    );
    for (const url of ['/households', '/audit']) {
      const other = await new Visitor(testApp).get(url);
      expect(other.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    }
  });

  it('keeps the audit trail to the registered manager', async () => {
    expect(await statusOf('priya', '/audit')).toBe(200);
    for (const key of ['alex', 'sam', 'asha', 'lena']) {
      expect(await statusOf(key, '/audit')).toBe(403);
    }
  });
});
