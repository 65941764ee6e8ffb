import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import { loadReach } from '../../core/access/actor.ts';
import { isRole } from '../../core/access/roles.ts';
import type { Database } from '../../core/db/connect.ts';
import { selectRows } from '../../core/db/rows.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { unsafeFindUserByEmail } from '../accounts/index.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { computeStabilityFigures } from '../stability/index.ts';
import { unsafeFindStabilityFacts } from '../stability/store.ts';
import { placementTasksFor } from './index.ts';

// The demo agency, with its placements' plans and endings, loaded on Monday 23 November 2026.
const clock = new Date('2026-11-23T10:00:00Z');
let database: Database & { drop: () => Promise<void> };

beforeAll(async () => {
  database = await openTestDatabase();
  const ctx = ctxFor(database.db, null, clock);
  await seedDemoAgency(ctx);
});

afterAll(async () => {
  await database.drop();
});

const rows = <Row extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  selectRows<Row>(database.db, query);

async function ctxOf(email: string) {
  const user = await unsafeFindUserByEmail(database.db, email);
  if (!user || !isRole(user.role)) throw new Error(`no demo account ${email}`);
  const actor = {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    reach: await loadReach(database.db, user.id, user.role),
  };
  return ctxFor(database.db, actor, clock);
}

describe('the demo agency’s placements', () => {
  it('says why every ended placement ended, in varied ways', async () => {
    const kinds = await rows<{ kind: string | null }>(
      sql`SELECT end_reason_kind AS kind FROM placements WHERE ended_on IS NOT NULL`,
    );
    expect(kinds.every((row) => row.kind !== null)).toBe(true);
    for (const kind of [
      'planned',
      'disruption',
      'return_home',
      'move_to_siblings_or_kin',
      'turned_18',
    ]) {
      expect(kinds.map((row) => row.kind)).toContain(kind);
    }
  });

  it('has a plan for most current placements', async () => {
    const [counts] = await rows<{ current: number; planned: number }>(
      sql`SELECT count(*)::int AS current, count(pp.placement_id)::int AS planned
          FROM placements p LEFT JOIN placement_plans pp ON pp.placement_id = p.id
          WHERE p.ended_on IS NULL`,
    );
    expect(counts!.planned / counts!.current).toBeGreaterThan(0.8);
    expect(counts!.planned).toBeLessThan(counts!.current);
  });

  it('gives worker@ one plan due, started three working days ago, and one overdue', async () => {
    const tasks = await placementTasksFor(await ctxOf('worker@demo.kinfold.org'));
    expect(tasks.filter((task) => task.isOverdue)).toHaveLength(1);
    expect(tasks.find((task) => task.startedOn === '2026-11-18')).toMatchObject({
      isOverdue: false,
      dueOn: '2026-11-25',
    });
  });

  it('gives Mia, whom carer@ and parent@ follow, an agreed plan', async () => {
    const [mia] = await rows<{ plans: number }>(
      sql`SELECT (SELECT count(*)::int FROM placement_plans pp WHERE pp.placement_id = p.id) AS plans
          FROM placements p JOIN children c ON c.id = p.child_id
          WHERE c.first_name = 'Mia' AND c.last_name = 'Price' AND p.ended_on IS NULL`,
    );
    expect(mia?.plans).toBe(1);
  });

  it('gives the stability report realistic figures, with some children moved three times this year', async () => {
    const facts = await unsafeFindStabilityFacts(database.db);
    const figures = computeStabilityFigures(
      facts.children,
      facts.placements,
      '2026-11-23',
      ENGLAND.placements,
    );
    expect(figures.manyMoves.count).toBeGreaterThanOrEqual(1);
    expect(figures.manyMoves.percent).toBeLessThan(20);
    expect(figures.endings.total).toBeGreaterThanOrEqual(5);
    expect(figures.endings.byReason.not_recorded).toBe(0);
  });

  it('keeps every placement within its dates, and one home at a time', async () => {
    const overlapping = await rows<{ id: string }>(
      sql`SELECT a.id FROM placements a JOIN placements b
            ON a.child_id = b.child_id AND a.id <> b.id
           AND a.started_on < coalesce(b.ended_on, '9999-12-31')
           AND b.started_on < coalesce(a.ended_on, '9999-12-31')`,
    );
    expect(overlapping).toEqual([]);
  });
});
