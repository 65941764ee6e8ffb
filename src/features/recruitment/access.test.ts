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
  linkBirthParent,
  placeChild,
  TEST_PASSWORD,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Actor } from '../../core/access/actor.ts';
import { can } from '../../core/access/policy.ts';
import { ROLES, type Role } from '../../core/access/roles.ts';
import { scope } from '../../core/access/scope.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, prospectiveCarers } from '../../core/db/tables.ts';
import { enquire } from './test-helpers.ts';

// Rita recruits and Priya manages the agency. Olu has enquired about fostering. Asha fosters Leo,
// whose mother is Lena; Sam supervises Asha's home; Kim is a kinship carer; Tom plans training;
// Alex runs accounts; Leo has his own account. None of them but Rita and Priya may know Olu is
// applying.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
const people = {} as Record<Role, TestUser>;
let olu: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  for (const role of ROLES) people[role] = await buildUser(db, { role, name: `${role} Tester` });
  const home = await buildHousehold(db, {
    supervisingWorkerId: people.supervising_social_worker.id,
  });
  await addCarer(db, home, people.foster_carer);
  await addCarer(db, await buildHousehold(db, { careKind: 'kinship' }), people.kinship_carer);
  const leo = await buildChild(db, { youngPersonUserId: people.young_person.id });
  await placeChild(db, leo, home);
  await linkBirthParent(db, leo, people.birth_parent);
  olu = await enquire(db, new Date(), { firstName: 'Olu', lastName: 'Adebayo' });
  testApp = await startTestApp(database);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visitors = new Map<Role, Visitor>();
async function as(role: Role): Promise<Visitor> {
  let visitor = visitors.get(role);
  if (!visitor) {
    visitor = new Visitor(testApp);
    await visitor.signIn(people[role].email, TEST_PASSWORD);
    visitors.set(role, visitor);
  }
  return visitor;
}

const OUTSIDERS: Role[] = [
  'administrator',
  'supervising_social_worker',
  'training_coordinator',
  'foster_carer',
  'kinship_carer',
  'birth_parent',
  'young_person',
];

describe('who reaches someone applying to foster', () => {
  it.each(['recruitment_officer', 'registered_manager'] as const)(
    'the %s reads Olu’s record, and the read is audited',
    async (role) => {
      const page = await (await as(role)).get(`/recruitment/${olu}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Olu Adebayo');
      const reads = await database.db
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.actorId, people[role].id), eq(auditEvents.action, 'recruitment.read')),
        );
      expect(reads).toEqual([
        expect.objectContaining({
          recordType: 'prospective_carer',
          recordId: olu,
          outcome: 'done',
        }),
      ]);
    },
  );

  it.each(OUTSIDERS)(
    'the %s is told there is no such page, and the refusal is audited',
    async (role) => {
      const page = await (await as(role)).get(`/recruitment/${olu}`);
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('Adebayo');
      const refusals = await database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.actorId, people[role].id), eq(auditEvents.outcome, 'refused')));
      expect(refusals.map((row) => [row.action, row.recordId])).toContainEqual([
        'recruitment.read',
        olu,
      ]);
    },
  );

  it.each(OUTSIDERS)(
    'the %s is refused the list, the panels, the dashboard and the export',
    async (role) => {
      const visitor = await as(role);
      for (const url of [
        '/recruitment',
        '/recruitment/panels',
        '/recruitment/dashboard',
        '/recruitment/export.csv',
      ]) {
        const page = await visitor.get(url);
        expect(page.statusCode, url).toBe(403);
        expect(page.body, url).not.toContain('Adebayo');
      }
    },
  );

  it.each(OUTSIDERS)(
    'the %s cannot change Olu’s record: it does not exist for them',
    async (role) => {
      const visitor = await as(role);
      expect(
        (await visitor.post(`/recruitment/${olu}/notes`, { noteBody: 'Hello' })).statusCode,
      ).toBe(404);
      expect(
        (await visitor.post(`/recruitment/${olu}/stage`, { fromStage: 'enquiry' })).statusCode,
      ).toBe(404);
      const [row] = await database.db
        .select({ stage: prospectiveCarers.stage })
        .from(prospectiveCarers)
        .where(eq(prospectiveCarers.id, olu));
      expect(row?.stage).toBe('enquiry');
    },
  );

  it('a recruitment officer may not record the agency decision: only the decision maker may', async () => {
    const page = await (await as('recruitment_officer')).get(`/recruitment/${olu}/decision`);
    expect(page.statusCode).toBe(403);
    expect(
      (await (await as('registered_manager')).get(`/recruitment/${olu}/decision`)).statusCode,
    ).toBe(200);
  });

  it('an address that is not a record’s is a page that does not exist', async () => {
    const rita = await as('recruitment_officer');
    expect((await rita.get('/recruitment/not-an-id')).statusCode).toBe(404);
    expect((await rita.get('/recruitment/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect((await rita.get('/recruitment/panels/12345')).statusCode).toBe(404);
  });
});

describe('lists and single records agree', () => {
  it.each(ROLES)(
    '%s: the people a list selects are the people the policy lets them read',
    async (role) => {
      const actor: Actor = await actorFor(database.db, people[role]);
      const rows = await database.db.select({ id: prospectiveCarers.id }).from(prospectiveCarers);
      const inScope = await database.db
        .select({ id: prospectiveCarers.id })
        .from(prospectiveCarers)
        .where(scope(actor, 'prospective_carers'));
      const allowed = rows.filter(
        (row) => can(actor, 'recruitment.read', { kind: 'prospective_carer', id: row.id }).allowed,
      );
      expect(inScope.map((row) => row.id).sort()).toEqual(allowed.map((row) => row.id).sort());
      const canList = can(actor, 'recruitment.list').allowed;
      expect(canList).toBe(role === 'recruitment_officer' || role === 'registered_manager');
      expect(inScope.length > 0).toBe(canList);
    },
  );
});
