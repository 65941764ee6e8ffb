import { and, eq } from 'drizzle-orm';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  buildChild,
  buildHousehold,
  ctxFor,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import {
  buildPartnershipScene,
  type PartnershipScene,
} from '../../../test/support/partnership-scene.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, partnershipStarts } from '../../core/db/tables.ts';
import { GettingStartedCard, loadGettingStartedDue } from './index.ts';

// Thursday 8 October 2026. Mia arrived on Monday and nothing is recorded yet; Bea arrived in
// September and has met her mum, but nobody recorded a call; eleven brothers and sisters arrived
// yesterday in Hannah's Oak household; Ava's first days are all recorded; Finn came too long ago
// to count as new. Cy arrived on Tuesday in the home Olu supervises.
const TODAY = '2026-10-08';
const now = new Date(`${TODAY}T10:00:00Z`);
let database: Database & { drop: () => Promise<void> };
let scene: PartnershipScene;

async function arrive(
  homeId: string,
  firstName: string,
  startedOn: string,
  recorded?: { introHeldOn?: string; comfortCallHeldOn?: string },
) {
  const childId = await buildChild(database.db, { firstName, lastName: 'Lowe' });
  const placementId = await placeChild(database.db, childId, homeId, { startedOn });
  if (recorded) {
    await database.db.insert(partnershipStarts).values({ placementId, childId, ...recorded });
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  scene = await buildPartnershipScene(database.db);
  const oak = await buildHousehold(database.db, { supervisingWorkerId: scene.hannah.id });
  await arrive(oak, 'Bea', '2026-09-20', { introHeldOn: '2026-09-24' });
  await arrive(oak, 'Ava', '2026-09-21', {
    introHeldOn: '2026-09-24',
    comfortCallHeldOn: '2026-09-22',
  });
  await arrive(oak, 'Finn', '2026-09-01');
  for (let index = 1; index <= 11; index += 1) await arrive(oak, `Kid${index}`, '2026-10-07');
  const elm = await buildHousehold(database.db, { supervisingWorkerId: scene.olu.id });
  await arrive(elm, 'Cy', '2026-10-06');
});
afterAll(async () => database.drop());

const dueFor = async (user: TestUser) => {
  const actor = await actorFor(database.db, user);
  return loadGettingStartedDue(ctxFor(database.db, actor, now), actor, TODAY);
};

describe('the home page’s card of first days to record', () => {
  it('lists Hannah’s children overdue first, ten of them, and says how many more', async () => {
    const due = await dueFor(scene.hannah);
    expect(due.items.map((item) => [item.childLabel, item.isOverdue])).toEqual([
      ['Bea L.', true],
      ['Mia P.', true],
      ...Array.from({ length: 8 }, () => [expect.stringMatching(/^Kid\d+ L\.$/), false]),
    ]);
    expect(due.moreCount).toBe(3);
    const [bea, mia] = due.items;
    expect(bea!.intro).toBeNull();
    expect(bea!.comfortCall).toMatchObject({ state: 'overdue', deadline: { dueOn: '2026-09-22' } });
    expect(mia!.intro).toMatchObject({ state: 'due', deadline: { dueOn: '2026-10-12' } });
    expect(mia!.href).toBe(`/children/${scene.miaId}/family/getting-started`);
    const audited = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorId, scene.hannah.id), eq(auditEvents.action, 'partnership.read')),
      );
    expect(audited).toEqual([expect.objectContaining({ fields: ['getting_started_due'] })]);

    const card = pageText(renderToString(GettingStartedCard({ due, locale: 'en-GB' })));
    expect(card).toContain('Getting started with families');
    expect(card).toContain(
      'Mia P. · arrived 5 October 2026 Introductory meeting: Due by 12 October 2026 Comfort call: Overdue (it was due by 7 October 2026)',
    );
    expect(card).toContain('and 3 more');
    expect(card).not.toContain('Ava');
  });

  it('gives Priya every home, Olu his own, and carers nothing', async () => {
    const priya = await dueFor(scene.priya);
    expect(priya.items.length + priya.moreCount).toBe(14);
    expect((await dueFor(scene.olu)).items.map((item) => item.childLabel)).toEqual(['Cy L.']);
    expect(await dueFor(scene.sam)).toEqual({ items: [], moreCount: 0 });
    expect(await dueFor(scene.dani)).toEqual({ items: [], moreCount: 0 });
  });

  it('says when every new home has had its first days recorded', () => {
    const card = pageText(
      renderToString(GettingStartedCard({ due: { items: [], moreCount: 0 }, locale: 'en-GB' })),
    );
    expect(card).toContain(
      'Every child in a new home has had their introductory meeting and comfort call.',
    );
  });
});
