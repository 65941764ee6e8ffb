import { eq } from 'drizzle-orm';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pageText, signedInVisitor, startTestApp } from '../../../test/support/app.ts';
import { buildBelongingScene, type BelongingScene } from '../../../test/support/belonging-scene.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  buildChild,
  buildHousehold,
  ctxFor,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import {
  agencySettings,
  auditEvents,
  permanencyConversations,
  permanencyDecisions,
} from '../../core/db/tables.ts';
import { forgetAgencySettings } from '../../core/settings.ts';
import { permanencyDrift } from '../belonging/review-due.ts';
import { findPermanencyDrift } from './drift-store.ts';
import { summarisePermanencyDrift } from './drift-service.ts';
import { PermanencyDriftCard } from './views/drift-card.tsx';
import { recordConversation, recordDecision } from './write-service.ts';

// Zara has been looked after since 1 September 2025. Hannah last talked her future through with
// her on 12 July 2026, and nothing is decided: by 23 November 2026 both are overdue. Hannah and
// Priya see it on their home page; Olu, who supervises another home, does not.
const NOW = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';

let database: Database & { drop: () => Promise<void> };
let scene: BelongingScene;

const ctxAs = async (user: TestUser) => ctxFor(database.db, await actorFor(database.db, user), NOW);
const driftFor = async (user: TestUser) => summarisePermanencyDrift(await ctxAs(user));
const talk = (heldOn: string) => ({
  heldOn,
  whoWasThere: 'Zara and Hannah',
  options: ['long_term_fostering' as const],
  youngPersonWords: 'Still Ruth’s. Still sure.',
  questions: '',
  feelings: '',
  nextSteps: '',
});

beforeAll(async () => {
  database = await openTestDatabase();
  scene = await buildBelongingScene(database.db);
});
afterAll(async () => {
  await database.drop();
});
beforeEach(async () => {
  await database.db.delete(permanencyConversations);
  await database.db.delete(permanencyDecisions);
  await recordConversation(await ctxAs(scene.hannah), scene.zaraId, talk('2026-07-12'));
});

describe('permanency drift on the home page', () => {
  it('lists Zara for Hannah and Priya, with what is overdue since when, and not for Olu', async () => {
    for (const staff of [scene.hannah, scene.priya]) {
      expect(await driftFor(staff)).toEqual([
        expect.objectContaining({
          childId: scene.zaraId,
          childName: 'Zara Ahmed',
          lastConversationOn: '2026-07-12',
          isConversationOverdue: true,
          conversationDueOn: '2026-10-12',
          isDecisionOverdue: true,
          decisionDueOn: '2026-01-01',
        }),
      ]);
    }
    expect(await driftFor(scene.otherWorker)).toEqual([]);

    const card = renderToString(
      h(PermanencyDriftCard, { entries: await driftFor(scene.hannah), locale: 'en-GB' }),
    );
    expect(pageText(card)).toContain('Permanency conversations due');
    expect(pageText(card)).toContain(
      'No conversation since 12 July 2026: one was due by 12 October 2026',
    );
    expect(pageText(card)).toContain('No decision yet: the agency’s target was 1 January 2026');
    expect(card).toContain(`href="/children/${scene.zaraId}/permanency"`);
    expect(renderToString(h(PermanencyDriftCard, { entries: [], locale: 'en-GB' }))).toBe('');

    const listed = await database.db
      .select({ actorId: auditEvents.actorId, fields: auditEvents.fields })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'child.list'));
    expect(listed).toContainEqual({
      actorId: scene.hannah.id,
      fields: ['permanency_conversations', 'permanency_decisions'],
    });
  });

  it('says the same on Zara’s page, with why each is due', async () => {
    const testApp = await startTestApp(database, {}, () => NOW);
    try {
      const hannah = await signedInVisitor(testApp, scene.hannah);
      const page = pageText((await hannah.get(`/children/${scene.zaraId}/permanency`)).body);
      expect(page).toContain(
        'No conversation with Zara since 12 July 2026: one was due by 12 October 2026',
      );
      expect(page).toContain('No decision yet: the agency’s target was 1 January 2026');
      expect(page).toContain('Why is this due?');
      expect(page).toContain('at least once every 3 months');
      expect(page).toContain('the permanence plan is expected by the second looked-after review');
    } finally {
      await testApp.close();
    }
  });

  it('drops the conversation once Hannah talks with Zara, and Zara once a decision is made', async () => {
    await recordConversation(await ctxAs(scene.hannah), scene.zaraId, talk('2026-11-20'));
    expect(await driftFor(scene.hannah)).toEqual([
      expect.objectContaining({ isConversationOverdue: false, isDecisionOverdue: true }),
    ]);
    await recordDecision(await ctxAs(scene.hannah), scene.zaraId, {
      youngPersonChoice: 'long_term_fostering',
      youngPersonWords: '',
      decidedOption: 'long_term_fostering',
      reasons: 'Settled, and it is what Zara wants.',
      decidedOn: '2026-11-21',
    });
    expect(await driftFor(scene.hannah)).toEqual([]);
    expect(await driftFor(scene.priya)).toEqual([]);
  });

  it('follows the agency’s own target for a decision', async () => {
    await recordConversation(await ctxAs(scene.hannah), scene.zaraId, talk('2026-11-20'));
    await setDecisionMonths(18);
    try {
      expect(await driftFor(scene.hannah)).toEqual([]);
    } finally {
      await setDecisionMonths(4);
    }
  });
});

