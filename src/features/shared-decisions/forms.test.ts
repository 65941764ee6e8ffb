import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { MIA_SECRETS, type PartnershipScene } from '../../../test/support/partnership-scene.ts';
import { decisionRequests } from '../../core/db/tables.ts';
import {
  auditedBy,
  decisionsPath,
  openDecisionsWorld,
  requestIdOf,
  type DecisionsWorld,
} from './decisions-test-kit.ts';

// What goes wrong on each form is named beside its field, with what was typed kept, and never
// a server error. Sam's words reach Mia's parents, and her home is confidential: a question that
// gives the home's phone number is stopped until he says it is safe. Dani's are not checked.
let world: DecisionsWorld;
let scene: PartnershipScene;
let requestId: string;
const sams = () => decisionsPath('record', scene.miaId);
const danis = () => decisionsPath('family', scene.miaId);

beforeAll(async () => {
  world = await openDecisionsWorld();
  scene = world.scene;
  const sam = await world.visitorFor(scene.sam);
  const asked = await sam.post(`${sams()}/new`, { topic: 'haircuts', question: 'A trim?' });
  requestId = requestIdOf(asked.headers.location);
});
afterAll(async () => world.close());

async function countRequests(): Promise<number> {
  return (await world.database.db.select().from(decisionRequests)).length;
}

describe('asking for a decision, wrongly', () => {
  const cases: Array<[string, Record<string, string>, string, string]> = [
    ['no topic', { question: 'Can she go?' }, 'Choose what the decision is about', 'Can she go?'],
    [
      'an unknown topic',
      { topic: 'tattoos', question: 'Ink?' },
      'Choose what the decision is about',
      'Ink?',
    ],
    ['no question', { topic: 'sleepovers', question: '   ' }, 'Write the question', ''],
    [
      'a question too long',
      { topic: 'sleepovers', question: 'x'.repeat(1001) },
      'The question must be 1,000 characters or fewer',
      'x'.repeat(1001),
    ],
    [
      'a date that is not one',
      { topic: 'sleepovers', question: 'Friday?', needed_by: '31/11/2026' },
      'Enter the date the answer is needed by, like 2026-11-23',
      '31/11/2026',
    ],
    [
      'a date that does not exist',
      { topic: 'sleepovers', question: 'Friday?', needed_by: '2026-11-31' },
      'Enter a real date',
      '2026-11-31',
    ],
    [
      'a date in the past',
      { topic: 'sleepovers', question: 'Friday?', needed_by: '2026-11-09' },
      'must be today (10 November 2026) or later',
      '2026-11-09',
    ],
  ];
  it.each(cases)(
    'with %s is shown again, naming the field',
    async (_what, fields, message, kept) => {
      const sam = await world.visitorFor(scene.sam);
      const before = await countRequests();
      const response = await sam.post(`${sams()}/new`, fields);
      expect(response.statusCode).toBe(400);
      const text = pageText(response.body);
      expect(text).toContain('There is a problem');
      expect(text).toContain(message);
      expect(response.body).toContain('<title>Error: Ask for a decision');
      if (kept) expect(response.body).toContain(kept);
      expect(await countRequests()).toBe(before);
    },
  );
});

describe('Sam’s question that gives away where Mia lives', () => {
  const question = `Can Mia’s friend ring her on ${MIA_SECRETS.phone} to plan the sleepover?`;

  it('is stopped with a warning, the words kept and the "send it anyway" box offered', async () => {
    const sam = await world.visitorFor(scene.sam);
    const before = await countRequests();
    const response = await sam.post(`${sams()}/new`, { topic: 'sleepovers', question });
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain(
      'This could tell Mia’s family where Mia lives: the carers’ phone number',
    );
    expect(response.body).toContain('name="send_anyway"');
    expect(response.body).toContain(MIA_SECRETS.phone);
    expect(await countRequests()).toBe(before);
  });

  it('is sent when Sam ticks the box, and the audit keeps that he was warned', async () => {
    const sam = await world.visitorFor(scene.sam);
    const response = await sam.post(`${sams()}/new`, {
      topic: 'sleepovers',
      question,
      send_anyway: 'yes',
    });
    expect(response.statusCode).toBe(303);
    expect(
      (await auditedBy(world.database.db, scene.sam.id, 'decision.requested'))[0]!.fields,
    ).toEqual(['topic', 'question', 'sent_after_warning']);
  });

  it('does not stop Dani, whose words are not checked', async () => {
    const dani = await world.visitorFor(scene.dani);
    const response = await dani.post(`${danis()}/new`, {
      topic: 'other',
      question: 'Can Mia ring me on 07700 900123 on her birthday?',
    });
    expect(response.statusCode).toBe(303);
  });

  it('stops Sam’s answer notes the same way', async () => {
    const sam = await world.visitorFor(scene.sam);
    const notes = `Only if she is back at ${MIA_SECRETS.addressLine} by six.`;
    const response = await sam.post(`${sams()}/${requestId}/decide`, {
      outcome: 'agreed_with_conditions',
      notes,
    });
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('the carers’ address');
    expect(response.body).toContain('name="send_anyway"');
    expect(response.body).toContain(notes);
  });
});

describe('views and answers, wrongly', () => {
  it('asks Dani for her views when she sends none, or too many', async () => {
    const dani = await world.visitorFor(scene.dani);
    const empty = await dani.post(`${danis()}/${requestId}/views`, { views: '' });
    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain('Write the views: a few words is enough');
    expect(empty.body).toContain('href="#field-views"');
    const long = 'y'.repeat(2001);
    const tooLong = await dani.post(`${danis()}/${requestId}/views`, { views: long });
    expect(tooLong.statusCode).toBe(400);
    expect(pageText(tooLong.body)).toContain('The views must be 2,000 characters or fewer');
    expect(tooLong.body).toContain(long);
  });

  it('asks Sam for an answer, and for notes with a "no", keeping what he wrote', async () => {
    const sam = await world.visitorFor(scene.sam);
    const none = await sam.post(`${sams()}/${requestId}/decide`, { notes: 'Thinking' });
    expect(none.statusCode).toBe(400);
    expect(pageText(none.body)).toContain(
      'Choose the answer: agreed, agreed with conditions, or not agreed',
    );
    expect(none.body).toContain('Thinking');
    const unknown = await sam.post(`${sams()}/${requestId}/decide`, { outcome: 'maybe' });
    expect(unknown.statusCode).toBe(400);
    const no = await sam.post(`${sams()}/${requestId}/decide`, {
      outcome: 'not_agreed',
      notes: ' ',
    });
    expect(no.statusCode).toBe(400);
    expect(pageText(no.body)).toContain('Write why it was not agreed');
    expect(no.body).toContain('href="#field-notes"');
    expect(no.body).toMatch(/value="not_agreed"[^>]*checked|checked[^>]*value="not_agreed"/);
    const conditions = await sam.post(`${sams()}/${requestId}/decide`, {
      outcome: 'agreed_with_conditions',
      notes: '',
    });
    expect(pageText(conditions.body)).toContain('Write the conditions');
    const view = await sam.get(`${sams()}/${requestId}`);
    expect(pageText(view.body)).toContain('Answer Waiting for an answer');
  });

  it('never answers a form sent with nothing in it with a server error', async () => {
    const sam = await world.visitorFor(scene.sam);
    for (const url of [`${sams()}/new`, `${sams()}/${requestId}/decide`]) {
      expect((await sam.post(url, {})).statusCode).toBe(400);
    }
    const dani = await world.visitorFor(scene.dani);
    expect((await dani.post(`${danis()}/${requestId}/views`, {})).statusCode).toBe(400);
  });
});
