import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import type { PartnershipScene } from '../../../test/support/partnership-scene.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { lifeStoryEntries, placements } from '../../core/db/tables.ts';
import {
  addThroughForm,
  as,
  auditOf,
  buildMiaWorld,
  closeWorld,
  type World,
} from './life-story-test-kit.ts';

// Mia lives with Sam and Alex in a confidential foster home. Whatever Hannah shares from Mia's
// story with her mum and dad is read for anything that would tell them where Mia lives: Hannah is
// warned, and decides. What stays out of the family's sight is never checked, and Theo's home,
// which is not confidential, is never warned about.
let world: World<PartnershipScene>;
let storyPath: string;
let newPath: string;
beforeAll(async () => {
  world = await buildMiaWorld();
  storyPath = `/children/${world.scene.miaId}/life-story`;
  newPath = `${storyPath}/new`;
});
afterAll(async () => closeWorld(world));

const entryTitled = async (title: string) => {
  const [entry] = await world.database.db
    .select()
    .from(lifeStoryEntries)
    .where(eq(lifeStoryEntries.title, title));
  return entry;
};

const schoolWords = `Mia ran the last leg of the relay on sports day at ${MIA_SECRETS.school}.`;

describe('Hannah adding a memory to Mia’s story', () => {
  it('is warned when she shares words naming Mia’s school, and keeps what she wrote', async () => {
    const hannah = await as(world, world.scene.hannah);
    const fields = { kind: 'memory', title: 'Sports day relay', body: schoolWords, share: 'yes' };
    const refused = await hannah.postMultipart(newPath, fields, {});
    expect(refused.statusCode).toBe(400);
    const text = pageText(refused.body);
    expect(text).toContain('This could tell Mia’s family where Mia lives');
    expect(text).toContain('the child’s school');
    expect(refused.body).toContain('href="#field-body"');
    expect(refused.body).toContain(schoolWords);
    expect(refused.body).toContain('value="Sports day relay"');
    expect(refused.body).toMatch(/name="share" value="yes"[^>]*checked/);
    expect(refused.body).toContain('name="send_anyway"');
    expect(refused.body.indexOf('name="send_anyway"')).toBeLessThan(
      refused.body.indexOf('Add to the story</button>'),
    );
    expect(await entryTitled('Sports day relay')).toBeUndefined();
    const danisPage = (
      await (await as(world, world.scene.dani)).get(`/family/${world.scene.miaId}/story`)
    ).body;
    expect(danisPage).not.toContain(MIA_SECRETS.school);
  });

  it('shares it when she ticks “Send it anyway”, and the trail says she did', async () => {
    const { hannah } = world.scene;
    const added = await addThroughForm(world, await as(world, hannah), newPath, {
      kind: 'memory',
      title: 'Sports day relay, sent anyway',
      body: schoolWords,
      share: 'yes',
      send_anyway: 'yes',
    });
    expect(added.statusCode).toBe(303);
    expect(await entryTitled('Sports day relay, sent anyway')).toMatchObject({
      status: 'published',
      isSharedWithFamily: true,
    });
    const audit = (await auditOf(world, hannah, 'life_story.entry_added')).at(-1);
    expect(audit).toMatchObject({ recordId: added.id });
    expect(audit!.fields).toEqual(expect.arrayContaining(['is_shared_with_family', 'send_anyway']));
  });

  it('checks the title too', async () => {
    const refused = await (
      await as(world, world.scene.hannah)
    ).postMultipart(
      newPath,
      { kind: 'memory', title: `Autumn walk above ${MIA_SECRETS.town}`, share: 'yes' },
      {},
    );
    expect(refused.statusCode).toBe(400);
    expect(pageText(refused.body)).toContain('the town where the child lives');
  });

  it('keeps the same words from the family without a warning', async () => {
    const { hannah } = world.scene;
    const added = await addThroughForm(world, await as(world, hannah), newPath, {
      kind: 'memory',
      title: 'Sports day relay, kept in the story',
      body: schoolWords,
    });
    expect(added.statusCode).toBe(303);
    expect(await entryTitled('Sports day relay, kept in the story')).toMatchObject({
      status: 'published',
      isSharedWithFamily: false,
    });
    const audit = (await auditOf(world, hannah, 'life_story.entry_added')).at(-1);
    expect(audit!.fields).not.toContain('send_anyway');
    expect(audit!.fields).not.toContain('is_shared_with_family');
  });
});

