import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import { loadReach } from '../../core/access/actor.ts';
import { isRole } from '../../core/access/roles.ts';
import type { Database } from '../../core/db/connect.ts';
import { selectRows } from '../../core/db/rows.ts';
import { todayIn } from '../../core/time/dates.ts';
import { unsafeFindUserByEmail } from '../accounts/index.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { unacknowledgedReportsFor } from './index.ts';

// The demo's three weeks: Sam and Jess write about Mia and Jay, Grace about Theo; Hannah, who
// supervises the Okafors, opens Kinfold to an incident from two days ago waiting for her.
let database: Database & { drop: () => Promise<void> };
const now = new Date();

beforeAll(async () => {
  database = await openTestDatabase();
  const ctx = ctxFor(database.db, null, now);
  await seedDemoAgency(ctx);
});
afterAll(async () => {
  await database.drop();
});

type Row = {
  child: string;
  kind: string;
  occurred_on: string;
  author: string;
  acknowledged: boolean;
  comments: unknown;
  started_on: string;
  ended_on: string | null;
};

const recordsOf = () =>
  selectRows<Row>(
    database.db,
    sql`SELECT coalesce(c.preferred_name, c.first_name) AS child, r.kind,
          to_char(r.occurred_on, 'YYYY-MM-DD') AS occurred_on, u.email AS author,
          r.acknowledged_at IS NOT NULL AS acknowledged,
          (SELECT count(*) FROM daily_record_comments k WHERE k.record_id = r.id) AS comments,
          to_char(p.started_on, 'YYYY-MM-DD') AS started_on, p.ended_on
        FROM daily_records r
        JOIN children c ON c.id = r.child_id
        JOIN users u ON u.id = r.author_id
        JOIN placements p ON p.id = r.placement_id`,
  );

async function actorOf(email: string) {
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

describe('the demo’s daily records', () => {
  it('covers about three weeks for Mia, Jay and Theo, in their current homes, never in the future', async () => {
    const rows = await recordsOf();
    const today = todayIn('Europe/London', now);
    for (const name of ['Mia', 'Jay', 'Theo']) {
      const logs = rows.filter((row) => row.child === name && row.kind === 'daily_log');
      expect(logs.length).toBeGreaterThanOrEqual(14);
      const days = logs.map((row) => row.occurred_on).sort();
      expect(days.at(-1)! < today).toBe(true);
      expect(days[0]! >= new Date(now.getTime() - 22 * 86_400_000).toISOString().slice(0, 10)).toBe(
        true,
      );
    }
    expect(new Set(rows.map((row) => row.child))).toEqual(new Set(['Mia', 'Jay', 'Theo']));
    for (const row of rows) {
      expect(row.ended_on).toBeNull();
      expect(row.occurred_on >= row.started_on).toBe(true);
    }
    const authors = new Set(rows.map((row) => row.author.split('@')[0]));
    expect(authors.has('carer')).toBe(true);
    expect(authors.has('kinship')).toBe(true);
    expect(authors.size).toBe(3); // Jess Okafor writes some of them too
  });

  it('has significant events with the worker’s replies, and one incident from two days ago nobody has acknowledged', async () => {
    const rows = await recordsOf();
    const events = rows.filter((row) => row.kind === 'significant_event');
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((row) => row.acknowledged && Number(row.comments) === 1)).toBe(true);
    const incidents = rows.filter((row) => row.kind === 'notifiable_incident');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ child: 'Jay', acknowledged: false });
    const twoDaysAgo = todayIn('Europe/London', new Date(now.getTime() - 2 * 86_400_000));
    expect(incidents[0]!.occurred_on).toBe(twoDaysAgo);
  });

  it('puts the incident on Hannah’s home page, as the Okafors’ supervising social worker', async () => {
    const hannah = await actorOf('worker@demo.kinfold.org');
    expect(hannah.name).toBe('Hannah Kowalski');
    const reports = await unacknowledgedReportsFor(ctxFor(database.db, hannah, now));
    expect(reports.total).toBe(1);
    expect(reports.entries[0]).toMatchObject({ kind: 'notifiable_incident' });
    expect(reports.entries[0]!.child.name).toMatch(/^Jay /);
  });
});
