import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { users } from '../../core/db/tables.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let clock: Date;
let nextIp = 40;
const newVisitor = () => new Visitor(testApp, `198.51.100.${nextIp++}`);

beforeAll(async () => {
  database = await openTestDatabase();
  clock = new Date();
  testApp = await startTestApp(database, {}, () => clock);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

/** The code an authenticator app would show now for this secret. */
async function codeFor(secret: string, at = clock): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** Sets up two-factor sign-in through the account pages, as a person would; returns the secret. */
async function enrol(visitor: Visitor): Promise<string> {
  const page = await visitor.get('/account/two-factor');
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('<svg');
  const typed = /<p class="secret" id="totp-secret">([A-Z2-7 ]+)<\/p>/.exec(page.body)?.[1];
  expect(typed, 'the key is shown as text for typing into an app').toBeDefined();
  const secret = typed!.replace(/ /g, '');
  const enabled = await visitor.post('/account/two-factor', { code: await codeFor(secret) });
  expect(enabled.statusCode).toBe(303);
  // Signing in comes later: the code used to set it up has been used and cannot be used again.
  clock = new Date(clock.getTime() + 120_000);
  return secret;
}

async function signInWithPassword(user: TestUser): Promise<Visitor> {
  const visitor = newVisitor();
  await visitor.signIn(user.email, TEST_PASSWORD);
  return visitor;
}

describe('two-factor sign-in', () => {
  it('lets Asha turn it on with a code from her app, after one wrong code', async () => {
    const asha = await buildUser(database.db, { role: 'foster_carer' });
    const visitor = await signInWithPassword(asha);
    const page = await visitor.get('/account/two-factor');
    const secret = /id="totp-secret">([A-Z2-7 ]+)</.exec(page.body)![1]!.replace(/ /g, '');
    expect(
      (await visitor.get('/account/two-factor')).body,
      'a reload shows the same key',
    ).toContain(secret.slice(0, 4));

    const wrong = await visitor.post('/account/two-factor', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('That code is not right');
    const malformed = await visitor.post('/account/two-factor', { code: '12ab' });
    expect(malformed.body).toContain('Enter the code as 6 digits');

    const spaced = (await codeFor(secret)).replace(/(\d{3})/, '$1 ');
    const enabled = await visitor.post('/account/two-factor', { code: spaced });
    expect(enabled.statusCode).toBe(303);
    expect(enabled.headers.location).toBe('/account');
    const [row] = await database.db.select().from(users).where(eq(users.id, asha.id));
    expect(row?.totpEnabledAt).toEqual(clock);
    expect((await visitor.get('/account')).body).toContain('Two-factor sign-in is on');
    expect((await visitor.get('/home')).statusCode, 'this session counts as passed').toBe(200);
  });

  it('asks for the code after the password, and lets no page through until it is right', async () => {
    const ben = await buildUser(database.db, { role: 'supervising_social_worker' });
    const secret = await enrol(await signInWithPassword(ben));

    const visitor = newVisitor();
    await visitor.get('/sign-in?next=%2Faccount');
    const signedIn = await visitor.post('/sign-in', {
      email: ben.email,
      password: TEST_PASSWORD,
      next: '/account',
    });
    expect(signedIn.headers.location).toBe('/sign-in/two-factor?next=%2Faccount');
    expect((await visitor.get('/home')).headers.location).toBe('/sign-in/two-factor');
    expect(
      (await visitor.get('/account/two-factor')).headers.location,
      'a pending session cannot set up a second app',
    ).toBe('/sign-in/two-factor');

    const challenge = await visitor.get('/sign-in/two-factor?next=%2Faccount');
    expect(challenge.statusCode).toBe(200);
    expect(challenge.body).toContain('Enter your code');
    const wrong = await visitor.post('/sign-in/two-factor', { code: '123456', next: '/account' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('That code is not right');

    const passed = await visitor.post('/sign-in/two-factor', {
      code: await codeFor(secret),
      next: '/account',
    });
    expect(passed.statusCode).toBe(303);
    expect(passed.headers.location).toBe('/account');
    expect((await visitor.get('/home')).statusCode).toBe(200);
  });

  it('accepts a code from a phone whose clock is 30 seconds out, not one from two minutes ago', async () => {
    const chloe = await buildUser(database.db, { role: 'foster_carer' });
    const secret = await enrol(await signInWithPassword(chloe));
    const visitor = await signInWithPassword(chloe);
    const stale = await codeFor(secret, new Date(clock.getTime() - 120_000));
    const current = await codeFor(secret);
    if (stale !== current) {
      expect((await visitor.post('/sign-in/two-factor', { code: stale })).statusCode).toBe(400);
    }
    const slightlyOut = await codeFor(secret, new Date(clock.getTime() - 30_000));
    expect((await visitor.post('/sign-in/two-factor', { code: slightlyOut })).statusCode).toBe(303);
  });

  it('refuses a code that has already been used, even from another device', async () => {
    const fay = await buildUser(database.db, { role: 'supervising_social_worker' });
    const secret = await enrol(await signInWithPassword(fay));
    const code = await codeFor(secret);
    expect(
      (await (await signInWithPassword(fay)).post('/sign-in/two-factor', { code })).statusCode,
    ).toBe(303);
    const overheard = await (await signInWithPassword(fay)).post('/sign-in/two-factor', { code });
    expect(overheard.statusCode).toBe(400);
    expect(overheard.body).toContain('That code is not right');
    clock = new Date(clock.getTime() + 30_000);
    const next = await (
      await signInWithPassword(fay)
    ).post('/sign-in/two-factor', { code: await codeFor(secret) });
    expect(next.statusCode).toBe(303);
  });

  it('counts wrong codes as failed sign-ins, so guessing is locked out like guessing passwords', async () => {
    const dan = await buildUser(database.db, { role: 'kinship_carer' });
    const secret = await enrol(await signInWithPassword(dan));
    const visitor = await signInWithPassword(dan);
    const right = await codeFor(secret);
    for (let guess = 0; guess < 5; guess += 1) {
      const code = String(guess).repeat(6) === right ? '999999' : String(guess).repeat(6);
      expect((await visitor.post('/sign-in/two-factor', { code })).statusCode).toBe(400);
    }
    const refused = await visitor.post('/sign-in/two-factor', { code: right });
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Try again in 15 minutes');
    expect((await visitor.get('/home')).headers.location).toBe('/sign-in/two-factor');
  });

  it('turns off only with the password', async () => {
    const erin = await buildUser(database.db, { role: 'birth_parent' });
    const visitor = await signInWithPassword(erin);
    await enrol(visitor);

    const wrong = await visitor.post('/account/two-factor/disable', {
      password: 'not my password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Your password is not right');
    const off = await visitor.post('/account/two-factor/disable', { password: TEST_PASSWORD });
    expect(off.statusCode).toBe(303);
    const [row] = await database.db.select().from(users).where(eq(users.id, erin.id));
    expect(row?.totpEnabledAt).toBeNull();
    expect(row?.totpSecret).toBeNull();
    expect((await signInWithPassword(erin).then((again) => again.get('/home'))).statusCode).toBe(
      200,
    );
  });

  it('sends staff to set it up when the agency requires it, but not carers', async () => {
    const admin = await buildUser(database.db, { role: 'administrator' });
    const adminVisitor = await signInWithPassword(admin);
    const saved = await adminVisitor.post('/admin/settings', {
      name: 'Kinfold Fostering',
      locale: 'en-GB',
      timeZone: 'Europe/London',
      committedAdultsTarget: '5',
      permanencyDecisionMonths: '4',
      isStaffTwoFactorRequired: 'yes',
    });
    expect(saved.statusCode).toBe(303);

    try {
      const worker = await buildUser(database.db, { role: 'recruitment_officer' });
      const visitor = await signInWithPassword(worker);
      const sent = await visitor.get('/home');
      expect(sent.statusCode).toBe(303);
      expect(sent.headers.location).toBe('/account/two-factor?required=1');
      const setUp = await visitor.get('/account/two-factor?required=1');
      expect(setUp.body).toContain('Your agency asks all its staff to use two-factor sign-in');
      await enrol(visitor);
      expect((await visitor.get('/home')).statusCode).toBe(200);

      const carer = await buildUser(database.db, { role: 'foster_carer' });
      expect((await (await signInWithPassword(carer)).get('/home')).statusCode).toBe(200);
    } finally {
      // The administrator is now held to the rule too: pass it, then switch the rule off again.
      await enrol(adminVisitor);
      const off = await adminVisitor.post('/admin/settings', {
        name: 'Kinfold Fostering',
        locale: 'en-GB',
        timeZone: 'Europe/London',
        committedAdultsTarget: '5',
        permanencyDecisionMonths: '4',
      });
      expect(off.statusCode).toBe(303);
    }
  });
});
