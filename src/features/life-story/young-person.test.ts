import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { buildUser } from '../../../test/support/factories.ts';
import { lifeStoryEntries, placements } from '../../core/db/tables.ts';
import {
  addThroughForm,
  as,
  auditOf,
  buildWorld,
  closeWorld,
  pdfPages,
  photoWithLocation,
  type World,
} from './life-story-test-kit.ts';

// Zara adds to her own story on her phone and decides what her carers see. Her story hangs on her
// account, so when she leaves Ruth's home it stays hers; Ruth, her carer before, cannot open it.
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

const entry = async (id: string) =>
  (await world.database.db.select().from(lifeStoryEntries).where(eq(lifeStoryEntries.id, id)))[0];

describe('Zara’s own story', () => {
  it('speaks to her plainly, and never of cases or placements', async () => {
    const visitor = await as(world, world.scene.zara);
    for (const url of ['/my/story', '/my/story/add', '/my/story/about-me']) {
      const response = await visitor.get(url);
      expect(response.statusCode, url).toBe(200);
      const words = pageText(response.body).toLowerCase();
      for (const banned of ['case', 'placement', 'looked-after', 'looked after']) {
        expect(words, `${url} says ${banned}`).not.toMatch(new RegExp(`\\b${banned}\\b`));
      }
    }
    const story = pageText((await visitor.get('/my/story')).body);
    expect(story).toContain('Your story');
    expect(story).toContain('Add a memory');
    expect(story).toContain('Download your book (PDF)');
  });

  it('waits for her worker, kept from her carers when she asks', async () => {
    const { zara, ruth } = world.scene;
    const visitor = await as(world, zara);
    const added = await addThroughForm(
      world,
      visitor,
      '/my/story/add',
      { kind: 'photo', title: 'Me and Jas at the fair', keepFromCarers: 'yes' },
      await photoWithLocation('#c36'),
    );
    expect(added.statusCode).toBe(303);
    expect(await entry(added.id!)).toMatchObject({
      status: 'awaiting_check',
      isHiddenFromCarers: true,
      addedByRole: 'young_person',
    });
    const story = pageText((await visitor.get('/my/story')).body);
    expect(story).toContain('Me and Jas at the fair');
    expect(story).toContain('Waiting for your worker to check');
    expect(story).toContain('Your carers cannot see this.');
    expect(
      pageText(
        (await (await as(world, ruth)).get(`/children/${world.scene.zaraId}/life-story`)).body,
      ),
    ).not.toContain('Me and Jas at the fair');
    expect((await auditOf(world, zara, 'life_story.entry_added')).at(-1)).toMatchObject({
      recordId: added.id,
    });
  });

  it('lets her change what her carers see of her own memories, and only her own', async () => {
    const { zara, ruth, hannah } = world.scene;
    const mine = await addThroughForm(world, await as(world, zara), '/my/story/add', {
      kind: 'memory',
      title: 'The night we saw the fireworks',
    });
    await (
      await as(world, hannah)
    ).post(`/children/${world.scene.zaraId}/life-story/${mine.id}/check`, {
      decision: 'publish',
    });
    const ruthPage = async () =>
      pageText(
        (await (await as(world, ruth)).get(`/children/${world.scene.zaraId}/life-story`)).body,
      );
    expect(await ruthPage()).toContain('The night we saw the fireworks');
    const hidden = await (
      await as(world, zara)
    ).post(`/my/story/${mine.id}/carers`, { choice: 'yes' });
    expect(hidden.statusCode).toBe(303);
    expect((await entry(mine.id!))?.isHiddenFromCarers).toBe(true);
    expect(await ruthPage()).not.toContain('The night we saw the fireworks');
    expect((await auditOf(world, zara, 'life_story.entry_changed')).at(-1)).toMatchObject({
      recordId: mine.id,
      fields: ['is_hidden_from_carers'],
    });

    const hannahs = await addThroughForm(
      world,
      await as(world, hannah),
      `/children/${world.scene.zaraId}/life-story/new`,
      {
        kind: 'milestone',
        title: 'Started Year 11',
      },
    );
    expect(
      (await (await as(world, zara)).post(`/my/story/${hannahs.id}/carers`, { choice: 'yes' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await (await as(world, zara)).post(`/my/story/${mine.id}/carers`, { choice: 'sometimes' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await (await as(world, ruth)).post(`/my/story/${mine.id}/carers`, { choice: 'no' }))
        .statusCode,
    ).toBe(404);
  });

  it('lets her write about her heritage and what matters to her', async () => {
    const { zara } = world.scene;
    const visitor = await as(world, zara);
    const saved = await visitor.post('/my/story/about-me', {
      heritage: 'My family comes from Mirpur.',
      whatMatters: 'Football and being listened to.',
    });
    expect(saved.statusCode).toBe(303);
    const story = pageText((await visitor.get('/my/story')).body);
    expect(story).toContain('What matters to you');
    expect(story).toContain('Football and being listened to.');
    const tooLong = await visitor.post('/my/story/about-me', {
      heritage: 'h'.repeat(5001),
      whatMatters: 'Still here',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('Still here');
    expect((await auditOf(world, zara, 'life_story.identity_saved')).length).toBe(1);
    // The worker's page for the same words is not hers.
    expect(
      (await visitor.get(`/children/${world.scene.zaraId}/life-story/identity`)).statusCode,
    ).toBe(403);
  });

  it('tells a young person whose account is not linked yet, kindly', async () => {
    const unlinked = await buildUser(world.database.db, {
      role: 'young_person',
      name: 'Kai Young',
    });
    const visitor = await as(world, unlinked);
    const page = await visitor.get('/my/story');
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Your account is not linked to your story yet');
    expect((await visitor.get('/my/story/add')).headers.location).toBe('/my/story');
    expect((await visitor.get('/my/story/book.pdf')).statusCode).toBe(404);
  });

  it('is not anyone else’s to open', async () => {
    expect((await (await as(world, world.scene.hannah)).get('/my/story')).statusCode).toBe(404);
    expect((await (await as(world, world.scene.dani)).get('/my/story/book.pdf')).statusCode).toBe(
      404,
    );
  });
});

describe('after Zara leaves care', () => {
  it('stays hers: she reads it and downloads the book, and Ruth can no longer open it', async () => {
    const { zara, ruth, zaraId } = world.scene;
    const storyPath = `/children/${zaraId}/life-story`;
    const [photoEntry] = await world.database.db
      .select({ id: lifeStoryEntries.id })
      .from(lifeStoryEntries)
      .where(eq(lifeStoryEntries.title, 'The night we saw the fireworks'));
    await world.database.db
      .update(placements)
      .set({ endedOn: '2026-06-01', endReason: 'Moved into her own flat' })
      .where(eq(placements.childId, zaraId));

    const ruthVisits = await as(world, ruth);
    expect((await ruthVisits.get(storyPath)).statusCode).toBe(404);
    expect((await ruthVisits.get(`${storyPath}/book.pdf`)).statusCode).toBe(404);
    expect((await ruthVisits.get(`${storyPath}/${photoEntry!.id}/photo`)).statusCode).toBe(404);

    const zaraVisits = await as(world, zara);
    const story = await zaraVisits.get('/my/story');
    expect(story.statusCode).toBe(200);
    expect(pageText(story.body)).toContain('The night we saw the fireworks');
    const book = await zaraVisits.get('/my/story/book.pdf');
    expect(book.statusCode).toBe(200);
    expect((await pdfPages(book.rawPayload)).join(' ')).toContain('The night we saw the fireworks');
    const added = await addThroughForm(world, zaraVisits, '/my/story/add', {
      kind: 'milestone',
      title: 'Keys to my own flat',
    });
    expect(added.statusCode).toBe(303);
  });
});