describe('Hannah publishing a letter from Mia’s dad', () => {
  const letter = `I drove past ${MIA_SECRETS.school} today and thought of you.`;

  it('warns when she shares it with the family, and publishes it when she sends it anyway', async () => {
    const { lee, hannah, miaId } = world.scene;
    const sent = await addThroughForm(world, await as(world, lee), `/family/${miaId}/story/add`, {
      kind: 'letter',
      title: 'A letter from Dad',
      body: letter,
    });
    expect(sent.statusCode).toBe(303);
    const checkPath = `${storyPath}/${sent.id}/check`;
    const hannahVisits = await as(world, hannah);

    const refused = await hannahVisits.post(checkPath, { decision: 'publish', share: 'yes' });
    expect(refused.statusCode).toBe(400);
    expect(pageText(refused.body)).toContain('the child’s school');
    expect(refused.body).toContain('href="#field-share"');
    expect(refused.body).toMatch(/id="field-share"[^>]*checked/);
    expect(refused.body).toContain('name="send_anyway"');
    expect(refused.body.indexOf('name="send_anyway"')).toBeLessThan(
      refused.body.indexOf('value="publish"'),
    );
    expect(await entryTitled('A letter from Dad')).toMatchObject({ status: 'awaiting_check' });

    const published = await hannahVisits.post(checkPath, {
      decision: 'publish',
      share: 'yes',
      send_anyway: 'yes',
    });
    expect(published.statusCode).toBe(303);
    expect(await entryTitled('A letter from Dad')).toMatchObject({
      status: 'published',
      isSharedWithFamily: true,
    });
    const audit = (await auditOf(world, hannah, 'life_story.entry_checked')).at(-1);
    expect(audit).toMatchObject({ recordId: sent.id });
    expect(audit!.fields).toContain('send_anyway');
  });

  it('publishes it without a warning when she keeps it from the family', async () => {
    const { lee, hannah, miaId } = world.scene;
    const sent = await addThroughForm(world, await as(world, lee), `/family/${miaId}/story/add`, {
      kind: 'letter',
      title: 'Another letter from Dad',
      body: letter,
    });
    const published = await (
      await as(world, hannah)
    ).post(`${storyPath}/${sent.id}/check`, { decision: 'publish' });
    expect(published.statusCode).toBe(303);
    expect(await entryTitled('Another letter from Dad')).toMatchObject({
      status: 'published',
      isSharedWithFamily: false,
    });
  });
});

describe('Hannah sharing an entry with the family later', () => {
  it('shows the entry with the warning first, and shares it once she ticks the box', async () => {
    const { hannah } = world.scene;
    const entry = await entryTitled('Sports day relay, kept in the story');
    const sharingPath = `${storyPath}/${entry!.id}/sharing`;
    const hannahVisits = await as(world, hannah);
    const story = await hannahVisits.get(storyPath);
    expect(story.body).toContain(`action="${sharingPath}"`);

    const refused = await hannahVisits.post(sharingPath, { choice: 'yes' });
    expect(refused.statusCode).toBe(400);
    const text = pageText(refused.body);
    expect(text).toContain('Share “Sports day relay, kept in the story” with Mia’s family?');
    expect(text).toContain('the child’s school');
    expect(refused.body).toContain(schoolWords);
    expect(refused.body).toContain('href="#field-share"');
    expect(refused.body).toContain('id="field-share"');
    expect(refused.body).toContain(`action="${sharingPath}"`);
    expect(refused.body).toContain('name="choice" value="yes"');
    expect(refused.body).toContain('name="send_anyway"');
    expect(await entryTitled('Sports day relay, kept in the story')).toMatchObject({
      isSharedWithFamily: false,
    });

    const shared = await hannahVisits.post(sharingPath, { choice: 'yes', send_anyway: 'yes' });
    expect(shared.statusCode).toBe(303);
    expect(await entryTitled('Sports day relay, kept in the story')).toMatchObject({
      isSharedWithFamily: true,
    });
    const audit = (await auditOf(world, hannah, 'life_story.entry_changed')).at(-1);
    expect(audit).toMatchObject({ recordId: entry!.id });
    expect(audit!.fields).toEqual(['is_shared_with_family', 'send_anyway']);

    // Stopping sharing needs no check.
    const stopped = await hannahVisits.post(sharingPath, { choice: 'no' });
    expect(stopped.statusCode).toBe(303);
    expect(await entryTitled('Sports day relay, kept in the story')).toMatchObject({
      isSharedWithFamily: false,
    });
  });

  it('shares words that say nothing of where Mia lives at once', async () => {
    const { hannah } = world.scene;
    const added = await addThroughForm(world, await as(world, hannah), newPath, {
      kind: 'milestone',
      title: 'First swimming badge',
      body: 'Ten metres without armbands, and a big grin after.',
    });
    const shared = await (
      await as(world, hannah)
    ).post(`${storyPath}/${added.id}/sharing`, { choice: 'yes' });
    expect(shared.statusCode).toBe(303);
    expect(await entryTitled('First swimming badge')).toMatchObject({ isSharedWithFamily: true });
    expect((await auditOf(world, hannah, 'life_story.entry_changed')).at(-1)!.fields).toEqual([
      'is_shared_with_family',
    ]);
  });
});

