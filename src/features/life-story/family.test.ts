import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { buildUser } from '../../../test/support/factories.ts';
import { lifeStoryEntries } from '../../core/db/tables.ts';
import {
  addThroughForm,
  as,
  auditOf,
  buildWorld,
  closeWorld,
  type World,
} from './life-story-test-kit.ts';

// Dani, Zara's mum, sends memories for Zara's book; each waits for Hannah, who shares what is right
// back with the family.
let world: World;
let familyPath: string;
beforeAll(async () => {
  world = await buildWorld();
  familyPath = `/family/${world.scene.zaraId}/story`;
});
afterAll(async () => closeWorld(world));

describe('Dani adding to Zara’s story', () => {
  it('sends a memory that waits for a worker, and shows it back to her with its status', async () => {
    const { dani, hannah } = world.scene;
    const visitor = await as(world, dani);
    const form = await visitor.get(`${familyPath}/add`);
    expect(form.statusCode).toBe(200);
    const formText = pageText(form.body);
    expect(formText).toContain('Send a memory for Zara');
    expect(formText).toContain('Please leave out addresses');
    expect(formText).not.toContain('Document');
    const sent = await addThroughForm(world, visitor, `${familyPath}/add`, {
      kind: 'memory',
      title: 'Your first word was “duck”',
      happenedOn: '2012-04-01',
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.body).toBe('');
    const [entry] = await world.database.db
      .select()
      .from(lifeStoryEntries)
      .where(eq(lifeStoryEntries.id, sent.id!));
    expect(entry).toMatchObject({
      status: 'awaiting_check',
      addedByRole: 'birth_parent',
      isSharedWithFamily: false,
    });
    const page = pageText((await visitor.get(familyPath)).body);
    expect(page).toContain('What you sent');
    expect(page).toContain('Your first word was “duck”');
    expect(page).toContain('Waiting for a worker to check');
    expect((await auditOf(world, dani, 'life_story.entry_added')).at(-1)).toMatchObject({
      recordId: sent.id,
    });

    // A family's memory goes back to the family unless Hannah decides otherwise.
    const staffPage = (
      await (await as(world, hannah)).get(`/children/${world.scene.zaraId}/life-story`)
    ).body;
    expect(staffPage).toMatch(new RegExp(`id="share-${sent.id}"[^>]*checked`));
    await (
      await as(world, hannah)
    ).post(`/children/${world.scene.zaraId}/life-story/${sent.id}/check`, {
      decision: 'publish',
      share: 'yes',
    });
    const after = pageText((await visitor.get(familyPath)).body);
    expect(after).toContain('Shared with you');
    expect(after).toContain('Added by you');
    expect(after).not.toContain('Waiting for a worker to check');
  });

  it('offers only memories, letters and photos, and says what was wrong', async () => {
    const visitor = await as(world, world.scene.dani);
    const documentKind = await visitor.postMultipart(
      `${familyPath}/add`,
      { kind: 'document', title: 'Court papers' },
      {},
    );
    expect(documentKind.statusCode).toBe(400);
    expect(pageText(documentKind.body)).toContain('Choose a memory, a letter or a photo');
    expect(documentKind.body).toContain('value="Court papers"');
  });

  it('sends staff and Zara to their own pages, and is not found for another parent', async () => {
    expect((await (await as(world, world.scene.hannah)).get(familyPath)).headers.location).toBe(
      `/children/${world.scene.zaraId}/life-story`,
    );
    expect((await (await as(world, world.scene.zara)).get(familyPath)).headers.location).toBe(
      '/my/story',
    );
    expect(
      (await (await as(world, world.scene.zara)).get(`${familyPath}/book.pdf`)).headers.location,
    ).toBe('/my/story/book.pdf');
    const otherParent = await buildUser(world.database.db, {
      role: 'birth_parent',
      name: 'Lee Other',
    });
    const stranger = await as(world, otherParent);
    expect((await stranger.get(familyPath)).statusCode).toBe(404);
    expect((await stranger.get(`${familyPath}/book.pdf`)).statusCode).toBe(404);
    expect((await stranger.get(`${familyPath}/add`)).statusCode).toBe(404);
    expect(
      (await stranger.postMultipart(`${familyPath}/add`, { kind: 'memory', title: 'x' }, {}))
        .statusCode,
    ).toBe(404);
  });
});
