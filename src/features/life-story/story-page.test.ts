import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { children, childIdentity, lifeStoryEntries } from '../../core/db/tables.ts';
import {
  addThroughForm,
  as,
  auditOf,
  buildWorld,
  closeWorld,
  type World,
} from './life-story-test-kit.ts';

// Hannah supervises the Oak household, where Zara lives with Ruth. Zara adds memories for Hannah
// to check; Hannah publishes what belongs in the book and declines what does not, saying why.
let world: World;
let zaraPath: string;
beforeAll(async () => {
  world = await buildWorld();
  zaraPath = `/children/${world.scene.zaraId}/life-story`;
  await world.database.db
    .update(children)
    .set({ ethnicity: 'British Pakistani', faith: 'Muslim', languages: ['Urdu', 'Punjabi'] })
    .where(eq(children.id, world.scene.zaraId));
  await world.database.db.insert(childIdentity).values({
    childId: world.scene.zaraId,
    heritage: 'Nan came from Mirpur when she was nineteen.',
    whatMatters: 'Football and my nan.',
  });
});
afterAll(async () => closeWorld(world));

describe('the life story on Zara’s record', () => {
  it('shows Hannah the identity page, the people and the book, and audits the read', async () => {
    const { hannah, ruth } = world.scene;
    await addThroughForm(world, await as(world, ruth), `${zaraPath}/new`, {
      kind: 'memory',
      title: 'Sunday pancakes',
      body: 'Zara flipped one onto the ceiling.',
      happenedOn: '2026-02-01',
    });
    const page = await (await as(world, hannah)).get(zaraPath);
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('About Zara');
    expect(text).toContain('Nan came from Mirpur when she was nineteen.');
    expect(text).toContain('British Pakistani');
    expect(text).toContain('Urdu, Punjabi');
    expect(text).toContain('People in Zara’s story');
    expect(text).toContain('2026');
    expect(text).toContain('Sunday pancakes');
    expect(text).toContain('Added by Ruth, carer');
    expect(text).toContain('Not shared with family');
    expect(page.body).toContain('aria-current="page"');
    expect((await auditOf(world, hannah, 'belonging.read')).at(-1)).toMatchObject({
      recordType: 'child',
      recordId: world.scene.zaraId,
      outcome: 'done',
    });
  });

  it('sends Zara to her own story and Dani to the family’s view', async () => {
    const zara = await (await as(world, world.scene.zara)).get(zaraPath);
    expect(zara.statusCode).toBe(303);
    expect(zara.headers.location).toBe('/my/story');
    const dani = await (await as(world, world.scene.dani)).get(zaraPath);
    expect(dani.statusCode).toBe(303);
    expect(dani.headers.location).toBe(`/family/${world.scene.zaraId}/story`);
  });

  it('is not found for Sam, who fosters elsewhere, or a worker of another home', async () => {
    for (const stranger of [world.scene.sam, world.scene.otherWorker]) {
      const visitor = await as(world, stranger);
      expect((await visitor.get(zaraPath)).statusCode).toBe(404);
      expect((await visitor.get(`${zaraPath}/new`)).statusCode).toBe(404);
      expect((await visitor.get(`${zaraPath}/identity`)).statusCode).toBe(404);
      expect((await auditOf(world, stranger, 'belonging.read')).at(-1)).toMatchObject({
        outcome: 'refused',
        recordId: world.scene.zaraId,
      });
    }
    expect(
      (await (await as(world, world.scene.sam)).get('/children/not-an-id/life-story')).statusCode,
    ).toBe(404);
  });
});