describe('a home that is not confidential', () => {
  it('never warns about what Theo’s story shares with his mum', async () => {
    const { hannah, theoId } = world.scene;
    // Theo lives with his grandmother, and his mum Abena knows her home well.
    await world.database.db
      .update(placements)
      .set({ isConfidential: false })
      .where(eq(placements.childId, theoId));
    const theoStory = `/children/${theoId}/life-story`;
    const hannahVisits = await as(world, hannah);
    const added = await addThroughForm(world, hannahVisits, `${theoStory}/new`, {
      kind: 'memory',
      title: 'Theo’s first day at school',
      body: 'He started at Millbrook Primary School, just round the corner from 14 Mill Lane, OL14 5AB.',
      share: 'yes',
    });
    expect(added.statusCode).toBe(303);
    expect(await entryTitled('Theo’s first day at school')).toMatchObject({
      isSharedWithFamily: true,
    });
    const stopped = await hannahVisits.post(`${theoStory}/${added.id}/sharing`, { choice: 'no' });
    expect(stopped.statusCode).toBe(303);
    const again = await hannahVisits.post(`${theoStory}/${added.id}/sharing`, { choice: 'yes' });
    expect(again.statusCode).toBe(303);
  });
});

describe('what Hannah’s forms say to odd input', () => {
  it('never answers with a server error', async () => {
    const hannahVisits = await as(world, world.scene.hannah);
    const oddAdds: Array<Record<string, string>> = [
      { kind: 'memory', title: 'Odd tick', share: 'yes', send_anyway: 'maybe' },
      { kind: 'memory', title: '', body: schoolWords, share: 'yes' },
    ];
    for (const fields of oddAdds) {
      const response = await hannahVisits.postMultipart(newPath, fields, {});
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
    }
    expect(await entryTitled('Odd tick')).toBeUndefined();
    const entry = await entryTitled('Sports day relay, kept in the story');
    const sharingPath = `${storyPath}/${entry!.id}/sharing`;
    const oddChoices: Array<Record<string, string>> = [
      { choice: 'perhaps' },
      { choice: 'yes', send_anyway: 'no' },
      { send_anyway: 'yes' },
    ];
    for (const fields of oddChoices) {
      const response = await hannahVisits.post(sharingPath, fields);
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
    }
    const letter = await entryTitled('A letter from Dad');
    const checked = await hannahVisits.post(`${storyPath}/${letter!.id}/check`, {
      decision: 'publish',
      share: 'yes',
      send_anyway: 'sure',
    });
    expect(checked.statusCode).toBe(400);
    const unknown = await hannahVisits.post(
      `${storyPath}/00000000-0000-4000-8000-000000000000/sharing`,
      { choice: 'yes' },
    );
    expect(unknown.statusCode).toBe(404);
  });
});
