import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { children } from '../../core/db/tables.ts';
import { todayIn } from '../../core/time/dates.ts';
import { findConnections } from '../belonging/connection-store.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { seedDemoMyPeople } from './index.ts';
import { peopleOnMap } from './people-view.ts';

// The demo agency, then its maps: Zara's grew over fourteen months; Mia, Jay and Theo have a few
// people each.
let database: Database & { drop: () => Promise<void> };
const now = new Date();
const today = todayIn('Europe/London', now);

beforeAll(async () => {
  database = await openTestDatabase();
  const ctx = ctxFor(database.db, null, now);
  await seedDemoAgency(ctx);
  await seedDemoMyPeople(ctx);
});
afterAll(async () => {
  await database.drop();
});

async function mapOf(knownAs: string, lastName: string) {
  const [child] = await database.db
    .select({ id: children.id, youngPersonUserId: children.youngPersonUserId })
    .from(children)
    .where(
      and(
        eq(sql`coalesce(${children.preferredName}, ${children.firstName})`, knownAs),
        eq(children.lastName, lastName),
      ),
    );
  return { child: child!, people: await findConnections(database.db, child!.id) };
}

describe('the demo’s maps', () => {
  it('gives Zara a map that grew over about fourteen months, with one nan', async () => {
    const { people } = await mapOf('Zara', 'Ahmed');
    const names = people.map((person) => person.name);
    const hers = [
      'Farida Ahmed',
      'Leah Thompson',
      'Maureen Cole',
      'Dean Morris',
      'Ms Okoro',
      'Imam Yusuf',
      'Pat Hughes',
      'Karim Ahmed',
      'Samira Ahmed',
    ];
    expect(names).toEqual(expect.arrayContaining(hers));
    // Seeded twice (once with the agency, once here), still each of them once, and one nan.
    for (const name of hers)
      expect(
        names.filter((each) => each === name),
        name,
      ).toHaveLength(1);
    expect(people.filter((person) => person.relationship === 'Nan')).toHaveLength(1);
    const mine = people.filter((person) => hers.includes(person.name));
    const joined = mine.map((person) => person.joinedOn).sort();
    const monthsBack = (day: string) =>
      (Date.parse(today) - Date.parse(day)) / (1000 * 60 * 60 * 24 * 30.4);
    expect(monthsBack(joined[0]!)).toBeGreaterThan(13);
    expect(monthsBack(joined[0]!)).toBeLessThan(16);
    expect(joined.at(-1)! <= today).toBe(true);
  });

  it('keeps Karim, not safe, off Zara’s own map, and shows her suggestion there waiting', async () => {
    const { child, people } = await mapOf('Zara', 'Ahmed');
    const karim = people.find((person) => person.name === 'Karim Ahmed')!;
    expect(karim).toMatchObject({
      contactStatus: 'not_safe',
      hasNoContactOrder: true,
      ring: 3,
      flagShownBy: null,
    });
    const hers = peopleOnMap('young_person', child.youngPersonUserId!, people, today);
    expect(hers.map((person) => person.name)).not.toContain('Karim Ahmed');
    const samira = hers.find((person) => person.name === 'Samira Ahmed')!;
    expect(samira).toMatchObject({
      status: 'proposed',
      source: 'young_person',
      addedBy: child.youngPersonUserId,
    });
  });

  it('gives Mia her mum and gran, shared with the family, and Jay and Theo theirs', async () => {
    const mia = await mapOf('Mia', 'Price');
    const shared = mia.people.filter((person) => person.isSharedWithFamily).map((p) => p.name);
    expect(shared.sort()).toEqual(['Carol Price', 'Dani Price']);
    expect(mia.people.length).toBeGreaterThanOrEqual(3);
    expect(mia.people.length).toBeLessThanOrEqual(4);
    const jay = await mapOf('Jay', 'Walsh');
    expect(jay.people.map((person) => person.relationship)).toEqual(
      expect.arrayContaining(['Older brother', 'Football coach']),
    );
    const theo = await mapOf('Theo', 'Mensah');
    expect(theo.people[0]).toMatchObject({ name: 'Kwaku Mensah', category: 'relative' });
  });
});
