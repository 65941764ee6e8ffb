import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { apiKeys, auditEvents, localAuthorities } from '../../core/db/tables.ts';
import { buildAuthority, buildReferral, referralJson } from './test-kit.ts';

// Alex administers Kinfold and Priya manages the agency: both set up the councils that refer
// children. Sam, a supervising social worker, takes referrals but does not hand out keys.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let alex: TestUser;
let priya: TestUser;
let sam: TestUser;

beforeAll(async () => {
  database = await openTestDatabase();
  alex = await buildUser(database.db, { role: 'administrator', name: 'Alex Kim' });
  priya = await buildUser(database.db, { role: 'registered_manager', name: 'Priya Shah' });
  sam = await buildUser(database.db, { role: 'supervising_social_worker', name: 'Sam Ortiz' });
  testApp = await startTestApp(database, {}, () => new Date('2026-11-23T10:00:00Z'));
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const auditFor = (action: string) =>
  database.db.select().from(auditEvents).where(eq(auditEvents.action, action));

function postReferral(key: string) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/v1/referrals',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    payload: JSON.stringify(referralJson()),
  });
}

describe('local authorities', () => {
  it('Alex adds a council; the list shows it with its referrals; the same name in capitals is refused', async () => {
    const visitor = await signedInVisitor(testApp, alex);
    const added = await visitor.post('/admin/authorities/new', {
      name: 'Westmoor Borough Council',
      email: 'placements@westmoor.example.gov.uk',
    });
    expect(added.statusCode).toBe(303);
    const id = added.headers.location!.split('/').pop()!;
    await buildReferral(database.db, id);
    const list = pageText((await visitor.get('/admin/authorities')).body);
    expect(list).toContain('Westmoor Borough Council placements@westmoor.example.gov.uk 1 None');

    const again = await visitor.post('/admin/authorities/new', {
      name: 'WESTMOOR borough council',
      email: 'nope',
    });
    expect(again.statusCode).toBe(400);
    const page = pageText(again.body);
    expect(page).toContain(
      'Enter the email address for referrals like placements@council.gov.uk, or leave it blank',
    );
    const fixedEmail = await visitor.post('/admin/authorities/new', {
      name: 'WESTMOOR borough council',
      email: '',
    });
    expect(pageText(fixedEmail.body)).toContain(
      'There is already a local authority called WESTMOOR borough council. Open that one instead, or enter a different name',
    );
    expect(fixedEmail.body).toContain('value="WESTMOOR borough council"');
    expect(await database.db.select().from(localAuthorities)).toHaveLength(1);
    expect((await auditFor('authority.saved'))[0]).toMatchObject({
      actorId: alex.id,
      recordType: 'local_authority',
      recordId: id,
    });
  });

  it('Priya renames a council, but not to another council’s name', async () => {
    const db = database.db;
    const id = await buildAuthority(db, 'Eastvale District Council');
    await buildAuthority(db, 'Southport City Council');
    const visitor = await signedInVisitor(testApp, priya);
    const clash = await visitor.post(`/admin/authorities/${id}`, {
      name: 'southport city council',
      email: '',
    });
    expect(clash.statusCode).toBe(400);
    expect(pageText(clash.body)).toContain('There is already a local authority called');
    const renamed = await visitor.post(`/admin/authorities/${id}`, {
      name: 'Eastvale Council',
      email: '',
    });
    expect(renamed.statusCode).toBe(303);
    const [row] = await db
      .select({ name: localAuthorities.name })
      .from(localAuthorities)
      .where(eq(localAuthorities.id, id));
    expect(row!.name).toBe('Eastvale Council');
  });

  it('is not Sam’s to set up', async () => {
    const visitor = await signedInVisitor(testApp, sam);
    expect((await visitor.get('/admin/authorities')).statusCode).toBe(403);
    expect((await visitor.get('/admin/authorities/new')).statusCode).toBe(403);
    const id = await buildAuthority(database.db, 'Hillshire Council');
    expect(
      (await visitor.post(`/admin/authorities/${id}/keys`, { label: 'Mine' })).statusCode,
    ).toBe(403);
    expect(await database.db.select().from(apiKeys).where(eq(apiKeys.authorityId, id))).toEqual([]);
  });
});

describe('API keys', () => {
  it('shows a new key once, keeps only its fingerprint, and the key works until it is revoked', async () => {
    const db = database.db;
    const id = await buildAuthority(db, 'Riverbank City Council');
    const visitor = await signedInVisitor(testApp, priya);

    const missing = await visitor.post(`/admin/authorities/${id}/keys`, { label: '' });
    expect(missing.statusCode).toBe(400);
    expect(pageText(missing.body)).toContain('Enter a label that says where the key is used');

    const made = await visitor.post(`/admin/authorities/${id}/keys`, { label: 'Care system' });
    expect(made.statusCode).toBe(201);
    const key = /kf_[A-Za-z0-9_-]{43}/.exec(made.body)?.[0];
    expect(key).toBeDefined();
    expect(pageText(made.body)).toContain(`Authorization: Bearer ${key}`);
    expect(pageText(made.body)).toContain('The key is shown only this once');

    const [stored] = await db.select().from(apiKeys).where(eq(apiKeys.authorityId, id));
    expect(stored!.keyHash).toBe(createHash('sha256').update(key!).digest('hex'));
    expect(stored!.keyPrefix).toBe(key!.slice(3, 11));
    expect(JSON.stringify(stored)).not.toContain(key!);
    const later = await visitor.get(`/admin/authorities/${id}`);
    expect(later.body).not.toContain(key!);
    expect(pageText(later.body)).toContain(
      `Care system (kf_${key!.slice(3, 11)}…) 23 Nov 2026, 10:00 Never In use`,
    );

    expect((await postReferral(key!)).statusCode).toBe(201);
    const [used] = await db.select().from(apiKeys).where(eq(apiKeys.id, stored!.id));
    expect(used!.lastUsedAt).toEqual(new Date('2026-11-23T10:00:00Z'));

    const revoked = await visitor.post(`/admin/authorities/${id}/keys/${stored!.id}/revoke`, {});
    expect(revoked.statusCode).toBe(303);
    expect(pageText((await visitor.get(`/admin/authorities/${id}`)).body)).toContain(
      'The key is revoked: it no longer works.',
    );
    expect((await postReferral(key!)).statusCode).toBe(401);
    expect(
      (await visitor.post(`/admin/authorities/${id}/keys/${stored!.id}/revoke`, {})).statusCode,
    ).toBe(303);

    const created = await auditFor('api_key.created');
    expect(created.find((entry) => entry.recordId === stored!.id)).toMatchObject({
      actorId: priya.id,
      recordType: 'api_key',
    });
    expect(
      (await auditFor('api_key.revoked')).filter((e) => e.recordId === stored!.id),
    ).toHaveLength(1);
  });

  it('cannot be revoked through another council’s page', async () => {
    const db = database.db;
    const ours = await buildAuthority(db, 'Ours Council');
    const theirs = await buildAuthority(db, 'Theirs Council');
    const visitor = await signedInVisitor(testApp, priya);
    const made = await visitor.post(`/admin/authorities/${theirs}/keys`, { label: 'Theirs' });
    const key = /kf_[A-Za-z0-9_-]{43}/.exec(made.body)![0];
    const [stored] = await db.select().from(apiKeys).where(eq(apiKeys.authorityId, theirs));
    const wrong = await visitor.post(`/admin/authorities/${ours}/keys/${stored!.id}/revoke`, {});
    expect(wrong.statusCode).toBe(404);
    expect((await postReferral(key)).statusCode).toBe(201);
  });
});
