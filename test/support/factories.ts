import { randomBytes } from 'node:crypto';
import { loadReach } from '../../src/core/access/actor.ts';
import type { Actor } from '../../src/core/access/actor.ts';
import type { Role } from '../../src/core/access/roles.ts';
import type { Ctx } from '../../src/core/context.ts';
import type { Db } from '../../src/core/db/connect.ts';
import {
  areas,
  birthParents,
  children,
  householdMembers,
  households,
  placements,
  users,
} from '../../src/core/db/tables.ts';
import { hashPassword } from '../../src/features/accounts/passwords.ts';

/** The password every test account has. */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

const unique = () => randomBytes(4).toString('hex');

export type TestUser = { id: string; email: string; name: string; role: Role; password: string };

/** An account with a known password. */
export async function buildUser(
  db: Db,
  overrides: Partial<{ role: Role; email: string; name: string }> = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const role = overrides.role ?? 'registered_manager';
  const email = overrides.email ?? `${role}-${unique()}@example.org`;
  const name = overrides.name ?? `Test ${role.replace(/_/g, ' ')}`;
  const [row] = await db
    .insert(users)
    .values({ email, name, role, passwordHash: await passwordHash })
    .returning({ id: users.id });
  return { id: row!.id, email, name, role, password: TEST_PASSWORD };
}

/** An area of the agency. */
export async function buildArea(db: Db, name = `Area ${unique()}`): Promise<string> {
  const [row] = await db.insert(areas).values({ name }).returning({ id: areas.id });
  return row!.id;
}

/** A household (approved by default), optionally with a supervising social worker. */
export async function buildHousehold(
  db: Db,
  overrides: Partial<typeof households.$inferInsert> = {},
): Promise<string> {
  const [row] = await db
    .insert(households)
    .values({
      reference: `HH-${unique()}`,
      name: `The ${unique()} household`,
      status: 'approved',
      careKind: 'foster',
      addressLine: '12 Test Street',
      town: 'Testtown',
      postcode: 'TT1 1TT',
      isAddressConfidential: true,
      approvedOn: '2024-01-15',
      maxChildren: 2,
      ageFrom: 0,
      ageTo: 18,
      ...overrides,
    })
    .returning({ id: households.id });
  return row!.id;
}

/** Makes an account a carer living in a household; returns their household member id. */
export async function addCarer(db: Db, householdId: string, user: TestUser): Promise<string> {
  const [firstName = 'Test', lastName = 'Carer'] = user.name.split(' ');
  const [row] = await db
    .insert(householdMembers)
    .values({ householdId, userId: user.id, firstName, lastName, memberRole: 'carer' })
    .returning({ id: householdMembers.id });
  return row!.id;
}

/** A child in care. */
export async function buildChild(
  db: Db,
  overrides: Partial<typeof children.$inferInsert> = {},
): Promise<string> {
  const [row] = await db
    .insert(children)
    .values({
      firstName: 'Leo',
      lastName: `Child${unique()}`,
      dateOfBirth: '2015-06-01',
      gender: 'boy',
      legalStatus: 'Care order (s31)',
      placingAuthority: 'Northshire County Council',
      ...overrides,
    })
    .returning({ id: children.id });
  return row!.id;
}

/** Places a child in a household (a current placement unless endedOn is given). */
export async function placeChild(
  db: Db,
  childId: string,
  householdId: string,
  overrides: Partial<typeof placements.$inferInsert> = {},
): Promise<string> {
  const [row] = await db
    .insert(placements)
    .values({
      childId,
      householdId,
      careType: 'long_term',
      startedOn: '2025-01-10',
      isConfidential: true,
      ...overrides,
    })
    .returning({ id: placements.id });
  return row!.id;
}

/** Links a birth parent's account to their child. */
export async function linkBirthParent(
  db: Db,
  childId: string,
  user: TestUser,
  relationship: 'mother' | 'father' | 'parent' = 'mother',
): Promise<void> {
  await db.insert(birthParents).values({ childId, userId: user.id, relationship });
}

/** The actor for an account, with its relationships loaded as a request would. */
export async function actorFor(db: Db, user: TestUser): Promise<Actor> {
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    reach: await loadReach(db, user.id, user.role),
  };
}

/** A service context for an actor (or for no one). */
export function ctxFor(db: Db, actor: Actor | null, now = new Date()): Ctx {
  return { actor, db, now, request: { id: `test-${unique()}`, ip: '203.0.113.9' } };
}
