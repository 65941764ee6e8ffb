import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { agencySettings, sessions, users } from '../../core/db/tables.ts';

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

const FORGED = 'c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ';

describe('forms sent without the page’s token', () => {
  it('refuses to sign in, and starts no session', async () => {
    const asha = await buildUser(database.db, { role: 'foster_carer' });
    const visitor = new Visitor(testApp, '198.51.100.100');
    await visitor.get('/sign-in');
    for (const token of ['', FORGED]) {
      const refused = await visitor.post('/sign-in', {
        _csrf: token,
        email: asha.email,
        password: TEST_PASSWORD,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain('Your form could not be sent');
      expect(visitor.sessionToken).toBeUndefined();
    }
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, asha.id))).toEqual(
      [],
    );
  });

  it('changes neither a password nor the settings', async () => {
    const admin = await buildUser(database.db, { role: 'administrator' });
    const visitor = new Visitor(testApp, '198.51.100.101');
    await visitor.signIn(admin.email, TEST_PASSWORD);
    const [before] = await database.db.select().from(users).where(eq(users.id, admin.id));

    for (const token of ['', FORGED]) {
      const password = await visitor.post('/account/password', {
        _csrf: token,
        currentPassword: TEST_PASSWORD,
        newPassword: 'a brand new password',
        confirmPassword: 'a brand new password',
      });
      expect(password.statusCode).toBe(403);
      const settings = await visitor.post('/admin/settings', {
        _csrf: token,
        name: 'Forged Agency',
        locale: 'en-US',
        timeZone: 'UTC',
      });
      expect(settings.statusCode).toBe(403);
      expect(settings.body).toContain('Go back, reload the page, and send the form again');
    }

    const [after] = await database.db.select().from(users).where(eq(users.id, admin.id));
    expect(after?.passwordHash).toBe(before?.passwordHash);
    const [settings] = await database.db.select().from(agencySettings);
    expect(settings?.name).toBe('Kinfold Fostering');
    expect((await visitor.get('/home')).statusCode, 'the session itself carries on').toBe(200);
  });

  it('does not sign a person out everywhere', async () => {
    const ben = await buildUser(database.db, { role: 'birth_parent' });
    const visitor = new Visitor(testApp, '198.51.100.102');
    await visitor.signIn(ben.email, TEST_PASSWORD);
    expect((await visitor.post('/sign-out-everywhere', { _csrf: FORGED })).statusCode).toBe(403);
    expect((await visitor.get('/home')).statusCode).toBe(200);
  });
});
