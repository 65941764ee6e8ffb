import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD, type TestUser } from '../../../test/support/factories.ts';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, passwordResets } from '../../core/db/tables.ts';
import { hashToken } from '../../core/http/tokens.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let mail: TestMailServer;
let clock: Date;
const NEW_PASSWORD = 'kettle orchard lantern pebble';
const SAME_ANSWER = 'If an account uses that address, we have sent a link';

beforeAll(async () => {
  database = await openTestDatabase();
  clock = new Date();
  testApp = await startTestApp(database, { publicUrl: 'https://kinfold.example.org' }, () => clock);
  mail = await startTestMailServer();
});
afterAll(async () => {
  await mail.close();
  await testApp.close();
  await database.drop();
});

/** Sends the outbox through the test's SMTP server, as the delivery loop would. */
async function deliverMail(): Promise<number> {
  return deliverPendingMail(
    database,
    mail.transport(),
    'Kinfold <no-reply@kinfold.test>',
    pino({ level: 'silent' }),
  );
}

/** Asks for a reset link from the form, sends the outbox, and returns the link's path from the email. */
async function askForLink(visitor: Visitor, user: TestUser): Promise<string> {
  await visitor.get('/password-reset');
  const answer = await visitor.post('/password-reset', { email: user.email });
  expect(answer.statusCode).toBe(200);
  expect(answer.body).toContain(SAME_ANSWER);
  expect(await deliverMail()).toBe(1);
  const email = mail.received.filter((received) => received.to.includes(user.email)).at(-1);
  const link = /https:\/\/kinfold\.example\.org(\/password-reset\/[A-Za-z0-9_-]{43})\b/.exec(
    email?.text ?? '',
  );
  expect(link, 'the email carries a link to the public address').not.toBeNull();
  return link![1]!;
}

async function canSignIn(user: TestUser, password: string, ip: string): Promise<boolean> {
  const visitor = new Visitor(testApp, ip);
  await visitor.get('/sign-in');
  return (await visitor.post('/sign-in', { email: user.email, password })).statusCode === 303;
}

describe('resetting a forgotten password', () => {
  it('emails Asha a one-time link that changes her password and signs her out everywhere', async () => {
    const asha = await buildUser(database.db, { role: 'foster_carer', name: 'Asha Patel' });
    const phone = new Visitor(testApp, '198.51.100.30');
    await phone.signIn(asha.email, TEST_PASSWORD);
    const laptop = new Visitor(testApp, '198.51.100.31');

    const path = await askForLink(laptop, asha);
    const email = mail.received.filter((received) => received.to.includes(asha.email)).at(-1)!;
    expect(email.subject).toBe('Choose a new password for Kinfold Fostering');
    expect(email.text).toContain('Hello Asha Patel');
    const token = path.split('/').at(-1)!;
    const [stored] = await database.db
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, hashToken(token)));
    expect(stored?.expiresAt.getTime()).toBe(clock.getTime() + 60 * 60 * 1000);
    expect(JSON.stringify(await database.db.select().from(passwordResets))).not.toContain(token);

    const form = await laptop.get(path);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Choose a new password');

    const mismatch = await laptop.post(path, {
      newPassword: NEW_PASSWORD,
      confirmPassword: 'something else',
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('The two new passwords are not the same');
    const tooShort = await laptop.post(path, { newPassword: 'short', confirmPassword: 'short' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.body).toContain('at least 12 characters');

    const done = await laptop.post(path, {
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/sign-in?password-reset=1');
    expect((await laptop.get('/sign-in?password-reset=1')).body).toContain(
      'Your password has been changed',
    );

    expect((await phone.get('/home')).headers.location).toMatch(/^\/sign-in/);
    expect(await canSignIn(asha, TEST_PASSWORD, '198.51.100.32')).toBe(false);
    expect(await canSignIn(asha, NEW_PASSWORD, '198.51.100.32')).toBe(true);
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'account.password_reset'), eq(auditEvents.recordId, asha.id)),
      );
    expect(audit).toHaveLength(1);

    const again = await new Visitor(testApp, '198.51.100.33').get(path);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('This link has already been used');
    expect(again.body).toContain('href="/password-reset"');
    const reused = new Visitor(testApp, '198.51.100.33');
    await reused.get('/password-reset');
    const refused = await reused.post(path, {
      newPassword: 'another long password',
      confirmPassword: 'another long password',
    });
    expect(refused.statusCode).toBe(410);
    expect(await canSignIn(asha, NEW_PASSWORD, '198.51.100.32')).toBe(true);
  });

  it('gives the same answer for an address no account uses, and sends nothing', async () => {
    const stranger = new Visitor(testApp, '198.51.100.34');
    await stranger.get('/password-reset');
    const answer = await stranger.post('/password-reset', { email: 'nobody-here@example.org' });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain(SAME_ANSWER);
    expect(await deliverMail()).toBe(0);
  });

  it('shows the form again for an address that is not an email address', async () => {
    const visitor = new Visitor(testApp, '198.51.100.35');
    await visitor.get('/password-reset');
    const answer = await visitor.post('/password-reset', { email: 'ben at example' });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('Enter an email address in the correct format');
    expect(answer.body).toContain('value="ben at example"');
  });

  it('refuses a link older than an hour, and one that was never sent', async () => {
    const ben = await buildUser(database.db, { role: 'birth_parent' });
    const visitor = new Visitor(testApp, '198.51.100.36');
    const path = await askForLink(visitor, ben);

    clock = new Date(clock.getTime() + 61 * 60 * 1000);
    const expired = await visitor.get(path);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('This link has expired');
    const tooLate = await visitor.post(path, {
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(tooLate.statusCode).toBe(410);
    expect(await canSignIn(ben, TEST_PASSWORD, '198.51.100.37')).toBe(true);

    const invented = await visitor.get(`/password-reset/${'A'.repeat(43)}`);
    expect(invented.statusCode).toBe(410);
    expect(invented.body).toContain('This link does not work');
  });

  it('sends one person at most three links an hour, and refuses an address that asks too often', async () => {
    const chloe = await buildUser(database.db, { role: 'young_person' });
    const visitor = new Visitor(testApp, '198.51.100.38');
    await visitor.get('/password-reset');
    for (let request = 1; request <= 4; request += 1) {
      const answer = await visitor.post('/password-reset', { email: chloe.email });
      expect(answer.body).toContain(SAME_ANSWER);
    }
    expect(await deliverMail()).toBe(3);

    for (let request = 5; request <= 10; request += 1) {
      await visitor.post('/password-reset', { email: `someone-${request}@example.org` });
    }
    const refused = await visitor.post('/password-reset', { email: chloe.email });
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('too many requests to reset a password from your network');
    expect(refused.body).toContain('Try again in 15 minutes');
  });
});
