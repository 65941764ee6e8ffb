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
import { inTransaction } from '../../core/context.ts';
import type { Database } from '../../core/db/connect.ts';
import { loadSupportDue, SupportDueCard, type SupportDue } from './index.ts';
import { auditedBy, NOW, TODAY } from './reunification-test-kit.ts';
import * as store from './store.ts';

// Today is 17 November 2026. Mia's plan review (Hannah's home) was due yesterday; Theo's (also
// Hannah's) is three weeks off. Noor, in Olu's home, has a review in five days. Ben went home a
// month ago and Olu supports the family: his first check-in was due two days ago. Ava's support
// is closed. Priya, the manager, sees every one that is due; each worker sees their own.
let database: Database & { drop: () => Promise<void> };
let scene: PartnershipScene;
let noorId: string;
let benId: string;

const plan = (childId: string, nextReviewOn: string | null) => ({
  childId,
  aim: 'Going home.',
  supportOffered: '',
  targetOn: null,
  nextReviewOn,
  by: scene.hannah.id,
  at: NOW,
});

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  scene = await buildPartnershipScene(db);
  const olusHome = await buildHousehold(db, { supervisingWorkerId: scene.olu.id });
  noorId = await buildChild(db, { firstName: 'Noor' });
  await placeChild(db, noorId, olusHome);
  benId = await buildChild(db, { firstName: 'Ben', preferredName: 'Benji' });
  await placeChild(db, benId, olusHome, { endedOn: '2026-10-18' });
  const avaId = await buildChild(db, { firstName: 'Ava' });
  await placeChild(db, avaId, olusHome, { endedOn: '2026-04-01' });

  await store.savePlanRow(db, plan(scene.miaId, '2026-11-16'));
  await store.savePlanRow(db, plan(scene.theoId, '2026-12-08'));
  await store.savePlanRow(db, plan(noorId, '2026-11-22'));
  for (const [childId, wentHomeOn] of [
    [benId, '2026-10-18'],
    [avaId, '2026-04-01'],
  ] as const) {
    await store.savePlanRow(db, plan(childId, null));
    await store.markWentHome(db, childId, {
      wentHomeOn,
      supportEndsOn: '2027-04-18',
      supportWorkerId: scene.olu.id,
      by: scene.olu.id,
      at: NOW,
    });
  }
  await store.markClosed(db, avaId, { by: scene.olu.id, at: NOW });
});
afterAll(async () => database.drop());

async function dueFor(user: TestUser): Promise<SupportDue> {
  const actor = await actorFor(database.db, user);
  return inTransaction(ctxFor(database.db, actor, NOW), (tx) => loadSupportDue(tx, actor, TODAY));
}

describe('reviews and check-ins falling due', () => {
  it('shows Priya everything overdue or due this week, soonest first', async () => {
    const due = await dueFor(scene.priya);
    expect(due.total).toBe(3);
    expect(due.items.map((item) => [item.name, item.kind, item.dueOn, item.isOverdue])).toEqual([
      ['Benji', 'check_in', '2026-11-15', true],
      ['Mia', 'review', '2026-11-16', true],
      ['Noor', 'review', '2026-11-22', false],
    ]);
    const [audit] = await auditedBy(database.db, scene.priya.id, 'partnership.read');
    expect(audit).toMatchObject({ recordType: 'child', recordId: null });
  });

  it('shows Hannah the children in her homes, and Olu his home and the family he supports', async () => {
    expect((await dueFor(scene.hannah)).items.map((item) => item.name)).toEqual(['Mia']);
    expect((await dueFor(scene.olu)).items.map((item) => item.name)).toEqual(['Benji', 'Noor']);
  });

  it('moves a family’s check-in on once one is held, and shows nobody else anything', async () => {
    await store.insertMeeting(database.db, {
      childId: benId,
      kind: 'check_in',
      heldOn: '2026-11-16',
      howItIs: 'going_well',
      forFamily: '',
      staffNotes: '',
      nextOn: '2026-12-14',
      by: scene.olu.id,
      at: NOW,
    });
    expect((await dueFor(scene.olu)).items.map((item) => item.name)).toEqual(['Noor']);
    expect(await dueFor(scene.sam)).toEqual({ items: [], total: 0 });
    expect(await dueFor(scene.dani)).toEqual({ items: [], total: 0 });
  });
});

describe('the card', () => {
  it('lists at most ten, by first name, and counts the rest', async () => {
    const home = await buildHousehold(database.db, { supervisingWorkerId: scene.hannah.id });
    for (let index = 0; index < 11; index += 1) {
      const childId = await buildChild(database.db, { firstName: `Child${index}` });
      await placeChild(database.db, childId, home);
      await store.savePlanRow(database.db, plan(childId, '2026-11-20'));
    }
    const due = await dueFor(scene.priya);
    expect(due.total).toBe(13);
    expect(due.items).toHaveLength(10);
    const html = renderToString(<SupportDueCard due={due} />);
    const text = pageText(html);
    expect(text).toContain('Going home: reviews and check-ins');
    expect(text).toContain('Mia: plan review, was due 16 November 2026');
    expect(text).toContain('and 3 more');
    expect(html).toContain(`href="/children/${scene.miaId}/family/going-home"`);
  });

  it('says so when nothing is due', () => {
    const text = pageText(renderToString(<SupportDueCard due={{ items: [], total: 0 }} />));
    expect(text).toContain('No reviews or check-ins are due this week.');
  });
});
