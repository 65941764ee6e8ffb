import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import { loadReach, type Actor } from '../../core/access/actor.ts';
import { isRole } from '../../core/access/roles.ts';
import type { Database } from '../../core/db/connect.ts';
import { childImportantPeople as people, children } from '../../core/db/tables.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { unsafeFindUserByEmail } from '../accounts/index.ts';
import { findConnections } from '../belonging/connection-store.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { countCommittedAdults } from './committed-adults.ts';
import { summariseCommittedAdults } from './committed-adults-service.ts';
import { seedDemoFamilyFinding } from './demo.ts';
import { problemsWithOutreach, type PastStep } from './outreach-rules.ts';
import { findOutreachSteps } from './store.ts';

// The demo: Hannah (worker@) supervises Zara's home. After family finding, Zara has four committed
// adults of the agency's five (her nan, her old foster carer, her coach, and her great-aunt Noor,
// found in old records), so she is on Hannah's home page, with someone who has fewer still.
let database: Database & { drop: () => Promise<void> };
let zaraId: string;
let today: string;
const now = new Date();

beforeAll(async () => {
  database = await openTestDatabase();
  const ctx = ctxFor(database.db, null, now);
  await seedDemoAgency(ctx);
  today = await agencyToday(database.db, now);
  const [zara] = await database.db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, 'Zara'), eq(children.lastName, 'Ahmed')));
  zaraId = zara!.id;
  // The people the map's own demo gives Zara, where it has not already.
  for (const [name, relationship] of [
    ['Farida Ahmed', 'Nan'],
    ['Maureen Cole', 'Former foster carer'],
    ['Dean Richards', 'Football coach'],
  ] as const) {
    const first = name.split(' ')[0]!;
    const existing = await database.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.childId, zaraId), inArray(people.name, [name, first])));
    if (existing.length === 0) {
      await database.db
        .insert(people)
        .values({ childId: zaraId, name, relationship, joinedOn: '2024-01-01' });
    }
  }
  await seedDemoFamilyFinding(ctx);
  await seedDemoFamilyFinding(ctx);
});
afterAll(async () => {
  await database.drop();
});

async function actorOf(email: string): Promise<Actor> {
  const user = await unsafeFindUserByEmail(database.db, email);
  if (!user || !isRole(user.role)) throw new Error(`no demo account ${email}`);
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    reach: await loadReach(database.db, user.id, user.role),
  };
}

describe('the demo’s family finding', () => {
  it('adds Noor and Mrs Patel to Zara’s map once, with their sources and statuses', async () => {
    const everyone = await findConnections(database.db, zaraId);
    const found = everyone.filter((person) => ['Noor Ahmed', 'Mrs Patel'].includes(person.name));
    expect(
      found.map((person) => [person.name, person.source, person.contactStatus, person.ring]),
    ).toEqual([
      ['Noor Ahmed', 'case_records', 'in_touch', 2],
      ['Mrs Patel', 'young_person', 'approached', 3],
    ]);
    expect(found.every((person) => person.joinedOn < today && person.addedBy !== null)).toBe(true);
  });

  it('took every step after a safety check that cleared it, all in the past', async () => {
    const everyone = await findConnections(database.db, zaraId);
    for (const name of ['Noor Ahmed', 'Mrs Patel']) {
      const person = everyone.find((each) => each.name === name)!;
      const steps = await findOutreachSteps(database.db, person.id);
      const history: PastStep[] = [];
      for (const step of steps) {
        const attempt = { ...step, contactStatus: null };
        expect(problemsWithOutreach(attempt, { person, history, today }), name).toEqual({});
        history.push(step);
      }
      expect(steps.map((step) => step.kind).slice(0, 3)).toEqual([
        'search',
        'safety_check',
        'letter',
      ]);
    }
  });

  it('gives Zara four committed adults of five, and puts her on Hannah’s home page', async () => {
    expect(countCommittedAdults(await findConnections(database.db, zaraId), today)).toBe(4);
    const hannah = ctxFor(database.db, await actorOf('worker@demo.kinfold.org'), now);
    const { youngPeople } = await summariseCommittedAdults(hannah);
    const zara = youngPeople.find((entry) => entry.childId === zaraId);
    expect(zara).toMatchObject({ committedAdults: 4, target: 5 });
    const fewer = youngPeople.filter(
      (entry) => entry.childId !== zaraId && entry.committedAdults <= 1,
    );
    expect(fewer.length).toBeGreaterThan(0);
    expect(fewer.every((entry) => entry.age >= 15)).toBe(true);
  });
});
