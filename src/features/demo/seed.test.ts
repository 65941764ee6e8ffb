import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import { loadReach } from '../../core/access/actor.ts';
import { isRole } from '../../core/access/roles.ts';
import { verifyAuditChain } from '../../core/access/verify-audit.ts';
import type { Database } from '../../core/db/connect.ts';
import { selectRows, toCount } from '../../core/db/rows.ts';
import { ageOn, todayIn } from '../../core/time/dates.ts';
import { unsafeFindUserByEmail, verifyPassword } from '../accounts/index.ts';
import { DEMO_PASSWORD, seedDemoAgency, type DemoSignIn } from './index.ts';

let database: Database & { drop: () => Promise<void> };
let signIns: DemoSignIn[];
const now = new Date();

beforeAll(async () => {
  database = await openTestDatabase();
  signIns = await seedDemoAgency(ctxFor(database.db, null, now));
});
afterAll(async () => {
  await database.drop();
});

const rows = <Row extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  selectRows<Row>(database.db, query);

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await rows<{ total: unknown }>(query);
  return toCount(row?.total);
}

async function reachOf(email: string) {
  const user = await unsafeFindUserByEmail(database.db, email);
  if (!user || !isRole(user.role)) throw new Error(`no demo account ${email}`);
  return { user, reach: await loadReach(database.db, user.id, user.role) };
}

const emailFor = (role: string) => signIns.find((signIn) => signIn.role === role)!.email;

