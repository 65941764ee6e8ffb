import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type Visitor } from '../../../test/support/app.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import {
  addPerson,
  addThroughForm,
  as,
  auditOf,
  buildWorld,
  closeWorld,
  pdfPages,
  photoWithLocation,
  type World,
} from './life-story-test-kit.ts';

// Zara keeps one memory from her carers. Hannah shares Nan's letter with Zara's mum Dani but not
// the school play. Dani sends a letter of her own, which waits for Hannah. Gary is on Zara's map
// but flagged not safe, and Kev is under a no-contact order. Each person sees the same thing on
// the page, through the photo route and in the book.
let world: World;
const ids: Record<string, string> = {};
let storyPath: string;

const photoOf = (entry: string) => `${storyPath}/${ids[entry]}/photo`;

beforeAll(async () => {
  world = await buildWorld();
  storyPath = `/children/${world.scene.zaraId}/life-story`;
  const { zara, hannah, dani } = world.scene;
  const hannahVisits = await as(world, hannah);
  const add = async (
    visitor: Visitor,
    url: string,
    key: string,
    fields: Record<string, string>,
  ) => {
    const added = await addThroughForm(world, visitor, url, fields, await photoWithLocation());
    if (!added.id) throw new Error(`${key} was not added: ${added.statusCode}`);
    ids[key] = added.id;
  };
  await add(await as(world, zara), '/my/story/add', 'missingMum', {
    kind: 'memory',
    title: 'Missing Mum',
    body: 'I made a card anyway.',
    keepFromCarers: 'yes',
  });
  await hannahVisits.post(`${storyPath}/${ids.missingMum}/check`, { decision: 'publish' });
  await add(hannahVisits, `${storyPath}/new`, 'nansLetter', {
    kind: 'letter',
    title: 'A letter from Nan',
    body: 'Wherever you live you are my girl.',
    happenedOn: '2025-08-10',
    share: 'yes',
  });
  await add(hannahVisits, `${storyPath}/new`, 'schoolPlay', {
    kind: 'photo',
    title: 'The school play',
    happenedOn: '2026-03-20',
  });
  await add(await as(world, dani), `/family/${world.scene.zaraId}/story/add`, 'danisLetter', {
    kind: 'letter',
    title: 'A letter from Mum',
    body: 'I think of you every day.',
  });
  await addPerson(world, { name: 'Shazia Ahmed', relationship: 'Nan', isSharedWithFamily: true });
  await addPerson(world, { name: 'Farah Begum', relationship: 'Aunty' });
  await addPerson(world, {
    name: 'Gary Doyle',
    relationship: 'Mum’s ex-partner',
    contactStatus: 'not_safe',
  });
  await addPerson(world, { name: 'Kev Marsh', relationship: 'Uncle', hasNoContactOrder: true });
});
afterAll(async () => closeWorld(world));

async function everythingSeenBy(user: TestUser, page: string, book: string) {
  const visitor = await as(world, user);
  const response = await visitor.get(page);
  expect(response.statusCode).toBe(200);
  const download = await visitor.get(book);
  expect(download.statusCode).toBe(200);
  return {
    visitor,
    page: pageText(response.body),
    book: (await pdfPages(download.rawPayload)).join(' '),
  };
}

