import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { Database } from '../../core/db/connect.ts';
import { consentDecisions } from '../../core/db/tables.ts';
import { parseConsentCookie } from './consent-cookie.ts';
import { toLocalPath } from './local-path.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const decisions = () =>
  database.db.select().from(consentDecisions).orderBy(asc(consentDecisions.decidedAt));

type SetCookie = { name: string; value: string; maxAge?: number; expires?: Date };
const cookieSet = (response: { cookies: unknown[] }, name: string) =>
  (response.cookies as SetCookie[]).find((cookie) => cookie.name === name);

const ANALYTICS_SCRIPT = /<script src="\/assets\/analytics\.[0-9a-f]+\.js" defer><\/script>/;

describe('a visitor’s cookie choice', () => {
  it('Ada accepts analytics: her choice is remembered for a year, recorded, and the script loads', async () => {
    const ada = new Visitor(testApp, '198.51.100.21');
    const before = await ada.get('/fostering');
    expect(before.body).toContain('class="cookie-banner"');

    const accepted = await ada.post('/consent', { analytics: 'accept', returnTo: '/fostering' });
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe('/fostering');
    const consent = cookieSet(accepted, 'kf_consent');
    expect(consent?.value).toMatch(/^v1:analytics:[A-Za-z0-9_-]{22}$/);
    expect(consent?.maxAge).toBe(365 * 24 * 60 * 60);
    expect(cookieSet(accepted, 'kf_aid')?.value).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const [recorded] = await decisions();
    expect(recorded).toMatchObject({
      id: consent!.value.split(':')[2],
      decision: 'accepted',
      categories: ['analytics'],
      policyVersion: 'v1',
      replacesId: null,
    });
    // Proof of the choice, and nothing that says who made it.
    expect(Object.keys(recorded!).sort()).toEqual(
      ['categories', 'decidedAt', 'decision', 'id', 'policyVersion', 'replacesId'].sort(),
    );

    const after = await ada.get('/fostering');
    expect(after.body).toMatch(ANALYTICS_SCRIPT);
    expect(after.body).toContain('<meta name="csrf-token" content="');
    expect(after.body).not.toContain('class="cookie-banner"');
    expect(after.body).toContain('you have accepted analytics cookies');
  });

  it('Ben rejects analytics: no analytics cookie, no script, and the banner goes away', async () => {
    const ben = new Visitor(testApp, '198.51.100.22');
    await ben.get('/news');
    const rejected = await ben.post('/consent', { analytics: 'reject', returnTo: '/news' });
    expect(rejected.statusCode).toBe(303);
    expect(rejected.headers.location).toBe('/news');
    expect(cookieSet(rejected, 'kf_consent')?.value).toMatch(/^v1:none:/);
    expect(cookieSet(rejected, 'kf_aid')?.value ?? '').toBe('');
    const page = await ben.get('/news');
    expect(page.body).not.toMatch(ANALYTICS_SCRIPT);
    expect(page.body).not.toContain('class="cookie-banner"');
    expect((await decisions()).at(-1)).toMatchObject({ decision: 'rejected', categories: [] });
  });

  it('Cara accepts, then opts out: the withdrawal is recorded against her choice and the script goes', async () => {
    const cara = new Visitor(testApp, '198.51.100.23');
    await cara.get('/');
    const accepted = await cara.post('/consent', { analytics: 'accept', returnTo: '/' });
    const acceptedId = cookieSet(accepted, 'kf_consent')!.value.split(':')[2];
    expect((await cara.get('/opt-out')).body).toContain('Analytics cookies are on.');

    const optedOut = await cara.post('/opt-out', {});
    expect(optedOut.statusCode).toBe(303);
    expect(optedOut.headers.location).toBe('/opt-out');
    expect(cookieSet(optedOut, 'kf_consent')?.value).toMatch(/^v1:none:/);
    const deleted = cookieSet(optedOut, 'kf_aid');
    expect(deleted?.value).toBe('');
    expect(deleted?.expires?.getTime()).toBeLessThan(Date.now());

    expect((await decisions()).at(-1)).toMatchObject({
      decision: 'withdrawn',
      categories: [],
      replacesId: acceptedId,
    });
    const page = await cara.get('/opt-out');
    expect(page.body).toContain('Analytics cookies are off.');
    expect(page.body).not.toMatch(ANALYTICS_SCRIPT);
    expect((await cara.get('/fostering')).body).not.toMatch(ANALYTICS_SCRIPT);
  });

  it('goes back only to a page on this site', async () => {
    const dan = new Visitor(testApp, '198.51.100.24');
    await dan.get('/');
    for (const [returnTo, expected] of [
      ['//evil.example/steal', '/'],
      ['https://evil.example/', '/'],
      ['/\\evil.example', '/'],
      ['/news?page=2', '/news?page=2'],
    ]) {
      const response = await dan.post('/consent', { analytics: 'reject', returnTo: returnTo! });
      expect(response.headers.location).toBe(expected);
    }
  });

  it('refuses a choice sent without the form’s token, and records nothing', async () => {
    const eve = new Visitor(testApp, '198.51.100.25');
    await eve.get('/');
    const count = (await decisions()).length;
    const refused = await eve.post('/consent', { _csrf: '', analytics: 'accept' });
    expect(refused.statusCode).toBe(403);
    expect(cookieSet(refused, 'kf_consent')).toBeUndefined();
    expect(await decisions()).toHaveLength(count);
  });

  it('answers a choice that is neither yes nor no with a page saying so, not an error', async () => {
    const fay = new Visitor(testApp, '198.51.100.26');
    await fay.get('/');
    const response = await fay.post('/consent', { analytics: 'maybe' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Choose whether to accept analytics cookies');
  });

  it('asks again when the choice was made under an older cookie policy', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/fostering',
      headers: { cookie: 'kf_consent=v0:analytics:abcdefghijklmnopqrstuv' },
    });
    expect(response.body).toContain('class="cookie-banner"');
    expect(response.body).not.toMatch(ANALYTICS_SCRIPT);
  });
});

describe('reading the consent cookie and the way back', () => {
  it.each([
    [undefined, { isDecided: false, hasAnalytics: false }],
    ['v1:analytics', { isDecided: true, hasAnalytics: true, decisionId: null }],
    ['v1:none:abcdefghijklmnopqrstuv', { isDecided: true, hasAnalytics: false }],
    ['v1:everything', { isDecided: false }],
    ['v2:analytics', { isDecided: false }],
  ])('reads %s', (value, expected) => {
    expect(parseConsentCookie(value)).toMatchObject(expected);
  });

  it.each([
    ['/cookies', '/cookies'],
    ['/news?tag=kinship%20care', '/news?tag=kinship%20care'],
    ['', '/'],
    ['javascript:alert(1)', '/'],
    ['/ok\nLocation: evil', '/'],
    [42, '/'],
  ])('goes back to %j as %s', (value, expected) => {
    expect(toLocalPath(value)).toBe(expected);
  });
});
