import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  ctxFor,
  placeChild,
  TEST_PASSWORD,
  type TestUser,
} from '../../../test/support/factories.ts';
import { recordAudit } from '../../core/access/audit.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents } from '../../core/db/tables.ts';

// Priya is the registered manager. Asha fosters Leo; Ben, another carer, tries to open Leo's page.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let asha: TestUser;
let ben: TestUser;
let leo: string;
let manager: Visitor;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });
  asha = await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' });
  ben = await buildUser(db, { role: 'foster_carer', name: 'Ben Okafor' });
  const oak = await buildHousehold(db, { name: 'Oak household' });
  await addCarer(db, oak, asha);
  await addCarer(db, await buildHousehold(db), ben);
  leo = await buildChild(db, { firstName: 'Leo' });
  await placeChild(db, leo, oak);
  testApp = await startTestApp(database);
  const carer = new Visitor(testApp);
  await carer.signIn(asha.email, TEST_PASSWORD);
  await carer.get(`/children/${leo}`);
  const stranger = new Visitor(testApp, '192.0.2.44');
  await stranger.signIn(ben.email, TEST_PASSWORD);
  await stranger.get(`/children/${leo}`);
  manager = new Visitor(testApp);
  await manager.signIn(priya.email, TEST_PASSWORD);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

/** The rows of the entries table, as text, newest first. */
function rowsOf(html: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    row[1]!
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&rsquo;|’/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('the audit trail, for the registered manager', () => {
  it('shows the newest first: who, what in plain words, the record, when, the request and address', async () => {
    const page = await manager.get('/audit');
    expect(page.statusCode).toBe(200);
    const rows = rowsOf(page.body);
    expect(rows[0]).toMatch(/^.+ Priya Shah Registered manager Signed in Done/);
    const refusal = rows.find((row) => row.includes('Ben Okafor'));
    expect(refusal).toContain("Read a child's record Refused Child");
    expect(refusal).toContain(leo);
    expect(refusal).toContain('192.0.2.44');
    expect(page.body).toContain(`href="/children/${leo}"`);
  });

  it('finds the refusals about one child, and keeps the filters in the form', async () => {
    const page = await manager.get(`/audit?outcome=refused&recordType=child&recordId=${leo}`);
    const rows = rowsOf(page.body);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Ben Okafor');
    expect(page.body).toContain(`value="${leo}"`);
    expect(page.body).toMatch(/<option value="refused" selected/);
  });

  it('finds what one person did', async () => {
    const rows = rowsOf((await manager.get(`/audit?actor=${asha.id}`)).body);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => row.includes('Asha Patel'))).toBe(true);
    expect(rows.map((row) => row.includes("Read a child's record Done"))).toContain(true);
  });

  it('writes each look at the trail to the trail, naming the filters used but not their values', async () => {
    await manager.get(`/audit?action=child.read&outcome=done`);
    const [entry] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, priya.id), eq(auditEvents.action, 'audit.read')))
      .orderBy(auditEvents.id)
      .then((rows) => rows.slice(-1));
    expect(entry).toMatchObject({
      recordType: 'audit',
      outcome: 'done',
      fields: ['action', 'outcome'],
    });
  });

  it('reads the days of the date filters in the agency’s time zone, across the clock change', async () => {
    const ctx = (at: string) =>
      actorFor(database.db, priya).then((a) => ctxFor(database.db, a, new Date(at)));
    // London's clocks went forward at 01:00 UTC on 29 March 2026.
    await recordAudit(await ctx('2026-03-28T23:30:00Z'), {
      action: 'child.read',
      recordType: 'child',
      recordId: 'late-on-the-28th',
    });
    await recordAudit(await ctx('2026-03-29T22:30:00Z'), {
      action: 'child.read',
      recordType: 'child',
      recordId: 'late-on-the-29th',
    });
    await recordAudit(await ctx('2026-03-29T23:30:00Z'), {
      action: 'child.read',
      recordType: 'child',
      recordId: 'just-after-midnight-on-the-30th',
    });
    const rows = rowsOf((await manager.get('/audit?from=2026-03-29&to=2026-03-29')).body);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('late-on-the-29th');
    expect(rows[0]).toContain('29 Mar 2026, 23:30');
  });

  it('pages through a long trail fifty entries at a time, keeping the filters', async () => {
    const ctx = ctxFor(database.db, await actorFor(database.db, priya));
    for (let index = 0; index < 55; index += 1) {
      await recordAudit(ctx, { action: 'household.list', recordType: 'household', recordId: null });
    }
    const first = await manager.get('/audit?action=household.list');
    expect(rowsOf(first.body)).toHaveLength(50);
    expect(first.body).toContain('href="/audit?action=household.list&amp;page=2"');
    const second = await manager.get('/audit?action=household.list&page=2');
    expect(rowsOf(second.body).length).toBeGreaterThanOrEqual(5);
  });

  it('shows filters it cannot use again, with what was typed and what to fix, never a failure', async () => {
    const page = await manager.get(
      '/audit?from=2026-02-30&to=tomorrow&actor=someone&outcome=maybe&recordId=abc&page=-1',
    );
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('There is a problem');
    expect(page.body).toContain('Enter a real date, for example 2026-03-27');
    expect(page.body).toContain('Choose a person from the list');
    expect(page.body).toContain('Choose done or refused');
    expect(page.body).toContain('value="abc"');
    expect(page.body).toContain('value="2026-02-30"');
    expect(rowsOf(page.body)).toEqual([]);

    const backwards = await manager.get('/audit?from=2026-03-02&to=2026-03-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain(
      'The “to” date must be the same as the “from” date or after it',
    );
  });

  it('is refused to everyone else, and the refusal is written down', async () => {
    const carer = new Visitor(testApp);
    await carer.signIn(asha.email, TEST_PASSWORD);
    expect((await carer.get('/audit')).statusCode).toBe(403);
    expect((await carer.post('/audit/check', {})).statusCode).toBe(403);
    const refusals = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, asha.id), eq(auditEvents.action, 'audit.read')));
    expect(refusals.map((entry) => entry.outcome)).toEqual(['refused', 'refused']);
  });

  it('checks the chain on request, and says so in the trail', async () => {
    const result = await manager.post('/audit/check', {});
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('The audit trail is intact');
    const checks = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'audit.chain_checked'));
    expect(checks).toHaveLength(1);
    expect((await manager.post('/audit/check', { _csrf: '' })).statusCode).toBe(403);
  });

  it('names the entry that was changed behind Kinfold’s back', async () => {
    const [target] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorId, ben.id))
      .orderBy(auditEvents.id)
      .limit(1);
    // Someone with the database owner's rights disguises where Ben's sign-in came from.
    await database.execScript(`
      ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      UPDATE audit_events SET ip = '127.0.0.1' WHERE id = ${target!.id};
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
    const result = await manager.post('/audit/check', {});
    expect(result.body).toContain('The audit trail has been changed');
    expect(result.body).toContain(`Entry ${target!.id} fails its check`);
  });
});
