import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
const NEW_PASSWORD = 'violet harbour teapot ladder';

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

describe('your account', () => {
  it('shows who you are and that two-factor sign-in is off', async () => {
    const asha = await buildUser(database.db, { role: 'foster_carer', name: 'Asha Patel' });
    const visitor = new Visitor(testApp, '198.51.100.60');
    await visitor.signIn(asha.email, TEST_PASSWORD);
    const page = await visitor.get('/account');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Asha Patel');
    expect(page.body).toContain(asha.email);
    expect(page.body).toContain('Foster carer');
    expect(page.body).toContain('Set up two-factor sign-in');
    expect(page.body).toContain('action="/sign-out-everywhere"');
  });

  it('changes the password with the current one, and signs out the other devices only', async () => {
    const ben = await buildUser(database.db, { role: 'supervising_social_worker' });
    const laptop = new Visitor(testApp, '198.51.100.61');
    const phone = new Visitor(testApp, '198.51.100.62');
    await laptop.signIn(ben.email, TEST_PASSWORD);
    await phone.signIn(ben.email, TEST_PASSWORD);

    const wrongCurrent = await laptop.post('/account/password', {
      currentPassword: 'not the password',
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.body).toContain('Your current password is not right');
    expect(wrongCurrent.body).not.toContain(NEW_PASSWORD);

    const weak = await laptop.post('/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'aaaaaaaaaaaaaa',
      confirmPassword: 'aaaaaaaaaaaaaa',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('Choose a password with more variety');

    const changed = await laptop.post('/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(303);
    const after = await laptop.get('/account');
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Your password has been changed');
    expect((await phone.get('/home')).headers.location).toMatch(/^\/sign-in/);
    await new Visitor(testApp, '198.51.100.63').signIn(ben.email, NEW_PASSWORD);
  });
});
