import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let clock = new Date('2026-11-02T10:00:00Z');
const received: string[] = [];
let asha: TestUser;
let ben: TestUser;

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(
    database,
    {},
    () => clock,
    (app) => {
      // Stands in for any form that needs a signed-in person (a daily log, a note).
      app.post('/notes', { config: { action: 'home.view' } }, async (request, reply) => {
        received.push((request.body as { note: string }).note);
        return reply.redirect('/home', 303);
      });
    },
  );
  asha = await buildUser(database.db, { role: 'foster_carer', name: 'Asha Patel' });
  ben = await buildUser(database.db, { role: 'foster_carer', name: 'Ben Lewis' });
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const oneHourLater = () => {
  clock = new Date(clock.getTime() + 61 * 60 * 1000);
};

describe('a form sent after the session timed out', () => {
  it('is kept for its author, who can send it after signing in again', async () => {
    const browser = new Visitor(testApp);
    await browser.signIn(asha.email, asha.password);
    oneHourLater();
    const sent = await browser.post('/notes', {
      note: 'Mia slept well and ate all her breakfast.',
    });
    expect(sent.statusCode).toBe(303);
    const signInAt = new URL(sent.headers.location as string, 'http://kinfold.test');
    expect(signInAt.pathname).toBe('/sign-in');
    expect(signInAt.searchParams.get('expired')).toBe('1');
    const resumeAt = signInAt.searchParams.get('next')!;
    expect(resumeAt).toMatch(/^\/resume\//);
    expect(received).toEqual([]);

    await browser.get(`/sign-in?${signInAt.searchParams}`);
    const signedIn = await browser.post('/sign-in', {
      email: asha.email,
      password: asha.password,
      next: resumeAt,
    });
    expect(signedIn.headers.location).toBe(resumeAt);
    const offer = await browser.get(resumeAt);
    expect(offer.statusCode).toBe(200);
    expect(offer.body).toContain('Mia slept well and ate all her breakfast.');
    expect(offer.body).toContain('action="/notes"');

    await browser.post('/notes', { note: 'Mia slept well and ate all her breakfast.' });
    expect(received).toEqual(['Mia slept well and ate all her breakfast.']);
    expect((await browser.get(resumeAt)).headers.location).toBe('/home');
  });

  it('is never shown to someone else who signs in on the same computer', async () => {
    const sharedComputer = new Visitor(testApp);
    await sharedComputer.signIn(asha.email, asha.password);
    oneHourLater();
    const sent = await sharedComputer.post('/notes', { note: 'Private note about Mia' });
    const resumeAt = new URL(
      sent.headers.location as string,
      'http://kinfold.test',
    ).searchParams.get('next')!;
    await sharedComputer.get('/sign-in');
    await sharedComputer.post('/sign-in', {
      email: ben.email,
      password: ben.password,
      next: resumeAt,
    });
    const offer = await sharedComputer.get(resumeAt);
    expect(offer.statusCode).toBe(303);
    expect(offer.headers.location).toBe('/home');
    expect((await sharedComputer.get('/home')).body).not.toContain('Private note about Mia');
  });

  it('is not kept when it does not carry the session’s own form token', async () => {
    const browser = new Visitor(testApp);
    await browser.signIn(asha.email, asha.password);
    oneHourLater();
    const forged = await browser.post('/notes', {
      note: 'Planted by another site',
      _csrf: 'not-the-token',
    });
    const next = new URL(forged.headers.location as string, 'http://kinfold.test').searchParams.get(
      'next',
    );
    expect(next).toBeNull();
  });
});
