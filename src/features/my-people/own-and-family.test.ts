import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { buildUser } from '../../../test/support/factories.ts';
import { signedInVisitor } from '../../../test/support/app.ts';
import {
  as,
  auditOf,
  buildWorld,
  closeWorld,
  peopleOnPage,
  readAs,
  storedPerson,
  type World,
} from './test-kit.ts';

// Zara signs in to her own map on her phone; Dani, her mum, sees the people shared with her.
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

describe('Zara’s own map', () => {
  it('shows her people in her words, the same on the map and in the list, never Karim', async () => {
    const response = await (await as(world, world.zara)).get('/my/people');
    expect(response.statusCode).toBe(200);
    const { map, list } = peopleOnPage(response.body);
    expect(map).toHaveLength(5);
    expect([...list].sort()).toEqual([...map].sort());
    expect(map).not.toContain(world.people.karim);
    const text = pageText(response.body);
    expect(text).toContain('Your people');
    expect(text).toContain('Closest to you');
    expect(text).toContain('How you feel about them She never forgets my birthday.');
    expect(text).toContain('Your map: 5 people');
    expect(text).not.toContain('Karim');
    expect(text.toLowerCase()).not.toContain('not safe');
    expect(text).not.toContain('Came from');
    expect(text).not.toMatch(/\bcase\b|placement/i);
    expect(response.body).toContain('data-move-url="/my/people/{id}/move"');
    const read = await auditOf(world, 'belonging.read', world.zaraId);
    expect(read.at(-1)).toMatchObject({ actorId: world.zara.id, fields: ['people'] });
  });

  it('keeps her suggestion on her map, marked as waiting for her worker to check', async () => {
    const form = await (await as(world, world.zara)).get('/my/people/suggest');
    expect(pageText(form.body)).toContain('Add someone who matters to you');
    const missing = await (
      await as(world, world.zara)
    ).post('/my/people/suggest', {
      name: 'Samira',
      relationship: '',
      category: 'relative',
      ring: '2',
    });
    expect(missing.statusCode).toBe(400);
    expect(pageText(missing.body)).toContain('Write who they are to you');
    expect(missing.body).toContain('value="Samira"');

    const sent = await (
      await as(world, world.zara)
    ).post('/my/people/suggest', {
      name: 'Samira Ahmed',
      relationship: 'My cousin',
      category: 'relative',
      gives_talk: 'yes',
      feelings: 'We used to be really close.',
      ring: '1',
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/my/people');
    const text = await readAs(world, world.zara, '/my/people');
    expect(text).toContain('Samira Ahmed is on your map, waiting for your worker to check.');
    expect(text).toContain('Samira Ahmed My cousin · Family Waiting for your worker to check');
    expect(await readAs(world, world.ruth, `/children/${world.zaraId}/people`)).not.toContain(
      'Samira',
    );
    expect(await readAs(world, world.hannah, `/children/${world.zaraId}/people`)).toContain(
      'Samira Ahmed · My cousin · suggested by Zara Ahmed',
    );
  });

  it('lets her move someone closer and further with the buttons, audited', async () => {
    const visitor = await as(world, world.zara);
    const url = `/my/people/${world.people.maureen}/move`;
    const closer = await visitor.post(url, { direction: 'closer' });
    expect(closer.statusCode).toBe(303);
    expect(closer.headers.location).toBe(`/my/people#person-${world.people.maureen}`);
    expect((await storedPerson(world, world.people.maureen)).ring).toBe(1);
    await visitor.post(url, { direction: 'closer' });
    expect((await storedPerson(world, world.people.maureen)).ring).toBe(1);
    expect(await readAs(world, world.zara, '/my/people')).toContain(
      'Maureen Cole is already on the closest ring.',
    );
    await visitor.post(url, { direction: 'further' });
    expect((await storedPerson(world, world.people.maureen)).ring).toBe(2);
    const moves = await auditOf(world, 'connection.moved', world.people.maureen);
    expect(moves).toHaveLength(2);
    expect(moves.every((entry) => entry.actorId === world.zara.id)).toBe(true);
  });

  it('cannot move someone she does not see, nor anyone through the staff page', async () => {
    const visitor = await as(world, world.zara);
    const hidden = await visitor.post(`/my/people/${world.people.karim}/move`, {
      direction: 'closer',
    });
    expect(hidden.statusCode).toBe(404);
    expect((await storedPerson(world, world.people.karim)).ring).toBe(3);
    const staff = await visitor.post(`/children/${world.zaraId}/people/${world.people.leah}/move`, {
      direction: 'further',
    });
    expect(staff.statusCode).toBe(403);
  });

  it('tells a young person whose account is not linked yet, kindly', async () => {
    const kai = await buildUser(world.database.db, { role: 'young_person', name: 'Kai Young' });
    const visitor = await signedInVisitor(world.testApp, kai);
    const response = await visitor.get('/my/people');
    expect(response.statusCode).toBe(200);
    expect(pageText(response.body)).toContain('Your account is not linked to your own record yet');
    expect((await visitor.get('/my/people/suggest')).statusCode).toBe(200);
  });

  it('is not a page for anyone but a young person', async () => {
    expect((await (await as(world, world.hannah)).get('/my/people')).statusCode).toBe(404);
    expect((await (await as(world, world.ruth)).get('/my/people')).statusCode).toBe(404);
  });
});

describe('Dani’s view of Zara’s people', () => {
  const url = () => `/family/${world.zaraId}/people`;

  it('shows only the people a worker shared, by name and relationship', async () => {
    const response = await (await as(world, world.dani)).get(url());
    expect(response.statusCode).toBe(200);
    const { map, list } = peopleOnPage(response.body);
    expect(map).toEqual([world.people.yasmin]);
    expect(list).toEqual([world.people.yasmin]);
    const text = pageText(response.body);
    expect(text).toContain('People in Zara’s life');
    expect(text).toContain('Yasmin Ahmed Aunt');
    for (const hidden of [
      'Karim',
      'Farida',
      'Leah',
      'Oak',
      'Ruth',
      'Contact',
      'On the map since',
    ]) {
      expect(text, hidden).not.toContain(hidden);
    }
    expect(response.body).not.toContain('data-move-url');
    expect(await auditOf(world, 'belonging.read', world.zaraId)).not.toHaveLength(0);
  });

  it('sends staff and carers to the map they use, and hides the page from other parents', async () => {
    const hannah = await (await as(world, world.hannah)).get(url());
    expect(hannah.headers.location).toBe(`/children/${world.zaraId}/people`);
    const zara = await (await as(world, world.zara)).get(url());
    expect(zara.headers.location).toBe('/my/people');
    const otherParent = await buildUser(world.database.db, { role: 'birth_parent' });
    const visitor = await signedInVisitor(world.testApp, otherParent);
    expect((await visitor.get(url())).statusCode).toBe(404);
    expect((await visitor.get(`/children/${world.zaraId}/people.json`)).statusCode).toBe(404);
  });

  it('cannot add to the map through the worker’s form', async () => {
    const visitor = await as(world, world.dani);
    expect((await visitor.get(`/children/${world.zaraId}/people/new`)).statusCode).toBe(403);
  });
});
