import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { agencySettings, auditEvents } from '../../core/db/tables.ts';
import { getAgencySettings } from '../../core/settings.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let admin: Visitor;

const ADULTS = 'Enter the number of committed adults as a whole number from 1 to 20';
const MONTHS = 'Enter the months to a permanency decision as a whole number from 1 to 24';

const VALID = {
  name: 'Northfield Family Placements',
  phone: '+44 (0)1632 960 123',
  email: 'office@northfield.example.org',
  address: '1 Market Street\nNorthfield',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  committedAdultsTarget: '5',
  permanencyDecisionMonths: '4',
};

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database);
  const user = await buildUser(database.db, { role: 'administrator' });
  admin = new Visitor(testApp, '198.51.100.90');
  await admin.signIn(user.email, TEST_PASSWORD);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const storedSettings = async () =>
  (await database.db.select().from(agencySettings).where(eq(agencySettings.id, 1)))[0]!;

describe('the agency settings', () => {
  it('saves the details, shows the new name at once, and audits which settings changed', async () => {
    const form = await admin.get('/admin/settings');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Kinfold Fostering"');

    const saved = await admin.post('/admin/settings', { ...VALID, timeZone: 'america/new_york' });
    expect(saved.statusCode).toBe(303);
    const page = await admin.get('/admin/settings');
    expect(page.body).toContain('The settings have been saved');
    expect(page.body).toContain('Northfield Family Placements</a>');
    expect(page.body).toContain('1 Market Street\nNorthfield</textarea>');
    const stored = await storedSettings();
    expect(stored.timeZone).toBe('America/New_York');
    expect(stored.isStaffTwoFactorRequired).toBe(false);

    const [entry] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'settings.update'));
    expect(entry?.fields).toEqual(['name', 'phone', 'email', 'address', 'time_zone']);
  });

  it('switches the agency to US words', async () => {
    expect((await admin.post('/admin/settings', { ...VALID, locale: 'en-US' })).statusCode).toBe(
      303,
    );
    const list = await admin.get('/admin/users');
    expect(list.body).toContain('lang="en-US"');
    expect((await storedSettings()).locale).toBe('en-US');
  });

  it('names a time zone it does not know, keeps what was typed, and saves nothing', async () => {
    const before = await storedSettings();
    const refused = await admin.post('/admin/settings', {
      ...VALID,
      name: 'A New Name',
      timeZone: 'Mars/Olympus_Mons',
      email: 'office at example',
      phone: 'call us',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('“Mars/Olympus_Mons” is not a time zone Kinfold knows');
    expect(refused.body).toContain('href="#field-timeZone"');
    expect(refused.body).toContain('Enter an email address in the correct format');
    expect(refused.body).toContain('Enter a phone number using digits');
    expect(refused.body).toContain('value="A New Name"');
    expect(await storedSettings()).toEqual(before);
  });

  it('changes the targets for young people’s futures', async () => {
    const form = await admin.get('/admin/settings');
    expect(form.body).toMatch(/name="committedAdultsTarget"[^>]*value="5"/);
    expect(form.body).toMatch(/name="permanencyDecisionMonths"[^>]*value="4"/);

    const saved = await admin.post('/admin/settings', {
      ...VALID,
      locale: (await storedSettings()).locale,
      committedAdultsTarget: ' 7 ',
      permanencyDecisionMonths: '6',
    });
    expect(saved.statusCode).toBe(303);
    const stored = await storedSettings();
    expect(stored.committedAdultsTarget).toBe(7);
    expect(stored.permanencyDecisionMonths).toBe(6);
    expect((await getAgencySettings(database.db)).permanencyDecisionMonths).toBe(6);
    const entries = await database.db
      .select({ fields: auditEvents.fields })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'settings.update'));
    expect(entries.at(-1)?.fields).toEqual([
      'committed_adults_target',
      'permanency_decision_months',
    ]);
  });

  it.each([
    ['0', '4', 'committedAdultsTarget', ADULTS],
    ['21', '4', 'committedAdultsTarget', ADULTS],
    ['five', '4', 'committedAdultsTarget', ADULTS],
    ['5', '0', 'permanencyDecisionMonths', MONTHS],
    ['5', '30', 'permanencyDecisionMonths', MONTHS],
    ['5', '2.5', 'permanencyDecisionMonths', MONTHS],
    ['5', 'soon', 'permanencyDecisionMonths', MONTHS],
  ])(
    'refuses %s committed adults and %s months, naming the field',
    async (adults, months, field, message) => {
      const before = await storedSettings();
      const refused = await admin.post('/admin/settings', {
        ...VALID,
        committedAdultsTarget: adults,
        permanencyDecisionMonths: months,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain(message);
      expect(refused.body).toContain(`href="#field-${field}"`);
      expect(refused.body).toMatch(
        new RegExp(
          `name="${field}"[^>]*value="${field === 'committedAdultsTarget' ? adults : months}"`,
        ),
      );
      expect(await storedSettings()).toEqual(before);
    },
  );

  it('is only for the administrator', async () => {
    const manager = await buildUser(database.db, { role: 'registered_manager' });
    const visitor = new Visitor(testApp, '198.51.100.91');
    await visitor.signIn(manager.email, TEST_PASSWORD);
    const before = await storedSettings();
    expect((await visitor.get('/admin/settings')).statusCode).toBe(403);
    expect(
      (await visitor.post('/admin/settings', { ...VALID, name: 'Taken Over' })).statusCode,
    ).toBe(403);
    expect((await visitor.post('/admin/settings', { name: '' })).statusCode).toBe(403);
    expect(await storedSettings()).toEqual(before);
  });
});
