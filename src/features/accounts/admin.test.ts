import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, users } from '../../core/db/tables.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let admin: TestUser;
let adminVisitor: Visitor;
let nextIp = 70;
const newVisitor = () => new Visitor(testApp, `198.51.100.${nextIp++}`);

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database);
  admin = await buildUser(database.db, { role: 'administrator', name: 'Ada Admin' });
  adminVisitor = newVisitor();
  await adminVisitor.signIn(admin.email, TEST_PASSWORD);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const countUsersNamed = async (name: string) =>
  (await database.db.select().from(users).where(eq(users.name, name))).length;

describe('people and access', () => {
  it('lists every account with its role, two-factor, last sign-in and whether it is active', async () => {
    const carer = await buildUser(database.db, { role: 'foster_carer', name: 'Fatima Carer' });
    const page = await adminVisitor.get('/admin/users');
    expect(page.statusCode).toBe(200);
    for (const heading of [
      'Name',
      'Email address',
      'Role',
      'Two-factor',
      'Last signed in',
      'Active',
    ]) {
      expect(page.body).toContain(`<th scope="col">${heading}</th>`);
    }
    expect(page.body).toContain(`href="/admin/users/${carer.id}"`);
    expect(page.body).toContain('Foster carer');
    expect(page.body).toContain('Never');
    expect(page.body).toContain('href="/admin/users/new"');
  });

  it('adds a person with a password shown once, which lets them sign in', async () => {
    expect((await adminVisitor.get('/admin/users/new')).statusCode).toBe(200);
    const added = await adminVisitor.post('/admin/users/new', {
      name: 'Grace Worker',
      email: 'grace.worker@example.org',
      role: 'supervising_social_worker',
    });
    expect(added.statusCode).toBe(201);
    expect(added.body).toContain('Grace Worker can now sign in');
    expect(added.body).toContain('shown only this once');
    const password = /<p class="secret">([a-z0-9-]+)<\/p>/.exec(added.body)?.[1];
    expect(password).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    await newVisitor().signIn('grace.worker@example.org', password!);

    const [created] = await database.db.select().from(users).where(eq(users.name, 'Grace Worker'));
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'user.create'), eq(auditEvents.recordId, created!.id)));
    expect(audit[0]?.actorId).toBe(admin.id);
  });

  it('names the field when the email is already used or is not an email, keeping what was typed', async () => {
    const existing = await buildUser(database.db, { role: 'foster_carer' });
    const duplicate = await adminVisitor.post('/admin/users/new', {
      name: 'Harry Duplicate',
      email: existing.email.toUpperCase(),
      role: 'foster_carer',
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('Someone already has an account with this email address');
    expect(duplicate.body).toContain('href="#field-email"');
    expect(duplicate.body).toContain('value="Harry Duplicate"');

    const malformed = await adminVisitor.post('/admin/users/new', {
      name: 'Ivy Typo',
      email: 'ivy.example.org',
      role: 'young_person',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('Enter an email address in the correct format');
    expect(malformed.body).toContain('value="Ivy Typo"');
    expect(malformed.body).toContain('value="ivy.example.org"');
    expect(malformed.body).toMatch(/<option value="young_person" selected/);

    const noRole = await adminVisitor.post('/admin/users/new', {
      name: 'Jo',
      email: 'jo@example.org',
      role: '',
    });
    expect(noRole.statusCode).toBe(400);
    expect(noRole.body).toContain('Choose what this person does');
    expect(await countUsersNamed('Harry Duplicate')).toBe(0);
    expect(await countUsersNamed('Ivy Typo')).toBe(0);
  });

  it('lets the registered manager see the list but not change anyone', async () => {
    const manager = await buildUser(database.db, { role: 'registered_manager' });
    const carer = await buildUser(database.db, { role: 'foster_carer' });
    const visitor = newVisitor();
    await visitor.signIn(manager.email, TEST_PASSWORD);

    const list = await visitor.get('/admin/users');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('href="/admin/users/new"');
    const person = await visitor.get(`/admin/users/${carer.id}`);
    expect(person.statusCode).toBe(200);
    expect(person.body).not.toContain('/deactivate"');

    expect((await visitor.get('/admin/users/new')).statusCode).toBe(403);
    const add = await visitor.post('/admin/users/new', {
      name: 'Kim Sneaky',
      email: 'kim@example.org',
      role: 'administrator',
    });
    expect(add.statusCode).toBe(403);
    expect(await countUsersNamed('Kim Sneaky')).toBe(0);
    expect((await visitor.post(`/admin/users/${carer.id}/deactivate`, {})).statusCode).toBe(403);
    const [row] = await database.db.select().from(users).where(eq(users.id, carer.id));
    expect(row?.isActive).toBe(true);
  });

  it('refuses people who do not manage accounts', async () => {
    const carer = await buildUser(database.db, { role: 'foster_carer' });
    const visitor = newVisitor();
    await visitor.signIn(carer.email, TEST_PASSWORD);
    expect((await visitor.get('/admin/users')).statusCode).toBe(403);
    expect((await visitor.get('/admin/users/new')).statusCode).toBe(403);
  });

  it('deactivates an account, ending its sessions at once, and reactivates it', async () => {
    const leo = await buildUser(database.db, { role: 'kinship_carer', name: 'Leo Leaving' });
    const leoVisitor = newVisitor();
    await leoVisitor.signIn(leo.email, TEST_PASSWORD);

    const page = await adminVisitor.get(`/admin/users/${leo.id}`);
    expect(page.body).toContain('Deactivate Leo Leaving’s account');
    const done = await adminVisitor.post(`/admin/users/${leo.id}/deactivate`, {});
    expect(done.statusCode).toBe(303);
    expect((await adminVisitor.get(done.headers.location as string)).body).toContain('Deactivated');

    expect((await leoVisitor.get('/home')).headers.location).toMatch(/^\/sign-in/);
    await expect(newVisitor().signIn(leo.email, TEST_PASSWORD)).rejects.toThrow('400');

    expect((await adminVisitor.post(`/admin/users/${leo.id}/reactivate`, {})).statusCode).toBe(303);
    await newVisitor().signIn(leo.email, TEST_PASSWORD);
    const actions = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, leo.id), sql`${auditEvents.action} like 'user.%'`));
    expect(actions.map((entry) => entry.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('turns off two-factor sign-in for someone who has lost their phone, and signs them out', async () => {
    const mia = await buildUser(database.db, { role: 'foster_carer', name: 'Mia Lostphone' });
    const miaVisitor = newVisitor();
    await miaVisitor.signIn(mia.email, TEST_PASSWORD);
    await database.db
      .update(users)
      .set({ totpSecret: 'TPNVQRRWXSDBBQNWN4XQWKQRINWTZIL5', totpEnabledAt: new Date() })
      .where(eq(users.id, mia.id));

    const page = await adminVisitor.get(`/admin/users/${mia.id}`);
    expect(page.body).toContain('Turn off two-factor sign-in for Mia Lostphone');
    const done = await adminVisitor.post(`/admin/users/${mia.id}/two-factor/reset`, {});
    expect(done.statusCode).toBe(303);

    const [row] = await database.db.select().from(users).where(eq(users.id, mia.id));
    expect(row?.totpEnabledAt).toBeNull();
    expect(row?.totpSecret).toBeNull();
    expect((await miaVisitor.get('/home')).headers.location).toMatch(/^\/sign-in/);
    const again = newVisitor();
    const signedIn = await again.signIn(mia.email, TEST_PASSWORD);
    expect(signedIn.headers.location, 'no code is asked for').toBe('/home');
  });

  it('does not let an administrator deactivate their own account', async () => {
    const own = await adminVisitor.get(`/admin/users/${admin.id}`);
    expect(own.body).not.toContain('/deactivate"');
    const refused = await adminVisitor.post(`/admin/users/${admin.id}/deactivate`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('You cannot deactivate your own account');
    expect((await adminVisitor.get('/home')).statusCode).toBe(200);
  });

  it('answers "not found" for an address that names no account', async () => {
    expect((await adminVisitor.get('/admin/users/not-an-id')).statusCode).toBe(404);
    expect(
      (await adminVisitor.get('/admin/users/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});
