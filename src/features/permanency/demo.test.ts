import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import { loadReach } from '../../core/access/actor.ts';
import { isRole } from '../../core/access/roles.ts';
import type { Database } from '../../core/db/connect.ts';
import { selectRows, toCount } from '../../core/db/rows.ts';
import { todayIn } from '../../core/time/dates.ts';
import { unsafeFindUserByEmail } from '../accounts/index.ts';
import { nextReviewDue } from '../belonging/review-due.ts';
import { codesOf, PERMANENCY_OPTIONS } from '../belonging/vocabulary.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { planGeneratedHistory, type PlacedChild } from './demo-generated.ts';
import { seedDemoPermanency } from './index.ts';
import { summarisePermanencyDrift } from './drift-service.ts';

// The demo: Zara has talked her future through five times in a year and has a decision; Jay's
// last talk was months ago and nothing is decided, so Hannah sees him drifting; Mia hopes to go
// home to her mum. Every other child has a history of their own, and only a handful drift.
let database: Database & { drop: () => Promise<void> };
const now = new Date();
const today = todayIn('Europe/London', now);

beforeAll(async () => {
  database = await openTestDatabase();
  const ctx = ctxFor(database.db, null, now);
  await seedDemoAgency(ctx);
  // The demo agency may already plant it; otherwise it is planted here, as the demo would.
  const [planted] = await selectRows<{ count: unknown }>(
    database.db,
    sql`SELECT count(*) AS count FROM permanency_conversations`,
  );
  if (toCount(planted?.count) === 0) await seedDemoPermanency(ctx);
});
afterAll(async () => {
  await database.drop();
});

type Dated = { child: string; on: string };

const datesOf = (table: 'permanency_conversations' | 'looked_after_reviews', column: string) =>
  selectRows<Dated>(
    database.db,
    sql`SELECT coalesce(c.preferred_name, c.first_name) AS child,
          to_char(${sql.raw(`t.${column}`)}, 'YYYY-MM-DD') AS on
        FROM ${sql.raw(table)} t JOIN children c ON c.id = t.child_id
        ORDER BY 2`,
  );

const daysAgo = (iso: string) => Math.round((Date.parse(today) - Date.parse(iso)) / 86_400_000);

const demoStaff = async (email: string) => {
  const user = await unsafeFindUserByEmail(database.db, email);
  if (!user || !isRole(user.role)) throw new Error(`no demo account ${email}`);
  const actor = {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    reach: await loadReach(database.db, user.id, user.role),
  };
  return ctxFor(database.db, actor, now);
};

type Placed = { id: string; name: string; age: number; since: string; months_in_care: number };

// Every child living with the agency's carers now; Zara, Jay and Mia have stories of their own.
const placedChildren = () =>
  selectRows<Placed>(
    database.db,
    sql`SELECT c.id, coalesce(c.preferred_name, c.first_name) || ' ' || c.last_name AS name,
          date_part('year', age(${today}::date, c.date_of_birth))::int AS age,
          to_char(c.looked_after_since, 'YYYY-MM-DD') AS since,
          (date_part('year', age(${today}::date, c.looked_after_since)) * 12
            + date_part('month', age(${today}::date, c.looked_after_since)))::int AS months_in_care
        FROM children c
        WHERE EXISTS (SELECT 1 FROM placements p WHERE p.child_id = c.id AND p.ended_on IS NULL)`,
  );
const STORY_CHILDREN = ['Zara Ahmed', 'Jay Walsh', 'Mia Price'];

