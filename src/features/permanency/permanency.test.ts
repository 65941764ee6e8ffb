import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { buildBelongingScene, type BelongingScene } from '../../../test/support/belonging-scene.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  buildChild,
  buildUser,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, permanencyConversations } from '../../core/db/tables.ts';

// Hannah supervises the Oak household, where Zara (15) lives with Ruth. Hannah talks with Zara
// about her future and records it in Zara's words; Ruth reads it; Zara reads it on her own page.
// Dani, Zara's mum, takes part through Zara's social worker instead; Sam and Olu are strangers.
const NOW = new Date('2026-11-23T10:00:00Z');

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let scene: BelongingScene;
const visitors = new Map<string, Visitor>();

const as = async (user: TestUser) => {
  const known = visitors.get(user.id);
  if (known) return known;
  const visitor = await signedInVisitor(testApp, user);
  visitors.set(user.id, visitor);
  return visitor;
};

beforeAll(async () => {
  database = await openTestDatabase();
  scene = await buildBelongingScene(database.db);
  testApp = await startTestApp(database, {}, () => NOW);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const pageOf = (childId: string) => `/children/${childId}/permanency`;
const conversationForm = (childId: string) => `${pageOf(childId)}/conversations/new`;
const decisionForm = (childId: string) => `${pageOf(childId)}/decisions/new`;
const reviewForm = (childId: string) => `${pageOf(childId)}/reviews/new`;

const ZARAS_WORDS = 'I want to stay with Ruth till I’m grown up. Nan has to be at my birthday.';

const CONVERSATION = {
  heldOn: '2026-11-20',
  whoWasThere: 'Zara, Hannah and Ruth',
  option_long_term_fostering: 'yes',
  option_staying_put: 'yes',
  youngPersonWords: ZARAS_WORDS,
  questions: 'Can I stay when I’m 18?',
  feelings: 'Calm, and chatty about netball',
  nextSteps: 'Hannah will find out about staying on after 18.',
};

const auditOf = (actorId: string, action: string) =>
  database.db
    .select({
      outcome: auditEvents.outcome,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), eq(auditEvents.action, action)));

const conversationCount = async () =>
  (await database.db.select().from(permanencyConversations)).length;

describe('a conversation in Zara’s words', () => {
  it('is recorded by Hannah and shows on the staff page, Ruth’s view and Zara’s own page', async () => {
    const hannah = await as(scene.hannah);
    const before = await hannah.get(pageOf(scene.zaraId));
    expect(before.statusCode).toBe(200);
    expect(pageText(before.body)).toContain('Permanency: Zara');
    expect(pageText(before.body)).toContain('No decision yet.');
    expect(before.body).toContain(`href="${conversationForm(scene.zaraId)}"`);

    const form = await hannah.get(conversationForm(scene.zaraId));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="option_adoption"');
    const saved = await hannah.post(conversationForm(scene.zaraId), CONVERSATION);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(pageOf(scene.zaraId));

    const staffPage = pageText((await hannah.get(pageOf(scene.zaraId))).body);
    expect(staffPage).toContain('The conversation is saved.');
    expect(staffPage).toContain(ZARAS_WORDS);
    expect(staffPage).toContain(
      'Options talked about: Staying with foster carers long-term and Staying put or living independently',
    );
    expect(staffPage).toContain('Recorded by Hannah Kowalski');
    expect(staffPage).toContain('Talked about in 1 conversation');

    const ruth = await as(scene.ruth);
    const ruthsView = await ruth.get(pageOf(scene.zaraId));
    expect(ruthsView.statusCode).toBe(200);
    expect(pageText(ruthsView.body)).toContain(ZARAS_WORDS);
    expect(ruthsView.body).not.toContain(conversationForm(scene.zaraId));

    const zara = await as(scene.zara);
    const own = await zara.get('/my/future');
    expect(own.statusCode).toBe(200);
    const ownText = pageText(own.body);
    expect(ownText).toContain('Your future: what we have talked about');
    expect(ownText).toContain(ZARAS_WORDS);
    expect(ownText).toContain('Can I stay when I’m 18?');
    expect(ownText).toContain('Hannah will find out about staying on after 18.');
    expect(own.body).toContain('href="/my/voice"');
    expect(ownText.toLowerCase()).not.toMatch(/\bcase\b|placement|looked.after|permanency/);

    expect(await auditOf(scene.hannah.id, 'permanency.conversation_recorded')).toEqual([
      { outcome: 'done', recordType: 'permanency_conversation', recordId: expect.any(String) },
    ]);
    for (const reader of [scene.hannah, scene.ruth, scene.zara]) {
      expect(await auditOf(reader.id, 'permanency.read')).toContainEqual({
        outcome: 'done',
        recordType: 'child',
        recordId: scene.zaraId,
      });
    }
  });

  it('sends Zara from the staff address to her own page', async () => {
    const zara = await as(scene.zara);
    const response = await zara.get(pageOf(scene.zaraId));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/my/future');
  });

  it('refuses Dani, and is not there at all for Sam and Olu', async () => {
    const dani = await as(scene.dani);
    expect((await dani.get(pageOf(scene.zaraId))).statusCode).toBe(403);
    expect(await auditOf(scene.dani.id, 'permanency.read')).toEqual([
      { outcome: 'refused', recordType: 'child', recordId: scene.zaraId },
    ]);
    for (const stranger of [scene.sam, scene.otherWorker]) {
      const visitor = await as(stranger);
      expect((await visitor.get(pageOf(scene.zaraId))).statusCode).toBe(404);
      expect((await visitor.get(conversationForm(scene.zaraId))).statusCode).toBe(404);
      expect((await visitor.post(conversationForm(scene.zaraId), CONVERSATION)).statusCode).toBe(
        404,
      );
    }
  });

  it('lets Ruth read but not record, even with a form that would not pass', async () => {
    const ruth = await as(scene.ruth);
    const count = await conversationCount();
    expect((await ruth.get(conversationForm(scene.zaraId))).statusCode).toBe(403);
    expect((await ruth.post(conversationForm(scene.zaraId), CONVERSATION)).statusCode).toBe(403);
    expect((await ruth.post(conversationForm(scene.zaraId), {})).statusCode).toBe(403);
    expect(await conversationCount()).toBe(count);
  });

  it('names what is wrong, keeps what was typed, and saves nothing', async () => {
    const hannah = await as(scene.hannah);
    const count = await conversationCount();

    const noWords = await hannah.post(conversationForm(scene.zaraId), {
      ...CONVERSATION,
      youngPersonWords: '  ',
      whoWasThere: '',
    });
    expect(noWords.statusCode).toBe(400);
    expect(noWords.body).toContain('Write what the young person said, in their own words');
    expect(noWords.body).toContain('Enter who was there');
    expect(noWords.body).toContain('href="#field-youngPersonWords"');
    expect(noWords.body).toContain('Can I stay when I’m 18?</textarea>');
    expect(noWords.body).toMatch(/name="option_staying_put"[^>]*checked/);

    const future = await hannah.post(conversationForm(scene.zaraId), {
      ...CONVERSATION,
      heldOn: '2026-12-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('The date of the conversation cannot be in the future');
    expect(pageText(future.body)).toContain(ZARAS_WORDS);

    const beforeBirth = await hannah.post(conversationForm(scene.zaraId), {
      ...CONVERSATION,
      heldOn: '2010-01-01',
    });
    expect(pageText(beforeBirth.body)).toContain('cannot be before Zara was born on 14 May 2011');

    const notADate = await hannah.post(conversationForm(scene.zaraId), {
      ...CONVERSATION,
      heldOn: 'last Tuesday',
    });
    expect(notADate.statusCode).toBe(400);
    expect(notADate.body).toContain('Enter the date of the conversation like 2026-11-23');
    expect(notADate.body).toContain('value="last Tuesday"');

    expect(await conversationCount()).toBe(count);
  });
});

describe('the decision', () => {
  it('asks for the option and reasons, then shows beside Zara’s own choice for everyone', async () => {
    const hannah = await as(scene.hannah);
    const missing = await hannah.post(decisionForm(scene.zaraId), {
      youngPersonChoice: 'long_term_fostering',
      youngPersonWords: 'Ruth and Dave’s, for good.',
      decidedOn: '2026-11-21',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Choose the option that has been decided');
    expect(missing.body).toContain('Write the reasons for the decision');
    expect(missing.body).toContain('Ruth and Dave’s, for good.</textarea>');

    const saved = await hannah.post(decisionForm(scene.zaraId), {
      youngPersonChoice: 'long_term_fostering',
      youngPersonWords: 'Ruth and Dave’s, for good.',
      decidedOption: 'long_term_fostering',
      reasons: 'Zara is settled and has said the same thing for a year.',
      decidedOn: '2026-11-21',
    });
    expect(saved.statusCode).toBe(303);

    const staffPage = pageText((await hannah.get(pageOf(scene.zaraId))).body);
    expect(staffPage).toContain('Decided on 21 November 2026, recorded by Hannah Kowalski');
    expect(staffPage).toContain('Zara is settled and has said the same thing for a year.');
    expect(staffPage).toContain('Zara’s own choice Staying with foster carers long-term');
    expect(staffPage).toContain('Ruth and Dave’s, for good.');
    expect(staffPage).not.toContain('No decision yet');

    const own = pageText((await (await as(scene.zara)).get('/my/future')).body);
    expect(own).toContain('What has been decided: Staying with foster carers long-term');
    expect(own).toContain('Zara is settled and has said the same thing for a year.');
    expect(own).toContain('You said you would like: Staying with foster carers long-term');
    expect(await auditOf(scene.hannah.id, 'permanency.decision_recorded')).toHaveLength(1);
  });
});

describe('looked-after reviews', () => {
  it('records a review and counts the next one from it', async () => {
    const hannah = await as(scene.hannah);
    const before = pageText((await hannah.get(pageOf(scene.zaraId))).body);
    // Looked after since 1 September 2025: 20 working days on, with no bank holidays between.
    expect(before).toContain('Overdue The first review is due by 29 September 2025');
    expect(before).toContain('Care Planning, Placement and Case Review (England) Regulations 2010');

    const form = await hannah.get(reviewForm(scene.zaraId));
    expect(form.body).not.toContain('name="lookedAfterSince"');
    const tooEarly = await hannah.post(reviewForm(scene.zaraId), {
      heldOn: '2025-08-01',
      permanencyNotes: 'Settling in.',
    });
    expect(tooEarly.statusCode).toBe(400);
    expect(pageText(tooEarly.body)).toContain(
      'cannot be before 1 September 2025, when Zara became looked after',
    );
    const noNotes = await hannah.post(reviewForm(scene.zaraId), { heldOn: '2026-10-01' });
    expect(noNotes.body).toContain('Write what the review said about permanency');

    const saved = await hannah.post(reviewForm(scene.zaraId), {
      heldOn: '2026-10-01',
      permanencyNotes: 'The review supported Zara staying with Ruth for the long term.',
    });
    expect(saved.statusCode).toBe(303);
    const after = pageText((await hannah.get(pageOf(scene.zaraId))).body);
    expect(after).toContain('Review held on 1 October 2026');
    expect(after).toContain('The review supported Zara staying with Ruth for the long term.');
    expect(after).toContain('The second review is due by 1 January 2027');
    expect(await auditOf(scene.hannah.id, 'permanency.review_recorded')).toHaveLength(1);

    const own = pageText((await (await as(scene.zara)).get('/my/future')).body);
    expect(own).toContain('Your next review meeting is due by 1 January 2027');
    expect(own).not.toContain('The review supported Zara staying');
  });

  it('asks when a child became looked after when nobody has said, and saves it', async () => {
    const leoId = await buildChildAtOak('Leo');
    const hannah = await as(scene.hannah);
    const before = pageText((await hannah.get(pageOf(leoId))).body);
    expect(before).toContain('the date Leo became looked after is not recorded');
    expect(before).toContain('Drift cannot be checked');

    const form = await hannah.get(reviewForm(leoId));
    expect(form.body).toContain('name="lookedAfterSince"');
    const future = await hannah.post(reviewForm(leoId), {
      heldOn: '2026-11-02',
      permanencyNotes: 'First review.',
      lookedAfterSince: '2027-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('The date of becoming looked after cannot be in the future');
    expect(future.body).toContain('value="2027-01-01"');

    const saved = await hannah.post(reviewForm(leoId), {
      heldOn: '2026-11-02',
      permanencyNotes: 'First review: Leo is settling in.',
      lookedAfterSince: '2026-10-05',
    });
    expect(saved.statusCode).toBe(303);
    const after = pageText((await hannah.get(pageOf(leoId))).body);
    expect(after).toContain('The second review is due by 2 February 2027');
    expect(after).toContain('A decision is due by 5 February 2027');
    expect(await auditOf(scene.hannah.id, 'child.update')).toContainEqual({
      outcome: 'done',
      recordType: 'child',
      recordId: leoId,
    });
  });
});

describe('the young person’s own page', () => {
  it('tells a young person whose account is not linked yet, kindly', async () => {
    const kai = await buildUser(database.db, { role: 'young_person', name: 'Kai Lund' });
    const page = await (await as(kai)).get('/my/future');
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Your account is not joined up with your records yet');
  });

  it('is nobody else’s', async () => {
    expect((await (await as(scene.hannah)).get('/my/future')).statusCode).toBe(404);
    expect((await (await as(scene.dani)).get('/my/future')).statusCode).toBe(404);
  });
});

async function buildChildAtOak(firstName: string): Promise<string> {
  const childId = await buildChild(database.db, { firstName, dateOfBirth: '2014-03-03' });
  await placeChild(database.db, childId, scene.oakId, { startedOn: '2026-10-05' });
  return childId;
}
