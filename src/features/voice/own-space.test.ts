import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import {
  childImportantPeople,
  lifeStoryEntries,
  familyTimeSessions,
  lookedAfterReviews,
  permanencyPacts,
} from '../../core/db/tables.ts';
import { insertVoiceEntry } from './store.ts';
import { openVoiceWorld, type VoiceWorld } from './voice-test-kit.ts';

// Zara opens Kinfold on her phone. Her home page says who she lives with, how many people are on
// her map (her aunt, who has promised to stay in her life, and her coach; never her uncle, whom a
// worker marked not safe), her story, the answer waiting for her, and when her next review is.
let world: VoiceWorld;

beforeAll(async () => {
  world = await openVoiceWorld();
  const { db } = world.database;
  const { zaraId, hannah, ruth, zara, dani } = world.scene;
  const person = (values: Partial<typeof childImportantPeople.$inferInsert> & { name: string }) =>
    db
      .insert(childImportantPeople)
      .values({ childId: zaraId, relationship: 'Someone', joinedOn: '2025-10-01', ...values })
      .returning({ id: childImportantPeople.id })
      .then(([row]) => row!.id);
  const aunt = await person({ name: 'Samira Ahmed', category: 'relative', addedBy: hannah.id });
  await db.insert(permanencyPacts).values({ connectionId: aunt, agreedOn: '2026-01-15' });
  await person({ name: 'Coach Dev', category: 'coach', addedBy: hannah.id });
  const uncle = await person({
    name: 'Tariq Ahmed',
    contactStatus: 'not_safe',
    addedBy: hannah.id,
  });
  await db.insert(permanencyPacts).values({ connectionId: uncle, agreedOn: '2026-01-20' });
  await person({ name: 'Old neighbour', category: 'neighbour', leftOn: '2026-01-01' });
  await person({ name: 'Ruth’s idea', status: 'proposed', addedBy: ruth.id });

  const memory = (values: Partial<typeof lifeStoryEntries.$inferInsert>) =>
    db.insert(lifeStoryEntries).values({
      childId: zaraId,
      kind: 'memory',
      title: 'A memory',
      addedByRole: 'foster_carer',
      ...values,
    });
  await memory({ title: 'First day at Oak', addedBy: ruth.id });
  await memory({ title: 'My 14th birthday', addedBy: ruth.id, kind: 'photo' });
  await memory({ title: 'Mine, to check', addedBy: zara.id, status: 'awaiting_check' });
  await memory({ title: 'From mum, to check', addedBy: dani.id, status: 'awaiting_check' });

  await insertVoiceEntry(db, {
    childId: zaraId,
    kind: 'question',
    body: 'Can I dye my hair?',
    isSharedWithCarers: true,
    createdAt: new Date('2026-03-01T16:00:00Z'),
    answer: { text: 'Yes, talk to Ruth.', by: hannah.id, at: new Date('2026-03-02T09:00:00Z') },
  });
  await insertVoiceEntry(db, {
    childId: zaraId,
    kind: 'question',
    body: 'Can I have a sleepover?',
    isSharedWithCarers: false,
    createdAt: new Date('2026-03-08T16:00:00Z'),
  });
});
afterAll(async () => world.close());

const zarasHome = async () => {
  const zara = await world.visitorFor(world.scene.zara);
  const page = await zara.get('/home');
  expect(page.statusCode).toBe(200);
  return { zara, text: pageText(page.body), html: page.body };
};

describe('Zara’s home page', () => {
  it('counts the people on her map, leaving out her uncle, who is marked not safe', async () => {
    const { text, html } = await zarasHome();
    expect(text).toContain('This is your space.');
    expect(text).toContain('You live with Ruth.');
    expect(text).toContain(
      'Your people 2 people are on your map. 1 person has promised to stay in your life.',
    );
    expect(html).toContain('href="/my/people"');
    expect(html).not.toContain('Tariq');
  });

  it('counts her story, and what she added waiting for a check (not her mum’s)', async () => {
    const { text } = await zarasHome();
    expect(text).toContain(
      'Your story 2 memories in your story so far. 1 thing you added is waiting for your worker to check.',
    );
    expect(text).toContain('Your future');
  });

  it('says before the first review ever held that it was due, and when', async () => {
    // Looked after since Monday 1 September 2025: the first review falls 20 working days later.
    const { text } = await zarasHome();
    expect(text).toContain(
      'Your next review was due by 29 September 2025. Ask your worker when it will be.',
    );
  });

  it('gives the next review from the ones held, in words', async () => {
    await world.database.db.insert(lookedAfterReviews).values([
      { childId: world.scene.zaraId, heldOn: '2025-09-26' },
      { childId: world.scene.zaraId, heldOn: '2025-12-10' },
    ]);
    const { text } = await zarasHome();
    expect(text).toContain(
      'Coming up Your next review is on or before 10 June 2026. You can tell your worker what you want to say, or go yourself.',
    );
    for (const word of ['case', 'placement', 'looked-after', 'looked after', 'permanency']) {
      expect(text.toLowerCase()).not.toContain(word);
    }
  });

  it('tells her of a new answer until she has looked, and of the question still waiting', async () => {
    const { zara, text } = await zarasHome();
    expect(text).toContain(
      'Your voice Your worker answered 1 of your questions since you last looked. 1 question is waiting for an answer.',
    );
    await zara.get('/my/voice');
    const after = pageText((await zara.get('/home')).body);
    expect(after).not.toContain('since you last looked');
    expect(after).toContain('1 question is waiting for an answer.');
  });

  it('shows her next family time, and says when one is called off', async () => {
    const day = 24 * 60 * 60 * 1000;
    const soon = new Date(Date.now() + 3 * day);
    const later = new Date(Date.now() + 10 * day);
    const hour = 60 * 60 * 1000;
    await world.database.db.insert(familyTimeSessions).values([
      {
        childId: world.scene.zaraId,
        startsAt: soon,
        endsAt: new Date(+soon + hour),
        venue: 'Brookside Family Centre',
      },
      {
        childId: world.scene.zaraId,
        startsAt: later,
        endsAt: new Date(+later + hour),
        kind: 'video',
        status: 'cancelled',
        cancelledByParty: 'parent',
        cancelledReason: 'Mum is unwell',
      },
    ]);
    const { text } = await zarasHome();
    expect(text).toContain('Family time');
    expect(text).toContain('at Brookside Family Centre');
    expect(text).toContain('a video call Cancelled');
    // Why it was called off is for the adults to explain, not for a list on her home page.
    expect(text).not.toContain('Mum is unwell');
  });
});
