import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { lifeStoryEntries, sharedUpdates } from '../../core/db/tables.ts';
import {
  auditOf,
  familyUpdates,
  openWorld,
  photoWithLocation,
  postThroughForm,
  staffUpdates,
  type World,
} from './shared-updates-test-kit.ts';

// Sam's update about Mia's first swimming badge goes into her life story, shared with Dani; an
// update about a quiet Sunday goes in too, but is kept from the family.
let world: World;
let badgeId: string;
let sundayId: string;
beforeAll(async () => {
  world = await openWorld();
  const sam = await world.as(world.scene.sam);
  badgeId = (
    await postThroughForm(
      world,
      sam,
      {
        topic: 'milestone',
        happened_on: '2026-11-14',
        body: 'Mia got her 10 metre swimming badge!',
      },
      await photoWithLocation(),
    )
  ).id!;
  sundayId = (
    await postThroughForm(world, sam, {
      topic: 'everyday',
      happened_on: '2026-11-15',
      body: 'A quiet Sunday with films and a duvet.',
    })
  ).id!;
});
afterAll(async () => world.close());

const lifeStoryUrl = (id: string) => `${staffUpdates(world)}/${id}/life-story`;
const updateRow = async (id: string) =>
  (await world.database.db.select().from(sharedUpdates).where(eq(sharedUpdates.id, id)))[0]!;
const entryOf = async (id: string) =>
  (
    await world.database.db
      .select()
      .from(lifeStoryEntries)
      .where(eq(lifeStoryEntries.id, (await updateRow(id)).lifeStoryEntryId!))
  )[0]!;

describe('adding an update to Mia’s life story', () => {
  it('offers Sam the form, ticked to share with the family and with a title ready', async () => {
    const sam = await world.as(world.scene.sam);
    const page = await sam.get(`${staffUpdates(world)}/${badgeId}`);
    const text = pageText(page.body);
    expect(text).toContain('Keep it in Mia’s life story');
    expect(text).toContain('Leave it empty to call it “A milestone, 14 November 2026”');
    expect(page.body).toMatch(/name="share" value="yes" checked/);
    const dani = await world.as(world.scene.dani);
    expect(pageText((await dani.get(`${familyUpdates(world)}/${badgeId}`)).body)).not.toContain(
      'Keep it in',
    );
  });

  it('makes a photo entry from the update, with the same photo, shared with the family', async () => {
    const sam = await world.as(world.scene.sam);
    const added = await sam.post(lifeStoryUrl(badgeId), { title: '', share: 'yes' });
    expect(added.statusCode).toBe(303);
    const update = await updateRow(badgeId);
    const entry = await entryOf(badgeId);
    expect(entry).toMatchObject({
      childId: world.scene.miaId,
      kind: 'photo',
      title: 'A milestone, 14 November 2026',
      body: 'Mia got her 10 metre swimming badge!',
      happenedOn: '2026-11-14',
      fileId: update.fileId,
      addedBy: world.scene.sam.id,
      addedByRole: 'foster_carer',
      status: 'published',
      isSharedWithFamily: true,
    });
    expect((await auditOf(world, world.scene.sam, 'life_story.entry_added')).at(-1)).toMatchObject({
      recordType: 'life_story_entry',
      recordId: entry.id,
    });
    expect(
      (await auditOf(world, world.scene.sam, 'partnership.update_to_life_story')).at(-1),
    ).toMatchObject({ recordType: 'shared_update', recordId: badgeId });
    const page = await sam.get(`${staffUpdates(world)}/${badgeId}`);
    expect(pageText(page.body)).toContain('In Mia’s life story');
    expect(page.body).toContain(`href="/children/${world.scene.miaId}/life-story"`);
    expect(pageText(page.body)).not.toContain('Keep it in Mia’s life story');
  });

  it('refuses to add the same update twice, saying why', async () => {
    const sam = await world.as(world.scene.sam);
    const again = await sam.post(lifeStoryUrl(badgeId), { title: 'Again', share: 'yes' });
    expect(again.statusCode).toBe(409);
    expect(pageText(again.body)).toContain(
      'This update is already in Mia’s life story: it can be added only once.',
    );
    const entries = await world.database.db
      .select()
      .from(lifeStoryEntries)
      .where(eq(lifeStoryEntries.childId, world.scene.miaId));
    expect(entries).toHaveLength(1);
  });

  it('shows Dani where to find it, and she finds it, photo and all, in Mia’s story', async () => {
    const dani = await world.as(world.scene.dani);
    const page = await dani.get(`${familyUpdates(world)}/${badgeId}`);
    expect(pageText(page.body)).toContain('In Mia’s life story');
    expect(page.body).toContain(`href="/family/${world.scene.miaId}/story"`);
    const story = await dani.get(`/family/${world.scene.miaId}/story`);
    expect(story.statusCode).toBe(200);
    expect(pageText(story.body)).toContain('Mia got her 10 metre swimming badge!');
    const entry = await entryOf(badgeId);
    const photo = await dani.get(`/children/${world.scene.miaId}/life-story/${entry.id}/photo`);
    expect(photo.statusCode).toBe(200);
  });

  it('keeps an entry from Dani when Sam does not share it, with no link for her', async () => {
    const sam = await world.as(world.scene.sam);
    const added = await sam.post(lifeStoryUrl(sundayId), { title: 'Film Sunday' });
    expect(added.statusCode).toBe(303);
    expect(await entryOf(sundayId)).toMatchObject({
      kind: 'memory',
      title: 'Film Sunday',
      fileId: null,
      isSharedWithFamily: false,
    });
    const dani = await world.as(world.scene.dani);
    const page = pageText((await dani.get(`${familyUpdates(world)}/${sundayId}`)).body);
    expect(page).not.toContain('life story');
    expect(pageText((await dani.get(`/family/${world.scene.miaId}/story`)).body)).not.toContain(
      'Film Sunday',
    );
  });

  it('refuses Dani with 403, and names a title that is too long, keeping it', async () => {
    const dani = await world.as(world.scene.dani);
    expect((await dani.post(lifeStoryUrl(sundayId), { title: '', share: 'yes' })).statusCode).toBe(
      403,
    );
    expect((await dani.post(lifeStoryUrl(sundayId), { title: 'x'.repeat(201) })).statusCode).toBe(
      403,
    );
    const sam = await world.as(world.scene.sam);
    const sunday2 = (
      await postThroughForm(world, sam, {
        topic: 'fun',
        happened_on: '2026-11-22',
        body: 'Another lovely Sunday.',
      })
    ).id!;
    const long = await sam.post(lifeStoryUrl(sunday2), {
      title: `Kept ${'t'.repeat(200)}`,
      share: 'yes',
    });
    expect(long.statusCode).toBe(400);
    expect(pageText(long.body)).toContain('The title must be 200 characters or fewer');
    expect(long.body).toContain('href="#field-title"');
    expect(long.body).toContain('value="Kept tttt');
    const odd = await sam.post(lifeStoryUrl(sunday2), { title: 'Fine', share: 'perhaps' });
    expect(odd.statusCode).toBe(400);
    expect(pageText(odd.body)).toContain('Tick the box, or leave it');
    expect((await updateRow(sunday2)).lifeStoryEntryId).toBeNull();
  });
});
