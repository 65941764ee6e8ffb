import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { buildChild, buildUser } from '../../../test/support/factories.ts';
import type { BelongingScene } from '../../../test/support/belonging-scene.ts';
import { insertVoiceEntry } from './store.ts';
import { auditedBy, NOW, openVoiceWorld, voiceIdsIn, type VoiceWorld } from './voice-test-kit.ts';

// Zara asks her worker a question she keeps from her carers. Hannah, her worker, reads it and
// answers; Ruth, her carer, does not see it until Zara shares it. Dani, Zara's mum, is refused the
// page; Sam (another carer) and Olu (another worker) are told it does not exist.
let world: VoiceWorld;
let scene: BelongingScene;
let questionId: string;
const QUESTION = 'Can I go on the school trip to France? Who signs the form?';
const voicePage = () => `/children/${scene.zaraId}/voice`;

beforeAll(async () => {
  world = await openVoiceWorld();
  scene = world.scene;
});
afterAll(async () => world.close());

describe('Zara’s question, kept from her carers', () => {
  it('is saved from her voice page and listed there for her, seen by her worker only', async () => {
    const zara = await world.visitorFor(scene.zara);
    const sent = await zara.post('/my/voice', { kind: 'question', body: QUESTION });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/my/voice');
    const page = await zara.get('/my/voice');
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('We have let your worker know you have a question.');
    expect(text).toContain(QUESTION);
    expect(text).toContain('Who can see this: Your worker ');
    expect(text).toContain('Waiting for an answer from your worker.');
    [questionId] = voiceIdsIn(page.body) as [string];
    expect(await auditedBy(world.database.db, scene.zara.id, 'voice.written')).toEqual([
      { outcome: 'done', recordType: 'voice_entry', recordId: questionId },
    ]);
    expect(await auditedBy(world.database.db, scene.zara.id, 'voice.read')).toContainEqual({
      outcome: 'done',
      recordType: 'child',
      recordId: scene.zaraId,
    });
  });

  it('waits first on Hannah’s page of Zara’s words, and Ruth does not see it', async () => {
    const hannah = await world.visitorFor(scene.hannah);
    const page = await hannah.get(voicePage());
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('In Zara’s words');
    expect(text).toMatch(
      /Waiting for an answer Question Waiting for an answer Written on 10 March 2026 · Not shared with carers/,
    );
    expect(text).toContain(QUESTION);
    expect(page.body).toContain(`/children/${scene.zaraId}/voice/${questionId}/answer`);

    const ruth = await world.visitorFor(scene.ruth);
    const forRuth = await ruth.get(voicePage());
    expect(forRuth.statusCode).toBe(200);
    expect(pageText(forRuth.body)).toContain('Zara chooses what to share with you.');
    expect(forRuth.body).not.toContain('France');
    expect(await auditedBy(world.database.db, scene.ruth.id, 'voice.read')).toEqual([
      { outcome: 'done', recordType: 'child', recordId: scene.zaraId },
    ]);
  });

  it('cannot be answered by Ruth, who is not staff', async () => {
    const ruth = await world.visitorFor(scene.ruth);
    const answer = await ruth.post(`${voicePage()}/${questionId}/answer`, { answer: 'Yes!' });
    expect(answer.statusCode).toBe(403);
    expect(await auditedBy(world.database.db, scene.ruth.id, 'belonging.manage')).toEqual([
      { outcome: 'refused', recordType: 'child', recordId: scene.zaraId },
    ]);
  });

  it('is answered by Hannah, and Zara reads who answered and when', async () => {
    const hannah = await world.visitorFor(scene.hannah);
    const answered = await hannah.post(`${voicePage()}/${questionId}/answer`, {
      answer: 'Yes, you can go. I will sign the form and help with the passport.',
    });
    expect(answered.statusCode).toBe(303);
    expect(answered.headers.location).toBe(voicePage());
    expect(await auditedBy(world.database.db, scene.hannah.id, 'voice.answered')).toEqual([
      { outcome: 'done', recordType: 'voice_entry', recordId: questionId },
    ]);
    const again = await hannah.post(`${voicePage()}/${questionId}/answer`, { answer: 'No' });
    expect(again.statusCode).toBe(409);

    const zara = await world.visitorFor(scene.zara);
    const text = pageText((await zara.get('/my/voice')).body);
    expect(text).toContain('Hannah Kowalski answered on 10 March 2026:');
    expect(text).toContain('I will sign the form');
  });

  it('reaches Ruth once Zara shares it, and leaves her again when Zara stops', async () => {
    const zara = await world.visitorFor(scene.zara);
    const shared = await zara.post(`/my/voice/${questionId}/sharing`, { share: 'yes' });
    expect(shared.statusCode).toBe(303);
    expect(pageText((await zara.get('/my/voice')).body)).toContain(
      'Who can see this: Your worker and your carers',
    );
    const ruth = await world.visitorFor(scene.ruth);
    expect(pageText((await ruth.get(voicePage())).body)).toContain(QUESTION);
    // Ruth reads the answer, but may not give one.
    expect((await ruth.get(voicePage())).body).not.toContain('/answer');

    await zara.post(`/my/voice/${questionId}/sharing`, { share: 'no' });
    expect((await ruth.get(voicePage())).body).not.toContain('France');
    expect(await auditedBy(world.database.db, scene.zara.id, 'voice.sharing_changed')).toEqual([
      { outcome: 'done', recordType: 'voice_entry', recordId: questionId },
      { outcome: 'done', recordType: 'voice_entry', recordId: questionId },
    ]);
  });
});