describe('what each person sees of Zara’s story', () => {
  it('keeps Zara’s private memory from Ruth on the page, the photo and the book', async () => {
    const seen = await everythingSeenBy(world.scene.ruth, storyPath, `${storyPath}/book.pdf`);
    for (const words of [seen.page, seen.book]) {
      expect(words).toContain('A letter from Nan');
      expect(words).toContain('The school play');
      expect(words).not.toContain('Missing Mum');
      expect(words).not.toContain('A letter from Mum');
      expect(words).toContain('Shazia Ahmed');
      expect(words).not.toContain('Gary Doyle');
      expect(words).not.toContain('Kev Marsh');
    }
    expect((await seen.visitor.get(photoOf('missingMum'))).statusCode).toBe(404);
    expect((await seen.visitor.get(photoOf('danisLetter'))).statusCode).toBe(404);
    expect((await seen.visitor.get(photoOf('schoolPlay'))).statusCode).toBe(200);
  });

  it('shows Zara her whole book and her people, never the flagged ones', async () => {
    const seen = await everythingSeenBy(world.scene.zara, '/my/story', '/my/story/book.pdf');
    for (const words of [seen.page, seen.book]) {
      expect(words).toContain('Missing Mum');
      expect(words).toContain('A letter from Nan');
      expect(words).toContain('The school play');
      expect(words).toContain('Shazia Ahmed');
      expect(words).toContain('Farah Begum');
      expect(words).not.toContain('Gary Doyle');
      expect(words).not.toContain('Kev Marsh');
      expect(words).not.toContain('A letter from Mum');
    }
    expect((await seen.visitor.get(photoOf('missingMum'))).statusCode).toBe(200);
    expect((await seen.visitor.get(photoOf('danisLetter'))).statusCode).toBe(404);
  });

  it('shows Dani only what was shared with her and her own letter, waiting', async () => {
    const family = `/family/${world.scene.zaraId}/story`;
    const seen = await everythingSeenBy(world.scene.dani, family, `${family}/book.pdf`);
    expect(seen.page).toContain('A letter from Mum');
    expect(seen.page).toContain('Waiting for a worker to check');
    for (const words of [seen.page, seen.book]) {
      expect(words).toContain('A letter from Nan');
      expect(words).not.toContain('The school play');
      expect(words).not.toContain('Missing Mum');
      expect(words).toContain('Shazia Ahmed');
      expect(words).not.toContain('Farah Begum');
      expect(words).not.toContain('Gary Doyle');
      expect(words).not.toContain('Kev Marsh');
      // Nothing that would say where Zara lives: not her carer's surname, not the household.
      expect(words).not.toContain('Oakley');
      expect(words).not.toContain('Oak household');
    }
    expect(seen.book).not.toContain('About me');
    expect((await seen.visitor.get(photoOf('nansLetter'))).statusCode).toBe(200);
    expect((await seen.visitor.get(photoOf('danisLetter'))).statusCode).toBe(200);
    expect((await seen.visitor.get(photoOf('schoolPlay'))).statusCode).toBe(404);
    expect((await seen.visitor.get(photoOf('missingMum'))).statusCode).toBe(404);
  });

  it('shows Hannah every entry, and the book as Zara will have it, without flagged people', async () => {
    const seen = await everythingSeenBy(world.scene.hannah, storyPath, `${storyPath}/book.pdf`);
    expect(seen.page).not.toContain('Gary Doyle');
    expect(seen.book).not.toContain('Gary Doyle');
    expect(seen.page).toContain('Waiting for a check (1)');
    expect(seen.book).toContain('Missing Mum');
    expect(seen.book).not.toContain('A letter from Mum');
    expect((await seen.visitor.get(photoOf('danisLetter'))).statusCode).toBe(200);
  });

  it('is not found anywhere for Sam or a worker of another home', async () => {
    const family = `/family/${world.scene.zaraId}/story`;
    for (const stranger of [world.scene.sam, world.scene.otherWorker]) {
      const visitor = await as(world, stranger);
      for (const url of [
        storyPath,
        `${storyPath}/book.pdf`,
        photoOf('nansLetter'),
        photoOf('schoolPlay'),
        `${storyPath}/new`,
      ]) {
        expect((await visitor.get(url)).statusCode, url).toBe(404);
      }
      for (const url of [
        `${storyPath}/${ids.danisLetter}/check`,
        `${storyPath}/${ids.nansLetter}/sharing`,
      ]) {
        expect(
          (await visitor.post(url, { decision: 'publish', choice: 'yes' })).statusCode,
          url,
        ).toBe(404);
      }
      // Staff and carers are sent from the family's view to the record, which answers not found.
      expect((await visitor.get(family)).headers.location).toBe(storyPath);
      expect((await visitor.get('/my/story')).statusCode).toBe(404);
      expect(await auditOf(world, stranger, 'file.read')).toEqual([]);
    }
  });

  it('never serves a photo by its file id alone, or one from another child’s entry', async () => {
    const visitor = await as(world, world.scene.hannah);
    const [entry] = Object.values(ids);
    expect((await visitor.get(`${storyPath}/${entry}`)).statusCode).toBe(404);
    expect(
      (await visitor.get(`/children/${world.scene.oakId}/life-story/${entry}/photo`)).statusCode,
    ).toBe(404);
  });

  it('audits each read and each download', async () => {
    for (const person of [world.scene.ruth, world.scene.zara, world.scene.dani]) {
      expect((await auditOf(world, person, 'belonging.read')).length).toBeGreaterThan(0);
      expect(await auditOf(world, person, 'life_story.exported')).toEqual([
        expect.objectContaining({
          recordType: 'child',
          recordId: world.scene.zaraId,
          outcome: 'done',
        }),
      ]);
      expect(
        (await auditOf(world, person, 'file.read')).every(
          (event) => event.recordType === 'stored_file',
        ),
      ).toBe(true);
    }
  });
});