describe('the demo agency', () => {
  it('has about forty households, most of them approved, and sixty children living in them now', async () => {
    const households = await count(sql`SELECT count(*) AS total FROM households`);
    expect(households).toBeGreaterThanOrEqual(38);
    expect(households).toBeLessThanOrEqual(42);
    expect(
      await count(sql`SELECT count(*) AS total FROM households WHERE status = 'approved'`),
    ).toBeGreaterThanOrEqual(30);
    expect(
      await count(sql`SELECT count(*) AS total FROM households WHERE care_kind = 'kinship'`),
    ).toBe(3);
    expect(
      await count(sql`SELECT count(*) AS total FROM households WHERE status = 'applicant'`),
    ).toBe(5);
    expect(await count(sql`SELECT count(*) AS total FROM placements WHERE ended_on IS NULL`)).toBe(
      60,
    );
    expect(
      await count(sql`SELECT count(*) AS total FROM placements WHERE ended_on IS NOT NULL`),
    ).toBeGreaterThanOrEqual(12);
  });

  it('keeps every home within its terms of approval: how many children, and their ages', async () => {
    const today = todayIn('Europe/London', now);
    const living = await rows<{
      household_id: string;
      max_children: number;
      age_from: number;
      age_to: number;
      date_of_birth: string;
    }>(sql`
      SELECT h.id AS household_id, h.max_children, h.age_from, h.age_to,
             to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth
      FROM placements p JOIN households h ON h.id = p.household_id JOIN children c ON c.id = p.child_id
      WHERE p.ended_on IS NULL`);
    const perHome = new Map<string, number>();
    for (const child of living) {
      perHome.set(child.household_id, (perHome.get(child.household_id) ?? 0) + 1);
      const age = ageOn(child.date_of_birth, today);
      expect(age).toBeGreaterThanOrEqual(child.age_from);
      expect(age).toBeLessThanOrEqual(child.age_to);
    }
    for (const child of living) {
      expect(perHome.get(child.household_id)).toBeLessThanOrEqual(child.max_children);
    }
  });

  it('gives every approved household a supervising social worker', async () => {
    expect(
      await count(sql`
        SELECT count(*) AS total FROM households h LEFT JOIN users u ON u.id = h.supervising_worker_id
        WHERE h.status = 'approved' AND (u.role IS DISTINCT FROM 'supervising_social_worker')`),
    ).toBe(0);
  });

  it('has each child living in one home at a time, and the carers of every household able to sign in', async () => {
    expect(
      await count(sql`
        SELECT count(DISTINCT child_id) AS total FROM placements WHERE ended_on IS NULL`),
    ).toBe(60);
    expect(
      await count(sql`
        SELECT count(*) AS total FROM households h
        WHERE NOT EXISTS (SELECT 1 FROM household_members m
                          WHERE m.household_id = h.id AND m.member_role = 'carer' AND m.user_id IS NOT NULL)`),
    ).toBe(0);
  });

  it('prints one sign-in for every role, each an account with the shared password', async () => {
    expect(signIns.map((signIn) => signIn.role)).toEqual([
      'administrator',
      'registered_manager',
      'supervising_social_worker',
      'training_coordinator',
      'recruitment_officer',
      'foster_carer',
      'kinship_carer',
      'birth_parent',
      'young_person',
    ]);
    for (const signIn of signIns) {
      const user = await unsafeFindUserByEmail(database.db, signIn.email);
      expect(user?.role, signIn.email).toBe(signIn.role);
      expect(signIn.password).toBe(DEMO_PASSWORD);
      expect(await verifyPassword(user!.passwordHash, signIn.password)).toBe(true);
      expect(signIn.description).toContain(user!.name);
    }
  });

  it("has Mia's mum's child living, confidentially, with Sam Okafor's family, who have two children at home", async () => {
    const parent = await reachOf('parent@demo.kinfold.org');
    const carer = await reachOf(emailFor('foster_carer'));
    expect(carer.reach.childIdsAtHome).toHaveLength(2);
    expect(parent.reach.ownChildIds).toHaveLength(1);
    expect(carer.reach.childIdsAtHome).toContain(parent.reach.ownChildIds[0]);
    const [placement] = await rows<{ is_confidential: boolean }>(sql`
      SELECT is_confidential FROM placements
      WHERE child_id = ${parent.reach.ownChildIds[0]} AND ended_on IS NULL`);
    expect(placement?.is_confidential).toBe(true);
  });

  it('has the young person living with a household whose carer signs in, and the kinship carer caring for a child', async () => {
    const youngPerson = await reachOf('young.person@demo.kinfold.org');
    expect(youngPerson.reach.ownRecordChildId).not.toBeNull();
    expect(
      await count(sql`
        SELECT count(*) AS total FROM placements p
        JOIN household_members m ON m.household_id = p.household_id AND m.user_id IS NOT NULL
        WHERE p.child_id = ${youngPerson.reach.ownRecordChildId} AND p.ended_on IS NULL`),
    ).toBeGreaterThan(0);

    const kinship = await reachOf('kinship@demo.kinfold.org');
    expect(kinship.user.role).toBe('kinship_carer');
    expect(kinship.reach.childIdsAtHome.length).toBeGreaterThan(0);
    expect(
      await count(sql`
        SELECT count(*) AS total FROM households
        WHERE id = ${kinship.reach.householdIds[0]} AND care_kind = 'kinship'`),
    ).toBe(1);
  });

  it('links about eight birth parents and six young people to their children', async () => {
    expect(await count(sql`SELECT count(DISTINCT user_id) AS total FROM birth_parents`)).toBe(8);
    expect(
      await count(sql`
        SELECT count(*) AS total FROM children c JOIN users u ON u.id = c.young_person_user_id
        WHERE u.role = 'young_person' AND c.date_of_birth <= ${todayIn('Europe/London', now)}::date - interval '12 years'`),
    ).toBe(6);
  });

  it('records the loading once in an audit trail that verifies', async () => {
    expect(
      await count(sql`SELECT count(*) AS total FROM audit_events WHERE action = 'demo.seeded'`),
    ).toBe(1);
    const verification = await verifyAuditChain(database.db);
    expect(verification.firstBroken).toBeNull();
    expect(verification.entriesChecked).toBeGreaterThanOrEqual(1);
  });
});
