import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import {
  actorFor,
  buildChild,
  buildHousehold,
  ctxFor,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import { Forbidden } from '../../core/errors.ts';
import {
  countUnansweredQuestions,
  summariseUnansweredQuestions,
  UnansweredQuestionsCard,
} from './index.ts';
import { insertVoiceEntry, updateSharing } from './store.ts';
import { auditedBy, NOW, openVoiceWorld, type VoiceWorld } from './voice-test-kit.ts';

// Zara asked Hannah something five days ago and it waits; an older question was answered. Kai,
// in Olu's home, asked something yesterday. Each worker sees only the young people in their homes;
// Priya, the manager, sees both; Ruth sees Zara's only once Zara shares it.
let world: VoiceWorld;
let zarasQuestion: string;
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  world = await openVoiceWorld();
  const { db } = world.database;
  const { zaraId, otherWorker } = world.scene;
  zarasQuestion = await insertVoiceEntry(db, {
    childId: zaraId,
    kind: 'question',
    body: 'Can I get a phone contract?',
    isSharedWithCarers: false,
    createdAt: new Date(NOW.getTime() - 5 * DAY_MS),
  });
  await insertVoiceEntry(db, {
    childId: zaraId,
    kind: 'question',
    body: 'When is my review?',
    isSharedWithCarers: true,
    createdAt: new Date(NOW.getTime() - 30 * DAY_MS),
    answer: {
      text: 'In June',
      by: world.scene.hannah.id,
      at: new Date(NOW.getTime() - 29 * DAY_MS),
    },
  });
  const kai = await buildChild(db, { firstName: 'Kai', lastName: 'Lee' });
  const birch = await buildHousehold(db, { supervisingWorkerId: otherWorker.id });
  await placeChild(db, kai, birch, { startedOn: '2025-06-01' });
  await insertVoiceEntry(db, {
    childId: kai,
    kind: 'question',
    body: 'Why did my social worker change?',
    isSharedWithCarers: false,
    createdAt: new Date(NOW.getTime() - DAY_MS),
  });
});
afterAll(async () => world.close());

const summaryFor = async (user: TestUser) =>
  summariseUnansweredQuestions(
    ctxFor(world.database.db, await actorFor(world.database.db, user), NOW),
  );

describe('questions waiting for an answer, for the home page', () => {
  it('gives Hannah Zara’s question by first name and how long it has waited, audited', async () => {
    const summary = await summaryFor(world.scene.hannah);
    expect(summary).toEqual({
      total: 1,
      entries: [
        {
          voiceId: zarasQuestion,
          childId: world.scene.zaraId,
          firstName: 'Zara',
          askedOn: '2026-03-05',
        },
      ],
    });
    expect(await auditedBy(world.database.db, world.scene.hannah.id, 'child.list')).toEqual([
      { outcome: 'done', recordType: 'child', recordId: null },
    ]);
    const card = renderToString(<UnansweredQuestionsCard questions={summary} today="2026-03-10" />);
    expect(pageText(card)).toContain('Questions from young people 1 Zara, asked 5 days ago');
    expect(card).toContain(`href="/children/${world.scene.zaraId}/voice"`);
    expect(card).not.toContain('phone contract');
  });

  it('gives Olu only Kai’s, and Priya both, longest waiting first', async () => {
    const forOlu = await summaryFor(world.scene.otherWorker);
    expect(forOlu.entries.map((entry) => entry.firstName)).toEqual(['Kai']);
    const forPriya = await summaryFor(world.scene.priya);
    expect(forPriya.total).toBe(2);
    expect(forPriya.entries.map((entry) => entry.firstName)).toEqual(['Zara', 'Kai']);
  });

  it('counts for Ruth only what Zara shared with her carers, and nothing for Zara or Sam', async () => {
    const { db } = world.database;
    const ruth = await actorFor(db, world.scene.ruth);
    expect(await countUnansweredQuestions(db, ruth)).toBe(0);
    await updateSharing(db, {
      childId: world.scene.zaraId,
      id: zarasQuestion,
      isSharedWithCarers: true,
    });
    expect(await countUnansweredQuestions(db, ruth)).toBe(1);
    expect(await countUnansweredQuestions(db, await actorFor(db, world.scene.sam))).toBe(0);
    expect(await countUnansweredQuestions(db, await actorFor(db, world.scene.zara))).toBe(0);
    await expect(summaryFor(world.scene.zara)).rejects.toBeInstanceOf(Forbidden);
  });

  it('shows an empty card calmly', () => {
    const card = renderToString(
      <UnansweredQuestionsCard questions={{ total: 0, entries: [] }} today="2026-03-10" />,
    );
    expect(pageText(card)).toContain('No questions are waiting for an answer.');
  });
});
