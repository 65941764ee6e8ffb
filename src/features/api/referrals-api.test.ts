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
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { apiKeys, auditEvents, referrals } from '../../core/db/tables.ts';
import { buildApiKey, buildAuthority, buildReferral, referralJson } from '../referrals/test-kit.ts';

// Northshire and Riverbank councils refer children. Northshire's system has a key in use and an
// old one, revoked; Riverbank's system has its own. Sam supervises the Oak household, where
// Asha cares for children; Priya is the registered manager.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let sam: TestUser;
let northshire: { id: string; key: string; keyId: string; revokedKey: string };
let riverbank: { id: string; key: string };
let oak: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  await buildArea(db, 'Northfield');
  await buildArea(db, 'Riverside');
  priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });
  sam = await buildUser(db, { role: 'supervising_social_worker', name: 'Sam Ortiz' });
  oak = await buildHousehold(db, { name: 'Oak household', supervisingWorkerId: sam.id });
  await addCarer(db, oak, await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' }));
  const northshireId = await buildAuthority(db, 'Northshire County Council');
  const current = await buildApiKey(db, northshireId);
  const revoked = await buildApiKey(db, northshireId, {
    label: 'Old system',
    revokedAt: new Date('2026-10-01T09:00:00Z'),
  });
  northshire = { id: northshireId, key: current.key, keyId: current.id, revokedKey: revoked.key };
  const riverbankId = await buildAuthority(db, 'Riverbank City Council');
  riverbank = { id: riverbankId, key: (await buildApiKey(db, riverbankId)).key };
  testApp = await startTestApp(database, {}, () => new Date('2026-11-23T10:00:00Z'));
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

function send(options: {
  method: 'GET' | 'POST';
  url: string;
  key?: string | null;
  body?: unknown;
  raw?: string;
  contentType?: string;
}) {
  return testApp.app.inject({
    method: options.method,
    url: options.url,
    headers: {
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...(options.body !== undefined || options.raw !== undefined
        ? { 'content-type': options.contentType ?? 'application/json' }
        : {}),
    },
    ...(options.raw !== undefined
      ? { payload: options.raw }
      : options.body !== undefined
        ? { payload: JSON.stringify(options.body) }
        : {}),
  });
}

const postReferral = (key: string | null, body: unknown = referralJson()) =>
  send({ method: 'POST', url: '/api/v1/referrals', key, body });

async function refusalsInTrail() {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'api_key.refused'), eq(auditEvents.recordType, 'api_key')));
}

describe('a council’s system sends a referral', () => {
  it('is told where to follow it, and Sam and Priya find it among the referrals', async () => {
    const response = await postReferral(northshire.key);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      reference: expect.stringMatching(/^R-2026-\d{4}$/),
      status: 'new',
      links: { self: `/api/v1/referrals/${created.id}` },
    });
    expect(response.headers.location).toBe(`/api/v1/referrals/${created.id}`);

    for (const person of [sam, priya]) {
      const list = pageText(
        (await (await signedInVisitor(testApp, person)).get('/referrals')).body,
      );
      expect(list).toContain('Kai B., 14');
      expect(list).toContain(created.reference);
      expect(list).toContain('Northshire County Council');
      expect(list).toContain('Immediate');
    }
  });

  it('files the referral under the key’s council, whatever the body says, and names the stray field', async () => {
    const response = await postReferral(
      riverbank.key,
      referralJson({ authorityId: northshire.id }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: 'authorityId',
        message:
          'authorityId is not a field Kinfold accepts: the local authority is always the one the API key belongs to',
      },
    ]);

    const accepted = (
      await postReferral(riverbank.key, referralJson({ childFirstName: 'Ola' }))
    ).json();
    const [row] = await database.db
      .select({ authorityId: referrals.authorityId, via: referrals.receivedVia })
      .from(referrals)
      .where(eq(referrals.id, accepted.id));
    expect(row).toEqual({ authorityId: riverbank.id, via: 'api' });
  });

  it('is written to the audit trail with no person as the actor, and the key notes its last use', async () => {
    const created = (await postReferral(northshire.key)).json();
    const [entry] = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'referral.received'), eq(auditEvents.recordId, created.id)),
      );
    expect(entry).toMatchObject({ actorId: null, actorRole: null, outcome: 'done' });
    expect(entry!.fields).toContain('child_first_name');
    const [key] = await database.db
      .select({ lastUsedAt: apiKeys.lastUsedAt })
      .from(apiKeys)
      .where(eq(apiKeys.id, northshire.keyId));
    expect(key!.lastUsedAt).toEqual(new Date('2026-11-23T10:00:00Z'));
  });
});