describe('checking what Zara adds', () => {
  it('lets Hannah publish a memory and share it with Zara’s family', async () => {
    const { zara, hannah } = world.scene;
    const added = await addThroughForm(world, await as(world, zara), '/my/story/add', {
      kind: 'memory',
      title: 'My first goal',
      body: 'Top corner.',
    });
    expect(added.statusCode).toBe(303);
    const worker = await as(world, hannah);
    const waiting = pageText((await worker.get(zaraPath)).body);
    expect(waiting).toContain('Waiting for a check (1)');
    expect(waiting).toContain('My first goal');
    const checked = await worker.post(`${zaraPath}/${added.id}/check`, {
      decision: 'publish',
      share: 'yes',
    });
    expect(checked.statusCode).toBe(303);
    const [entry] = await world.database.db
      .select()
      .from(lifeStoryEntries)
      .where(eq(lifeStoryEntries.id, added.id!));
    expect(entry).toMatchObject({
      status: 'published',
      isSharedWithFamily: true,
      checkedBy: hannah.id,
    });
    expect((await auditOf(world, hannah, 'life_story.entry_checked')).at(-1)).toMatchObject({
      recordType: 'life_story_entry',
      recordId: added.id,
    });
    const after = pageText((await worker.get(zaraPath)).body);
    expect(after).not.toContain('Waiting for a check');
    expect(after).toContain('Shared with Zara’s family');
  });

  it('asks for a reason before declining, keeps what was typed, then declines with it', async () => {
    const { zara, hannah } = world.scene;
    const added = await addThroughForm(world, await as(world, zara), '/my/story/add', {
      kind: 'memory',
      title: 'Screenshot of the group chat',
    });
    const worker = await as(world, hannah);
    const url = `${zaraPath}/${added.id}/check`;
    const noReason = await worker.post(url, { decision: 'decline', reason: '  ', share: 'yes' });
    expect(noReason.statusCode).toBe(400);
    expect(pageText(noReason.body)).toContain('Say why it is declined');
    expect(noReason.body).toContain('href="#field-reason"');
    expect(noReason.body).toContain('id="field-reason"');
    const noDecision = await worker.post(url, { reason: 'Kept' });
    expect(noDecision.statusCode).toBe(400);
    expect(noDecision.body).toContain('Kept');

    const reason = 'It names other people from school, so it cannot go in the book.';
    expect((await worker.post(url, { decision: 'decline', reason })).statusCode).toBe(303);
    const [entry] = await world.database.db
      .select()
      .from(lifeStoryEntries)
      .where(eq(lifeStoryEntries.id, added.id!));
    expect(entry).toMatchObject({
      status: 'declined',
      declineReason: reason,
      isSharedWithFamily: false,
    });
    const own = pageText((await (await as(world, zara)).get('/my/story')).body);
    expect(own).toContain('Not added to your book');
    expect(own).toContain(reason);
    expect((await worker.post(url, { decision: 'publish' })).statusCode).toBe(409);
  });

  it('lets Hannah stop sharing an entry with the family later, but not Ruth', async () => {
    const { hannah, ruth } = world.scene;
    const added = await addThroughForm(world, await as(world, hannah), `${zaraPath}/new`, {
      kind: 'milestone',
      title: 'Passed her swimming test',
      share: 'yes',
    });
    const url = `${zaraPath}/${added.id}/sharing`;
    expect((await (await as(world, ruth)).post(url, { choice: 'no' })).statusCode).toBe(403);
    expect((await (await as(world, world.scene.sam)).post(url, { choice: 'no' })).statusCode).toBe(
      404,
    );
    expect((await (await as(world, hannah)).post(url, { choice: 'maybe' })).statusCode).toBe(400);
    expect((await (await as(world, hannah)).post(url, { choice: 'no' })).statusCode).toBe(303);
    const [entry] = await world.database.db
      .select()
      .from(lifeStoryEntries)
      .where(eq(lifeStoryEntries.id, added.id!));
    expect(entry?.isSharedWithFamily).toBe(false);
    expect((await auditOf(world, hannah, 'life_story.entry_changed')).at(-1)).toMatchObject({
      recordId: added.id,
      fields: ['is_shared_with_family'],
    });
  });

  it('lets Hannah write heritage and what matters with Zara, but not Ruth', async () => {
    const { hannah, ruth } = world.scene;
    const url = `${zaraPath}/identity`;
    expect((await (await as(world, ruth)).get(url)).statusCode).toBe(403);
    const form = await (await as(world, hannah)).get(url);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Nan came from Mirpur');
    const long = await (
      await as(world, hannah)
    ).post(url, { heritage: 'x'.repeat(5001), whatMatters: 'Kept words' });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Kept words');
    const saved = await (
      await as(world, hannah)
    ).post(url, {
      heritage: 'Mirpur and Manchester.',
      whatMatters: 'Football, Nan, being listened to.',
    });
    expect(saved.statusCode).toBe(303);
    expect(pageText((await (await as(world, hannah)).get(zaraPath)).body)).toContain(
      'Mirpur and Manchester.',
    );
    expect((await auditOf(world, hannah, 'life_story.identity_saved')).at(-1)).toMatchObject({
      recordType: 'child',
      recordId: world.scene.zaraId,
    });
  });
});