describe('the query and the rule', () => {
  it('agree for every child, on either side of each due date', async () => {
    const homeId = await buildHousehold(database.db, { supervisingWorkerId: scene.hannah.id });
    const cases: Array<{
      lookedAfterSince: string | null;
      lastConversationOn: string | null;
      hasDecision: boolean;
      hasLeftCare?: boolean;
    }> = [
      { lookedAfterSince: null, lastConversationOn: null, hasDecision: false },
      { lookedAfterSince: null, lastConversationOn: '2026-08-22', hasDecision: false },
      { lookedAfterSince: null, lastConversationOn: '2026-08-23', hasDecision: false },
      { lookedAfterSince: '2026-08-22', lastConversationOn: null, hasDecision: false },
      { lookedAfterSince: '2026-08-23', lastConversationOn: null, hasDecision: false },
      { lookedAfterSince: '2026-08-31', lastConversationOn: null, hasDecision: true },
      { lookedAfterSince: '2026-07-22', lastConversationOn: '2026-11-01', hasDecision: false },
      { lookedAfterSince: '2026-07-23', lastConversationOn: '2026-11-01', hasDecision: false },
      { lookedAfterSince: '2026-07-31', lastConversationOn: '2026-11-01', hasDecision: false },
      { lookedAfterSince: '2024-01-31', lastConversationOn: '2026-11-01', hasDecision: true },
      {
        lookedAfterSince: '2024-01-31',
        lastConversationOn: null,
        hasDecision: false,
        hasLeftCare: true,
      },
    ];
    const ids: string[] = [];
    for (const facts of cases) {
      const childId = await buildChild(database.db, { lookedAfterSince: facts.lookedAfterSince });
      await placeChild(database.db, childId, homeId, {
        startedOn: '2024-01-31',
        ...(facts.hasLeftCare ? { endedOn: '2025-01-31' } : {}),
      });
      if (facts.lastConversationOn) {
        // An older conversation too, so the query must take the latest.
        for (const heldOn of ['2024-02-01', facts.lastConversationOn]) {
          await database.db.insert(permanencyConversations).values({
            childId,
            heldOn,
            whoWasThere: 'The child and Hannah',
            youngPersonWords: 'Fine.',
          });
        }
      }
      if (facts.hasDecision) {
        await database.db.insert(permanencyDecisions).values({
          childId,
          decidedOption: 'long_term_fostering',
          reasons: 'Settled.',
          decidedOn: '2026-01-01',
        });
      }
      ids.push(childId);
    }

    const listed = await findPermanencyDrift(
      database.db,
      await actorFor(database.db, scene.hannah),
      TODAY,
      4,
    );
    cases.forEach((facts, index) => {
      const rule = permanencyDrift({ ...facts, decisionTargetMonths: 4 }, TODAY);
      const isDrifting =
        !facts.hasLeftCare && (rule.isConversationOverdue || rule.isDecisionOverdue);
      const entry = listed.find((each) => each.childId === ids[index]);
      expect({ index, isListed: entry !== undefined }).toEqual({ index, isListed: isDrifting });
      if (entry) expect(entry).toMatchObject(rule);
    });
    // On either side of each due date, as the rule has it.
    expect(listed.filter((entry) => ids.includes(entry.childId)).length).toBe(3);
  });
});

async function setDecisionMonths(months: number): Promise<void> {
  await database.db
    .update(agencySettings)
    .set({ permanencyDecisionMonths: months })
    .where(eq(agencySettings.id, 1));
  forgetAgencySettings();
}