describe('a caller without a good key', () => {
  it.each([
    ['no key', null],
    ['a key nobody made', 'kf_notarealkeyatallnotarealkeyatallnotareal'],
    ['a revoked key', 'revoked'],
  ])('with %s gets 401 problem+json, and the refusal is kept without the key', async (_, key) => {
    const sent = key === 'revoked' ? northshire.revokedKey : key;
    const before = (await refusalsInTrail()).length;
    for (const request of [
      postReferral(sent),
      send({ method: 'GET', url: '/api/v1/referrals', key: sent }),
    ]) {
      const response = await request;
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.json()).toMatchObject({ status: 401, title: 'API key required' });
    }
    const refusals = await refusalsInTrail();
    expect(refusals.length).toBe(before + 2);
    for (const refusal of refusals.slice(before)) {
      expect(refusal).toMatchObject({ recordId: null, outcome: 'refused', actorId: null });
      if (sent) expect(JSON.stringify(refusal)).not.toContain(sent.slice(3, 11));
    }
  });

  it('is refused before its body is read: a bad key with broken JSON is still 401', async () => {
    const response = await send({
      method: 'POST',
      url: '/api/v1/referrals',
      key: 'kf_wrong',
      raw: '{"childFirstName": ',
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('a body the API cannot accept', () => {
  it('is answered 400 problem+json naming every field to correct, and nothing is stored', async () => {
    const before = (await database.db.select({ id: referrals.id }).from(referrals)).length;
    const response = await postReferral(northshire.key, {
      childLastName: '  ',
      childDateOfBirth: '2020-02-30',
      careType: 'forever',
      urgency: 'planned',
      neededBy: '2026-11-01',
      needs: ['attachment', 'flying'],
      siblingsCount: 2,
      siblingsAges: [4],
      schoolArea: 'Atlantis',
      schoolLatitude: 53.8,
      socialWorkerName: 'Amir Haddad',
      socialWorkerEmail: 'not an email',
      favouriteColour: 'blue',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const errors = Object.fromEntries(
      response
        .json()
        .errors.map((error: { field: string; message: string }) => [error.field, error.message]),
    );
    expect(errors).toEqual({
      childFirstName: 'childFirstName is required: the child’s first name, as text',
      childLastName: 'childLastName cannot be blank: the child’s last name',
      childDateOfBirth: 'childDateOfBirth is required: a real date like 2016-04-21',
      careType:
        'careType is required: one of emergency, short_term, long_term, short_break, parent_and_child, remand',
      neededBy: 'neededBy cannot be in the past',
      'needs.1': expect.stringMatching(/^needs must hold only these codes: attachment, trauma/),
      siblingsAges: 'siblingsAges must hold one age for each of the 2 brothers and sisters',
      schoolArea: 'schoolArea must be one of the agency’s areas: Northfield, Riverside',
      schoolLongitude:
        'schoolLongitude is needed too: send both latitude and longitude, or neither',
      socialWorkerEmail: 'socialWorkerEmail must be an email address like name@council.gov.uk',
      favouriteColour: 'favouriteColour is not a field Kinfold accepts',
    });
    expect((await database.db.select({ id: referrals.id }).from(referrals)).length).toBe(before);
  });

  it('answers 400 to a body that is not JSON, and 415 to one not sent as JSON', async () => {
    const broken = await send({
      method: 'POST',
      url: '/api/v1/referrals',
      key: northshire.key,
      raw: '{"childFirstName": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(broken.json().title).toBe('The JSON body could not be read.');

    const list = await postReferral(northshire.key, [referralJson()]);
    expect(list.statusCode).toBe(400);
    expect(list.json().errors).toEqual([
      { field: 'body', message: 'The body must be a JSON object holding the fields' },
    ]);

    const text = await send({
      method: 'POST',
      url: '/api/v1/referrals',
      key: northshire.key,
      raw: 'childFirstName=Kai',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('following referrals', () => {
  it('lists only the council’s own referrals, the newest first, a page at a time', async () => {
    const db = database.db;
    await buildReferral(db, riverbank.id, {
      childFirstName: 'Older',
      receivedAt: new Date('2026-01-05'),
    });
    await buildReferral(db, riverbank.id, {
      childFirstName: 'Newer',
      receivedAt: new Date('2026-11-22'),
    });
    const page = (
      await send({ method: 'GET', url: '/api/v1/referrals?pageSize=2', key: riverbank.key })
    ).json();
    expect(page).toMatchObject({ page: 1, pageSize: 2 });
    const all = (
      await send({ method: 'GET', url: '/api/v1/referrals', key: riverbank.key })
    ).json();
    expect(all.total).toBe(page.total);
    const names = all.items.map((item: { child: { firstName: string } }) => item.child.firstName);
    expect(names).toContain('Older');
    expect(names.indexOf('Newer')).toBeLessThan(names.indexOf('Older'));
    expect(names).not.toContain('Mia');
    const rows = await db.select({ authorityId: referrals.authorityId }).from(referrals);
    expect(all.total).toBe(rows.filter((row) => row.authorityId === riverbank.id).length);

    const bad = await send({
      method: 'GET',
      url: '/api/v1/referrals?status=lost',
      key: riverbank.key,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('status');
  });

  it('answers “not found” when one council asks for another’s referral', async () => {
    const theirs = await buildReferral(database.db, northshire.id);
    const own = await send({
      method: 'GET',
      url: `/api/v1/referrals/${theirs}`,
      key: northshire.key,
    });
    expect(own.statusCode).toBe(200);
    const other = await send({
      method: 'GET',
      url: `/api/v1/referrals/${theirs}`,
      key: riverbank.key,
    });
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(
      (await send({ method: 'GET', url: '/api/v1/referrals/R-2026-0001', key: riverbank.key }))
        .statusCode,
    ).toBe(404);
  });

  it('shows the agency’s reply, and once the child is placed the start and kind of care, never the household', async () => {
    const db = database.db;
    const id = await buildReferral(db, northshire.id, { childFirstName: 'Noor' });
    const priyaVisitor = await signedInVisitor(testApp, priya);
    await priyaVisitor.post(`/referrals/${id}/respond`, {
      status: 'matching',
      response: 'We are looking for a family near her school.',
    });
    const child = await buildChild(db, { firstName: 'Noor' });
    await placeChild(db, child, oak, {
      referralId: id,
      startedOn: '2026-11-21',
      careType: 'long_term',
    });
    await db.update(referrals).set({ status: 'placed' }).where(eq(referrals.id, id));

    const response = await send({
      method: 'GET',
      url: `/api/v1/referrals/${id}`,
      key: northshire.key,
    });
    expect(response.headers['cache-control']).toBe('no-store');
    const referral = response.json();
    expect(referral).toMatchObject({
      status: 'placed',
      response: 'We are looking for a family near her school.',
      respondedAt: '2026-11-23T10:00:00.000Z',
      placement: { startedOn: '2026-11-21', careType: 'long_term' },
      child: { firstName: 'Noor', lastName: 'Price', dateOfBirth: '2017-03-14' },
    });
    expect(response.body).not.toContain(oak);
    expect(response.body).not.toContain('Oak');
    expect(response.body).not.toContain('Asha');
    expect(response.body).not.toContain('Test Street');
  });
});
