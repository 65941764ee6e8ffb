import { eq } from 'drizzle-orm';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  ctxFor,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, placementPlans } from '../../core/db/tables.ts';
import { PlacementPlansCard, placementTasksFor } from './index.ts';

// Today is Monday 23 November 2026. In Hannah's Oak household Leo arrived on Wednesday (his plan
// is due by this Wednesday) and Ava at the end of October (hers is overdue); Ben's plan there is
// agreed. In Marcus's Elm household Cy arrived on Friday.
const clock = new Date('2026-11-23T10:00:00Z');
let database: Database & { drop: () => Promise<void> };
let priya: TestUser;
let hannah: TestUser;
let asha: TestUser;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  priya = await buildUser(db, { role: 'registered_manager' });
  hannah = await buildUser(db, { role: 'supervising_social_worker' });
  const marcus = await buildUser(db, { role: 'supervising_social_worker' });
  asha = await buildUser(db, { role: 'foster_carer' });
  const oak = await buildHousehold(db, { name: 'Oak household', supervisingWorkerId: hannah.id });
  const elm = await buildHousehold(db, { name: 'Elm household', supervisingWorkerId: marcus.id });
  await addCarer(db, oak, asha);
  const child = (firstName: string, lastName: string) => buildChild(db, { firstName, lastName });
  await placeChild(db, await child('Leo', 'Lind'), oak, { startedOn: '2026-11-18' });
  await placeChild(db, await child('Ava', 'Adams'), oak, { startedOn: '2026-10-30' });
  const ben = await placeChild(db, await child('Ben', 'Brown'), oak, { startedOn: '2026-09-01' });
  await db.insert(placementPlans).values({ placementId: ben, agreedOn: '2026-09-03' });
  await placeChild(db, await child('Cy', 'Cole'), elm, { startedOn: '2026-11-20' });
});

afterAll(async () => {
  await database.drop();
});

const tasksOf = async (user: TestUser) =>
  placementTasksFor(ctxFor(database.db, await actorFor(database.db, user), clock));

describe('placement plans to agree, for the home page', () => {
  it('gives Hannah her homes’ plans still to agree, overdue first, with short names', async () => {
    const tasks = await tasksOf(hannah);
    expect(
      tasks.map(({ childLabel, dueOn, isOverdue, workingDaysLate }) => ({
        childLabel,
        dueOn,
        isOverdue,
        workingDaysLate,
      })),
    ).toEqual([
      { childLabel: 'Ava A.', dueOn: '2026-11-06', isOverdue: true, workingDaysLate: 11 },
      { childLabel: 'Leo L.', dueOn: '2026-11-25', isOverdue: false, workingDaysLate: 0 },
    ]);
    expect(tasks[0]!.href).toMatch(/^\/placements\/[0-9a-f-]+\/plan$/);
  });

  it('gives the manager every home’s, and a carer none', async () => {
    expect((await tasksOf(priya)).map((task) => task.childLabel)).toEqual([
      'Ava A.',
      'Leo L.',
      'Cy C.',
    ]);
    expect(await tasksOf(asha)).toEqual([]);
  });

  it('audits the children it shows as a list', async () => {
    await tasksOf(hannah);
    const [entry] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorId, hannah.id));
    expect(entry).toMatchObject({
      action: 'child.list',
      recordType: 'child',
      fields: ['placement_plans'],
    });
  });

  it('shows each on a card with the tag in words and a link to the plan', async () => {
    const tasks = await tasksOf(hannah);
    const html = renderToString(<PlacementPlansCard tasks={tasks} locale="en-GB" />);
    expect(pageText(html)).toContain(
      'Placement plans to agree Ava A. · Oak household Overdue by 11 working days (it was due by 6 November 2026) Leo L. · Oak household Due by 25 November 2026',
    );
    expect(html).toContain(`href="${tasks[0]!.href}"`);
    expect(pageText(renderToString(<PlacementPlansCard tasks={[]} locale="en-GB" />))).toContain(
      'Every placement has its plan agreed.',
    );
  });

  it('shows the ten most pressing and counts the rest', async () => {
    const [first] = await tasksOf(hannah);
    const many = Array.from({ length: 13 }, (_, index) => ({
      ...first!,
      placementId: `placement-${index}`,
      childLabel: `Child ${index + 1}`,
    }));
    const text = pageText(renderToString(<PlacementPlansCard tasks={many} locale="en-GB" />));
    expect(text).toContain('Child 10 ');
    expect(text).not.toContain('Child 11 ');
    expect(text).toContain('And 3 more placements without an agreed plan.');
  });
});
