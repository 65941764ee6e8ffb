import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let clock: Date;
const advanceMinutes = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60 * 1000);
};

beforeAll(async () => {
  database = await openTestDatabase();
  clock = new Date();
  testApp = await startTestApp(database, {}, () => clock);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

describe('signing in', () => {
  it('locks an account after five wrong passwords, even against the right one, and says how long to wait', async () => {
    const asha = await buildUser(database.db, { role: 'foster_carer' });
    const guesser = new Visitor(testApp, '198.51.100.11');
    await guesser.get('/sign-in');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await guesser.post('/sign-in', {
        email: asha.email,
        password: `guess ${attempt}`,
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain('The email address or password is not right');
    }

    const ashaAtHome = new Visitor(testApp, '198.51.100.12');
    await ashaAtHome.get('/sign-in');
    const refused = await ashaAtHome.post('/sign-in', {
      email: asha.email,
      password: TEST_PASSWORD,
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('900');
    expect(refused.body).toContain('too many attempts to sign in to this account');
    expect(refused.body).toContain('Try again in 15 minutes');
    expect(ashaAtHome.sessionToken).toBeUndefined();

    advanceMinutes(16);
    expect(
      (await ashaAtHome.post('/sign-in', { email: asha.email, password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(303);
  });

  it('locks an address after twenty wrong passwords across different accounts', async () => {
    const ben = await buildUser(database.db, { role: 'foster_carer' });
    const sprayer = new Visitor(testApp, '198.51.100.13');
    await sprayer.get('/sign-in');
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const response = await sprayer.post('/sign-in', {
        email: `someone-${attempt}@example.org`,
        password: 'password1234',
      });
      expect(response.statusCode).toBe(400);
    }

    const refused = await sprayer.post('/sign-in', { email: ben.email, password: TEST_PASSWORD });
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('too many attempts to sign in from your network');
    expect(refused.body).toMatch(/Try again in \d+ minutes?/);

    // Ben, elsewhere, is not locked out by someone else's guessing.
    await new Visitor(testApp, '198.51.100.14').signIn(ben.email, TEST_PASSWORD);
  });
});

describe('sessions', () => {
  it('ends a session left idle for more than an hour, and says why on the sign-in page', async () => {
    const chloe = await buildUser(database.db, { role: 'supervising_social_worker' });
    const visitor = new Visitor(testApp, '198.51.100.15');
    await visitor.signIn(chloe.email, TEST_PASSWORD);

    advanceMinutes(59);
    expect((await visitor.get('/home')).statusCode).toBe(200);

    advanceMinutes(61);
    const expired = await visitor.get('/home');
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toMatch(/^\/sign-in\?.*expired=1/);
    const signInPage = await visitor.get(expired.headers.location as string);
    expect(signInPage.body).toContain(
      'You were signed out because Kinfold was not used for a while',
    );
  });

  it('signs out every device when a person asks to, this one included', async () => {
    const dan = await buildUser(database.db, { role: 'kinship_carer' });
    const phone = new Visitor(testApp, '198.51.100.16');
    const laptop = new Visitor(testApp, '198.51.100.17');
    await phone.signIn(dan.email, TEST_PASSWORD);
    await laptop.signIn(dan.email, TEST_PASSWORD);
    const someoneElse = await buildUser(database.db, { role: 'kinship_carer' });
    const other = new Visitor(testApp, '198.51.100.18');
    await other.signIn(someoneElse.email, TEST_PASSWORD);

    const done = await laptop.post('/sign-out-everywhere', {});
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/sign-in');
    expect((await laptop.get('/sign-in')).body).toContain('You have signed out on every device');

    expect((await phone.get('/home')).headers.location).toMatch(/^\/sign-in/);
    expect((await laptop.get('/home')).headers.location).toMatch(/^\/sign-in/);
    expect((await other.get('/home')).statusCode).toBe(200);
  });
});