describe('the demo’s permanency planning', () => {
  it('gives Zara five conversations over the last 13 months and a decision three weeks ago', async () => {
    const talks = (await datesOf('permanency_conversations', 'held_on')).filter(
      (row) => row.child === 'Zara',
    );
    expect(talks).toHaveLength(5);
    expect(talks.every((row) => daysAgo(row.on) > 0 && daysAgo(row.on) <= 400)).toBe(true);
    const options = await selectRows<{ option: string }>(
      database.db,
      sql`SELECT DISTINCT unnest(p.options) AS option FROM permanency_conversations p
          JOIN children c ON c.id = p.child_id
          WHERE c.first_name = 'Zara' AND c.last_name = 'Ahmed'`,
    );
    expect(new Set(options.map((row) => row.option))).toEqual(
      new Set(['return_home', 'long_term_fostering', 'adoption', 'kinship', 'staying_put']),
    );
    const [decision] = await selectRows<{ decided_on: string; choice: string; decided: string }>(
      database.db,
      sql`SELECT to_char(d.decided_on, 'YYYY-MM-DD') AS decided_on,
            d.young_person_choice AS choice, d.decided_option AS decided
          FROM permanency_decisions d JOIN children c ON c.id = d.child_id
          WHERE c.first_name = 'Zara' AND c.last_name = 'Ahmed'`,
    );
    expect(decision).toMatchObject({
      choice: 'long_term_fostering',
      decided: 'long_term_fostering',
    });
    expect(daysAgo(decision!.decided_on)).toBe(21);
  });

  it('holds every child’s reviews on the regulation’s rhythm, with the next one still to come', async () => {
    const reviews = await selectRows<{ child_id: string; on: string }>(
      database.db,
      sql`SELECT child_id, to_char(held_on, 'YYYY-MM-DD') AS on FROM looked_after_reviews
          ORDER BY held_on`,
    );
    const placed = await placedChildren();
    expect(placed.length).toBeGreaterThan(40);
    for (const child of placed) {
      const held = reviews.filter((row) => row.child_id === child.id).map((row) => row.on);
      if (STORY_CHILDREN.includes(child.name)) expect(held.length).toBeGreaterThanOrEqual(2);
      held.forEach((heldOn, index) => {
        expect(heldOn >= child.since).toBe(true);
        expect(heldOn <= nextReviewDue(child.since, held.slice(0, index))!.dueOn).toBe(true);
      });
      expect(nextReviewDue(child.since, held)!.dueOn >= today).toBe(true);
    }
  });

  it('gives every other child up to four talks, 4 to 12 weeks apart, about options for their age', async () => {
    const talks = await selectRows<{ child_id: string; on: string; options: string[] }>(
      database.db,
      sql`SELECT child_id, to_char(held_on, 'YYYY-MM-DD') AS on, options
          FROM permanency_conversations ORDER BY held_on`,
    );
    const codes: string[] = codesOf(PERMANENCY_OPTIONS);
    const others = (await placedChildren()).filter((child) => !STORY_CHILDREN.includes(child.name));
    let talkedLately = 0;
    let inCareLonger = 0;
    for (const child of others) {
      const own = talks.filter((talk) => talk.child_id === child.id);
      expect(own.length).toBeLessThanOrEqual(4);
      // Only a child who arrived in the last few days has not been talked with yet.
      if (daysAgo(child.since) > 7) expect(own.length).toBeGreaterThanOrEqual(1);
      own.forEach((talk, index) => {
        expect(talk.on >= child.since && talk.on < today).toBe(true);
        if (index > 0) {
          const gap = daysAgo(own[index - 1]!.on) - daysAgo(talk.on);
          expect(gap).toBeGreaterThanOrEqual(28);
          expect(gap).toBeLessThanOrEqual(84);
        }
        expect(talk.options.length).toBeGreaterThan(0);
        expect(talk.options.every((option) => codes.includes(option))).toBe(true);
        if (child.age >= 13) expect(talk.options).not.toContain('adoption');
        if (child.age < 6) expect(talk.options).not.toContain('staying_put');
      });
      if (child.months_in_care >= 3) {
        inCareLonger += 1;
        if (own.length > 0 && daysAgo(own.at(-1)!.on) <= 90) talkedLately += 1;
      }
    }
    // Most children were talked with in the last 3 months.
    expect(talkedLately / inCareLonger).toBeGreaterThan(0.8);
  });

  it('draws the same history for the same child every time, and another for another child', () => {
    const child: PlacedChild = {
      id: '6f1c2a7e-0b7d-4c52-9a41-3e2f8d5b9c10',
      firstName: 'Aisha',
      knownAs: 'Aisha',
      lastName: 'Osei',
      dateOfBirth: '2012-04-02',
      lookedAfterSince: '2024-02-12',
      socialWorkerName: 'Tom Reyes',
      isKinshipHome: false,
      workerId: null,
      workerName: 'Hannah Kowalski',
      carers: [{ firstName: 'Bea', lastName: 'Lund' }],
    };
    const on = { today, decisionMonths: 4, drift: null };
    const history = planGeneratedHistory(child, on);
    expect(planGeneratedHistory(child, on)).toEqual(history);
    expect(history.decision).not.toBeNull();
    expect(
      planGeneratedHistory({ ...child, id: '0c5e9b1d-2f7a-4e63-8b20-71d4a6c3e958' }, on),
    ).not.toEqual(history);
  });

  it('shows the manager only a handful of drifting children, Jay among them and Zara not', async () => {
    const drift = await summarisePermanencyDrift(await demoStaff('manager@demo.kinfold.org'));
    const placed = await placedChildren();
    const names = drift.map((entry) => entry.childName);
    expect(names).toContain('Jay Walsh');
    expect(names).not.toContain('Zara Ahmed');
    expect(drift.length).toBeGreaterThan(2);
    expect(drift.length / placed.length).toBeLessThan(0.2);
  });

  it('shows Jay drifting on Hannah’s home page, and not Zara or Mia', async () => {
    const drift = await summarisePermanencyDrift(await demoStaff('worker@demo.kinfold.org'));
    const jay = drift.find((entry) => entry.childName === 'Jay Walsh');
    expect(jay).toMatchObject({ isConversationOverdue: true, isDecisionOverdue: true });
    expect(daysAgo(jay!.lastConversationOn!)).toBeGreaterThan(120);
    expect(drift.map((entry) => entry.childName)).not.toContain('Zara Ahmed');
    expect(drift.map((entry) => entry.childName)).not.toContain('Mia Price');

    const mias = await selectRows<{ options: string[] }>(
      database.db,
      sql`SELECT p.options FROM permanency_conversations p
          JOIN children c ON c.id = p.child_id
          WHERE c.first_name = 'Mia' AND c.last_name = 'Price'`,
    );
    expect(mias).toEqual([{ options: ['return_home'] }]);
  });
});
