import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents } from '../../core/db/tables.ts';

// Today is Monday 23 November 2026. Leo has had three homes this year: the Pine household (Priya's
// to oversee), then the Elm household (Marcus supervises) until it broke down, and since Wednesday
// the Oak household, where Asha cares for him and Hannah supervises. His plan is due by Wednesday.
// Lena is his mother.
const clock = new Date('2026-11-23T10:00:00Z');
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let hannah: TestUser;
let marcus: TestUser;
let asha: TestUser;
let lena: TestUser;
let oak: string;
let elm: string;
let leo: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });
  hannah = await buildUser(db, { role: 'supervising_social_worker', name: 'Hannah Kowalski' });
  marcus = await buildUser(db, { role: 'supervising_social_worker', name: 'Marcus Reid' });
  asha = await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' });
  lena = await buildUser(db, { role: 'birth_parent', name: 'Lena Lind' });
  oak = await buildHousehold(db, { name: 'Oak household', supervisingWorkerId: hannah.id });
  elm = await buildHousehold(db, { name: 'Elm household', supervisingWorkerId: marcus.id });
  const pine = await buildHousehold(db, { name: 'Pine household' });
  await addCarer(db, oak, asha);
  leo = await buildChild(db, { firstName: 'Leonard', preferredName: 'Leo', lastName: 'Lind' });
  await placeChild(db, leo, pine, {
    careType: 'emergency',
    startedOn: '2025-09-01',
    endedOn: '2026-03-02',
    endReasonKind: 'planned',
  });
  await placeChild(db, leo, elm, {
    careType: 'short_term',
    startedOn: '2026-03-02',
    endedOn: '2026-11-18',
    endReasonKind: 'disruption',
    endReason: 'Needed more help at night than the carers could give',
  });
  await placeChild(db, leo, oak, { careType: 'long_term', startedOn: '2026-11-18' });
  await linkBirthParent(db, leo, lena);
  testApp = await startTestApp(database, {}, () => clock);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visit = async (user: TestUser, url: string) =>
  (await signedInVisitor(testApp, user)).get(url);

describe('a child’s homes and plans', () => {
  it('shows Hannah where Leo lives, his plan’s deadline and why, how settled he has been, and every home, naming only hers', async () => {
    const response = await visit(hannah, `/children/${leo}/placements`);
    expect(response.statusCode).toBe(200);
    const page = pageText(response.body);
    expect(page).toContain('Where Leo lives now Household Oak household Care Long-term care');
    expect(page).toContain('Since 18 November 2026');
    expect(page).toContain('Placement plan Due Due by 25 November 2026 Why is this due?');
    expect(page).toContain('Care Planning, Placement and Case Review (England) Regulations 2010');
    expect(page).toContain('Homes in the last 12 months 3 (since 23 November 2025) 3 or more');
    expect(page).toContain('Time in this home Less than a month');
    expect(page).toContain(
      '2 March 2026 to 18 November 2026 Another household · Short-term care Why it ended: Unplanned ending (disruption) – Needed more help at night than the carers could give',
    );
    expect(page).toContain(
      '1 September 2025 to 2 March 2026 Another household · Emergency care Why it ended: Planned ending',
    );
    expect(response.body).toContain('aria-current="page">Homes and plans');
    expect(response.body).toMatch(/href="\/placements\/[0-9a-f-]+\/end"/);
    expect(response.body).toMatch(/href="\/placements\/[0-9a-f-]+\/plan"/);
  });

  it('shows Asha, his carer, the same story with the other homes unnamed and nothing to change', async () => {
    const response = await visit(asha, `/children/${leo}/placements`);
    expect(response.statusCode).toBe(200);
    const page = pageText(response.body);
    expect(page).toContain('Household Oak household');
    expect(page).toContain('Another household · Short-term care');
    expect(page).toContain('Another household · Emergency care');
    expect(page).not.toContain('Elm household');
    expect(page).not.toContain('Pine household');
    expect(page).toContain('Due by 25 November 2026');
    expect(response.body).not.toContain('/end"');
    expect(response.body).not.toContain('/plan"');
  });

  it('names every home for Priya, who oversees every household', async () => {
    const page = pageText((await visit(priya, `/children/${leo}/placements`)).body);
    expect(page).toContain('2 March 2026 to 18 November 2026 Elm household · Short-term care');
    expect(page).toContain('1 September 2025 to 2 March 2026 Pine household · Emergency care');
  });

  it('is not found for Marcus, who no longer supervises Leo’s home', async () => {
    expect((await visit(marcus, `/children/${leo}/placements`)).statusCode).toBe(404);
  });

  it('is refused to Lena: a birth parent sees what is shared with her, not the record', async () => {
    expect((await visit(lena, `/children/${leo}/placements`)).statusCode).toBe(403);
  });

  it('is not found for an address that is not a child', async () => {
    expect((await visit(priya, '/children/not-a-child/placements')).statusCode).toBe(404);
  });

  it('writes each read to the audit trail with what it showed, and each refusal', async () => {
    await visit(asha, `/children/${leo}/placements`);
    const reads = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, asha.id), eq(auditEvents.action, 'child.read')));
    expect(reads.at(-1)).toMatchObject({
      recordType: 'child',
      recordId: leo,
      outcome: 'done',
      fields: ['homes', 'placement_plan'],
    });
    const refusals = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, marcus.id), eq(auditEvents.outcome, 'refused')));
    expect(refusals.at(-1)).toMatchObject({ action: 'child.read', recordId: leo });
  });
});

describe('a household’s children', () => {
  it('shows Hannah who lives in the Oak household now', async () => {
    const page = pageText((await visit(hannah, `/households/${oak}/placements`)).body);
    expect(page).toContain('Children cared for: Oak household');
    expect(page).toContain('Leo Lind Long-term care 18 November 2026');
    expect(page).toContain('No child has left this household yet.');
  });

  it('shows Marcus that a child lived in the Elm household, without naming Leo, and how it ended', async () => {
    const response = await visit(marcus, `/households/${elm}/placements`);
    expect(response.statusCode).toBe(200);
    const page = pageText(response.body);
    expect(page).toContain('A child Short-term care 2 March 2026 18 November 2026 –');
    expect(page).not.toContain('Leo');
    expect(page).not.toContain('Needed more help at night');
    expect(page).toContain('Unplanned ending (disruption) 1');
  });

  it('shows Priya Leo by name in the Elm household, with why he left', async () => {
    const page = pageText((await visit(priya, `/households/${elm}/placements`)).body);
    expect(page).toContain(
      'Leo Lind Short-term care 2 March 2026 18 November 2026 Unplanned ending (disruption) – Needed more help at night',
    );
  });

  it('is not found for a carer of another household, and audited for those who read it', async () => {
    expect((await visit(asha, `/households/${elm}/placements`)).statusCode).toBe(404);
    const [read] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, priya.id), eq(auditEvents.action, 'household.read')));
    expect(read).toMatchObject({ recordType: 'household', recordId: elm, fields: ['placements'] });
  });
});
