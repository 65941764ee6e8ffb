import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { buildUser } from '../../../test/support/factories.ts';
import { youngPersonVoice } from '../../core/db/tables.ts';
import { insertVoiceEntry } from './store.ts';
import { NOW, openVoiceWorld, type VoiceWorld } from './voice-test-kit.ts';

// Zara's form comes back with what she typed and what to fix; nothing she sends, however odd,
// breaks the page. Hannah's answer is held to the same care.
let world: VoiceWorld;

beforeAll(async () => {
  world = await openVoiceWorld();
});
afterAll(async () => world.close());

const savedEntries = () => world.database.db.select().from(youngPersonVoice);

describe('what Zara sends', () => {
  it('names an empty message, keeps her choices, and saves nothing', async () => {
    const zara = await world.visitorFor(world.scene.zara);
    const sent = await zara.post('/my/voice', {
      kind: 'question',
      body: '   ',
      isSharedWithCarers: 'yes',
    });
    expect(sent.statusCode).toBe(400);
    const text = pageText(sent.body);
    expect(text).toContain('There is a problem');
    expect(text).toContain('Write what you want to say: a few words is enough');
    expect(sent.body).toContain('href="#field-body"');
    expect(sent.body).toMatch(/value="question"[^>]*checked/);
    expect(sent.body).toMatch(/name="isSharedWithCarers"[^>]*checked/);
    expect(await savedEntries()).toEqual([]);
  });

  it('names a message that is too long, keeping every word she typed', async () => {
    const zara = await world.visitorFor(world.scene.zara);
    const long = `${'I have a lot to say. '.repeat(95)}The end`;
    expect(long.length).toBeGreaterThan(2000);
    const sent = await zara.post('/my/voice', { kind: 'want_to_know', body: long });
    expect(sent.statusCode).toBe(400);
    expect(pageText(sent.body)).toContain('Keep it to 2,000 characters or fewer');
    expect(sent.body).toContain('The end</textarea>');
    expect(await savedEntries()).toEqual([]);
  });

  it('asks her to choose what kind of message it is, and copes with anything else', async () => {
    const zara = await world.visitorFor(world.scene.zara);
    const noKind = await zara.post('/my/voice', { body: 'Hello' });
    expect(noKind.statusCode).toBe(400);
    expect(pageText(noKind.body)).toContain('Choose if this is something you want people to know');
    expect(noKind.body).toContain('>Hello</textarea>');
    const odds: Record<string, string>[] = [
      { kind: 'complaint', body: 'x' },
      { kind: 'question', body: 'x', isSharedWithCarers: 'maybe' },
    ];
    for (const odd of odds) {
      expect((await zara.post('/my/voice', odd)).statusCode).toBe(400);
    }
    const strange = await zara.send({
      method: 'POST',
      url: '/my/voice',
      payload: JSON.stringify({ _csrf: zara.csrf(), kind: ['question'], body: { nested: true } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(strange.statusCode).toBe(400);
    expect(await savedEntries()).toEqual([]);
  });

  it('says what is wrong with a sharing choice it cannot read', async () => {
    const id = await insertVoiceEntry(world.database.db, {
      childId: world.scene.zaraId,
      kind: 'want_to_know',
      body: 'I like art',
      isSharedWithCarers: false,
      createdAt: NOW,
    });
    const zara = await world.visitorFor(world.scene.zara);
    const sent = await zara.post(`/my/voice/${id}/sharing`, { share: 'everyone' });
    expect(sent.statusCode).toBe(400);
    expect(pageText(sent.body)).toContain('Choose whether your carers can see this');
    expect(pageText(sent.body)).toContain('I like art');
  });
});

describe('Hannah’s answer', () => {
  it('is named when empty or too long, kept as typed, and nothing is saved', async () => {
    const id = await insertVoiceEntry(world.database.db, {
      childId: world.scene.zaraId,
      kind: 'question',
      body: 'When is my review?',
      isSharedWithCarers: false,
      createdAt: NOW,
    });
    const hannah = await world.visitorFor(world.scene.hannah);
    const url = `/children/${world.scene.zaraId}/voice/${id}/answer`;
    const empty = await hannah.post(url, { answer: '' });
    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain('Write your answer to the question');
    expect(empty.body).toContain(`href="#field-answer-${id}"`);
    expect(empty.body).toContain(`id="field-answer-${id}"`);

    const long = await hannah.post(url, { answer: `${'a'.repeat(2001)}` });
    expect(long.statusCode).toBe(400);
    expect(pageText(long.body)).toContain('An answer must be 2,000 characters or fewer');
    expect(long.body).toContain(`${'a'.repeat(2001)}</textarea>`);

    const [saved] = await savedEntries().then((rows) => rows.filter((row) => row.id === id));
    expect(saved!.answeredAt).toBeNull();
  });

  it('cannot answer something that is not a question', async () => {
    const id = await insertVoiceEntry(world.database.db, {
      childId: world.scene.zaraId,
      kind: 'want_to_know',
      body: 'I like cats',
      isSharedWithCarers: false,
      createdAt: NOW,
    });
    const hannah = await world.visitorFor(world.scene.hannah);
    const sent = await hannah.post(`/children/${world.scene.zaraId}/voice/${id}/answer`, {
      answer: 'Me too',
    });
    expect(sent.statusCode).toBe(404);
  });
});

describe('a young person whose account is not linked yet', () => {
  it('is told kindly that the page is not ready', async () => {
    const amir = await buildUser(world.database.db, { role: 'young_person', name: 'Amir Khan' });
    const visitor = await world.visitorFor(amir);
    const page = await visitor.get('/my/voice');
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('This page is not ready for you yet.');
    expect((await visitor.post('/my/voice', { kind: 'question', body: 'Hi' })).statusCode).toBe(
      404,
    );
  });
});
