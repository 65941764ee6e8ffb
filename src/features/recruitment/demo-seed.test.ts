import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import { loadReach } from '../../core/access/actor.ts';
import { verifyAuditChain } from '../../core/access/verify-audit.ts';
import type { Database } from '../../core/db/connect.ts';
import { selectRows, toCount } from '../../core/db/rows.ts';
import { unsafeFindUserByEmail } from '../accounts/index.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { listPipeline } from './service.ts';
import { ALL_STAGES } from './stages.ts';
import { SOURCES } from './words.ts';

// The demo agency, loaded as `kinfold seed-demo` loads it, seen through recruitment's eyes.
let database: Database & { drop: () => Promise<void> };
const now = new Date();

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoAgency(ctxFor(database.db, null, now));
});
afterAll(async () => {
  await database.drop();
});

const rows = <Row extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  selectRows<Row>(database.db, query);

describe('the demo agency’s recruitment', () => {
  it('has about twenty-five people, at every stage and from every way in', async () => {
    const people = await rows<{ stage: string; source: string; officer_role: string | null }>(sql`
      SELECT p.stage, p.source, u.role AS officer_role
      FROM prospective_carers p LEFT JOIN users u ON u.id = p.officer_id`);
    const demoPeople = people.length;
    expect(demoPeople).toBeGreaterThanOrEqual(25);
    expect(new Set(people.map((row) => row.stage))).toEqual(new Set(ALL_STAGES));
    expect(new Set(people.map((row) => row.source))).toEqual(new Set(SOURCES));
    const lookedAfterBy = new Set(people.map((row) => row.officer_role));
    expect(lookedAfterBy).toEqual(new Set(['recruitment_officer', 'registered_manager', null]));
  });

  it('shows the recruitment officer a few overdue, with reasons', async () => {
    const officer = await unsafeFindUserByEmail(database.db, 'recruitment@demo.kinfold.org');
    expect(officer).not.toBeNull();
    const actor = {
      userId: officer!.id,
      role: 'recruitment_officer' as const,
      name: officer!.name,
      email: officer!.email,
      reach: await loadReach(database.db, officer!.id, 'recruitment_officer'),
    };
    const overdue = await listPipeline(
      ctxFor(database.db, actor, now),
      { view: 'table', page: 1, overdue: 'yes' },
      50,
    );
    expect(overdue.total).toBeGreaterThanOrEqual(3);
    expect(overdue.total).toBeLessThanOrEqual(8);
    expect(overdue.items.flatMap((item) => item.deadlines.map((due) => due.kind))).toEqual(
      expect.arrayContaining(['enquiry_reply', 'home_visit', 'panel']),
    );
  });

  it('has checks, a report under way, panel meetings with recommendations, and approvals linked to households', async () => {
    const count = async (query: ReturnType<typeof sql>) =>
      toCount((await rows<{ total: unknown }>(query))[0]?.total);
    expect(await count(sql`SELECT count(*) AS total FROM statutory_checks`)).toBeGreaterThan(20);
    expect(
      await count(
        sql`SELECT count(*) AS total FROM assessment_sections WHERE progress = 'in_progress'`,
      ),
    ).toBeGreaterThan(0);
    expect(await count(sql`SELECT count(*) AS total FROM panel_meetings`)).toBeGreaterThanOrEqual(
      2,
    );
    expect(
      await count(
        sql`SELECT count(*) AS total FROM panel_agenda_items WHERE recommendation IS NOT NULL`,
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(sql`SELECT count(*) AS total FROM prospective_carers p JOIN households h
        ON h.id = p.household_id WHERE p.stage = 'approved' AND h.status = 'approved'`),
    ).toBe(2);
  });

  it('keeps every date in order: nobody moved on before they enquired, or was decided before panel', async () => {
    const wrong = await rows(sql`
      SELECT p.reference FROM prospective_carers p
      WHERE p.stage_changed_at < p.enquired_at
         OR p.decided_on < p.panel_on
         OR p.panel_on < p.applied_on
         OR EXISTS (SELECT 1 FROM recruitment_stage_changes c
                    WHERE c.prospective_carer_id = p.id AND c.changed_at < p.enquired_at)`);
    expect(wrong).toEqual([]);
  });

  it('leaves the audit trail intact', async () => {
    expect((await verifyAuditChain(database.db)).firstBroken).toBeNull();
  });
});