describe('who may not', () => {
  it('refuses Dani, Zara’s mum, and tells Sam and Olu the page does not exist', async () => {
    const dani = await world.visitorFor(scene.dani);
    expect((await dani.get(voicePage())).statusCode).toBe(403);
    expect(await auditedBy(world.database.db, scene.dani.id, 'voice.read')).toEqual([
      { outcome: 'refused', recordType: 'child', recordId: scene.zaraId },
    ]);
    for (const stranger of [scene.sam, scene.otherWorker]) {
      const visitor = await world.visitorFor(stranger);
      const page = await visitor.get(voicePage());
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('France');
      const answer = await visitor.post(`${voicePage()}/${questionId}/answer`, { answer: 'Hi' });
      expect(answer.statusCode).toBe(404);
    }
  });

  it('sends Zara from the staff page to her own', async () => {
    const zara = await world.visitorFor(scene.zara);
    const page = await zara.get(voicePage());
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/my/voice');
  });

  it('lets nobody but Zara write in her voice', async () => {
    const hannah = await world.visitorFor(scene.hannah);
    const sent = await hannah.post('/my/voice', { kind: 'want_to_know', body: 'Written for her' });
    expect(sent.statusCode).toBe(404);
    expect((await hannah.get('/my/voice')).statusCode).toBe(404);
    const shared = await hannah.post(`/my/voice/${questionId}/sharing`, { share: 'yes' });
    expect(shared.statusCode).toBe(404);
    expect(await auditedBy(world.database.db, scene.hannah.id, 'voice.write')).toHaveLength(3);
    expect(
      (await auditedBy(world.database.db, scene.hannah.id, 'voice.write')).every(
        (entry) => entry.outcome === 'refused',
      ),
    ).toBe(true);
  });

  it('does not let Zara change what another young person wrote', async () => {
    const noahUser = await buildUser(world.database.db, { role: 'young_person', name: 'Noah N' });
    const noah = await buildChild(world.database.db, {
      firstName: 'Noah',
      youngPersonUserId: noahUser.id,
    });
    const hisId = await insertVoiceEntry(world.database.db, {
      childId: noah,
      kind: 'want_to_know',
      body: 'Mine',
      isSharedWithCarers: false,
      createdAt: NOW,
    });
    const zara = await world.visitorFor(scene.zara);
    const changed = await zara.post(`/my/voice/${hisId}/sharing`, { share: 'yes' });
    expect(changed.statusCode).toBe(404);
    expect((await zara.post('/my/voice/not-an-id/sharing', { share: 'yes' })).statusCode).toBe(404);
    expect((await zara.get(`/children/${noah}/voice`)).statusCode).toBe(303);
  });
});
