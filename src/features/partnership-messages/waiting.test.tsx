import { and, eq } from 'drizzle-orm';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { actorFor, buildChild, ctxFor, type TestUser } from '../../../test/support/factories.ts';
import {
  buildPartnershipScene,
  type PartnershipScene,
} from '../../../test/support/partnership-scene.ts';
import { inTransaction } from '../../core/context.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, partnershipMessages, reunificationPlans } from '../../core/db/tables.ts';
import { termsFor } from '../../core/ui/terms.ts';
import type { PageContext } from '../../core/ui/page-context.ts';
import { loadMessagesWaiting, MessagesWaitingCard, type MessagesWaiting } from './index.ts';

// Lee's two messages about Mia have waited since Monday; one about Theo since this morning. Ava
// went home to her dad, whom Olu supports, and his message waits too. Hannah sees Mia and Theo,
// Olu sees Ava, Priya sees all three, and Sam, a carer, decides on nothing.
let database: Database & { drop: () => Promise<void> };
let scene: PartnershipScene;
let avaId: string;
const NOW = new Date('2026-11-10T10:00:00Z');
const HOUR_MS = 60 * 60 * 1000;

async function hold(childId: string, authorId: string, hoursAgo: number, status = 'held' as const) {
  await database.db.insert(partnershipMessages).values({
    childId,
    authorId,
    body: 'Please pass this on.',
    status,
    createdAt: new Date(NOW.getTime() - hoursAgo * HOUR_MS),
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  scene = await buildPartnershipScene(database.db);
  await hold(scene.miaId, scene.lee.id, 26);
  await hold(scene.miaId, scene.lee.id, 20);
  await hold(scene.theoId, scene.abena.id, 2);
  await database.db.insert(partnershipMessages).values({
    childId: scene.miaId,
    authorId: scene.dani.id,
    body: 'Delivered, so not waiting.',
    status: 'delivered',
    createdAt: NOW,
    deliveredAt: NOW,
  });
  avaId = await buildChild(database.db, { firstName: 'Ava', lastName: 'Stone' });
  await database.db.insert(reunificationPlans).values({
    childId: avaId,
    aim: 'Ava lives at home with her dad.',
    status: 'home',
    wentHomeOn: '2026-09-01',
    supportWorkerId: scene.olu.id,
  });
  await hold(avaId, scene.kim.id, 5);
});
afterAll(async () => database.drop());

async function waitingFor(user: TestUser): Promise<MessagesWaiting> {
  const actor = await actorFor(database.db, user);
  return inTransaction(ctxFor(database.db, actor, NOW), (tx) => loadMessagesWaiting(tx, actor));
}

const context: PageContext = {
  actor: { name: 'Priya Shah', role: 'registered_manager' },
  csrfToken: '',
  agencyName: 'Kinfold',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  today: '2026-11-10',
  terms: termsFor('en-GB'),
  currentPath: '/home',
  flash: null,
};

describe('the card of messages waiting to be read', () => {
  it('shows Hannah the children in her homes, the longest waiting first', async () => {
    const waiting = await waitingFor(scene.hannah);
    expect(waiting.total).toBe(2);
    expect(waiting.children.map((child) => [child.firstName, child.waiting])).toEqual([
      ['Mia', 2],
      ['Theo', 1],
    ]);
    expect(waiting.children[0]!.since).toEqual(new Date(NOW.getTime() - 26 * HOUR_MS));
    const text = pageText(
      renderToString(<MessagesWaitingCard waiting={waiting} context={context} />),
    );
    expect(text).toContain('Mia: 2 messages , waiting since 9 Nov 2026, 08:00');
    expect(text).not.toContain('more');
    expect(renderToString(<MessagesWaitingCard waiting={waiting} context={context} />)).toContain(
      `href="/children/${scene.miaId}/family/messages/waiting"`,
    );
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, scene.hannah.id), eq(auditEvents.action, 'child.list')));
    expect(audit).toBeDefined();
  });

  it('shows Olu the child he supports after going home, and Priya everyone', async () => {
    expect((await waitingFor(scene.olu)).children.map((child) => child.childId)).toEqual([avaId]);
    expect((await waitingFor(scene.priya)).children.map((child) => child.firstName)).toEqual([
      'Mia',
      'Ava',
      'Theo',
    ]);
  });

  it('shows carers and parents nothing', async () => {
    for (const user of [scene.sam, scene.dani]) {
      expect(await waitingFor(user)).toEqual({ total: 0, children: [] });
    }
  });

  it('lists ten children and counts the rest', async () => {
    for (let number = 1; number <= 9; number += 1) {
      const childId = await buildChild(database.db, { firstName: `Child${number}` });
      await hold(childId, scene.kim.id, 1);
    }
    const waiting = await waitingFor(scene.priya);
    expect(waiting.total).toBe(12);
    expect(waiting.children).toHaveLength(10);
    const text = pageText(
      renderToString(<MessagesWaitingCard waiting={waiting} context={context} />),
    );
    expect(text).toContain('and 2 more');
  });

  it('says so when nothing is waiting', () => {
    const text = pageText(
      renderToString(
        <MessagesWaitingCard waiting={{ total: 0, children: [] }} context={context} />,
      ),
    );
    expect(text).toContain('No messages from parents are waiting to be read.');
  });
});
