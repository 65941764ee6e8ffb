import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { findChildDetails } from '../matching/offer-store.ts';
import {
  addPerson,
  as,
  auditOf,
  buildWorld,
  closeWorld,
  peopleOnPage,
  readAs,
  type World,
} from './test-kit.ts';

// Zara's map, seen by Hannah her supervising social worker, Ruth her foster carer, and people
// who have nothing to do with her (Sam, another carer; Olu, another home's worker).
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

const url = () => `/children/${world.zaraId}/people`;

describe('the map of Zara’s people for her worker', () => {
  it('draws and lists the same six people, Karim with his flags and notes', async () => {
    const response = await (await as(world, world.hannah)).get(url());
    expect(response.statusCode).toBe(200);
    const { map, list } = peopleOnPage(response.body);
    expect(map).toHaveLength(6);
    expect([...list].sort()).toEqual([...map].sort());
    const text = pageText(response.body);
    expect(text).toContain('Zara’s people');
    expect(text).toContain(
      'Zara’s map: 6 people, 3 in touch, 1 lost touch, 1 to be found or approached, 1 flagged not safe.',
    );
    expect(text).toContain('Not safe');
    expect(text).toContain('No-contact order');
    expect(text).toContain('Court order of 2024: keep him away from her school.');
    expect(text).toContain('Came from Relatives: Farida remembers her.');
    expect(text).toContain('1 committed adult; the agency’s target is 5.');
    expect(response.body).toContain('class="eco-map__flag"');
    expect(response.body).toContain(`href="${url()}/${world.people.farida}"`);
  });

  it('groups the list by ring, closest first, with what each person gives in words', async () => {
    const text = await readAs(world, world.hannah, url());
    const closest = text.indexOf('Closest');
    const close = text.indexOf(' Close ', closest + 1);
    const further = text.indexOf('Further away', close);
    expect(closest).toBeGreaterThan(-1);
    expect(close).toBeGreaterThan(closest);
    expect(further).toBeGreaterThan(close);
    expect(text).toContain('What they give Someone to talk to, A lifelong connection');
    expect(text).toContain('How Zara feels, in Zara’s words She never forgets my birthday.');
    expect(text).toContain('What they could give A place to stay');
  });

  it('writes every read to the audit trail', async () => {
    const before = (await auditOf(world, 'belonging.read', world.zaraId)).length;
    await readAs(world, world.hannah, url());
    const after = await auditOf(world, 'belonging.read', world.zaraId);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ recordType: 'child', fields: ['people', 'safeguarding'] });
  });

  it('has a printable version with no buttons', async () => {
    const response = await (await as(world, world.hannah)).get(`${url()}?print=1`);
    expect(response.body).toContain('data-print-now="yes"');
    expect(response.body).not.toContain('Move closer');
    expect(response.body).not.toContain('data-move-url');
  });
});

describe('the map for Zara’s foster carer', () => {
  it('shows Ruth everyone but Karim, without safeguarding, sources or moving', async () => {
    const response = await (await as(world, world.ruth)).get(url());
    const { map, list } = peopleOnPage(response.body);
    expect(map).toHaveLength(5);
    expect([...list].sort()).toEqual([...map].sort());
    const text = pageText(response.body);
    expect(text).not.toContain('Karim');
    expect(text).not.toContain('Not safe');
    expect(text).not.toContain('not safe');
    expect(text).not.toContain('Court order');
    expect(text).not.toContain('Came from');
    expect(text).not.toContain('Move closer');
    expect(response.body).not.toContain('data-move-url');
    expect(text).toContain('Add someone');
  });
});

describe('people with nothing to do with Zara', () => {
  it('get “not found” for every page and the JSON, and the refusal is audited', async () => {
    const pages = [
      url(),
      `${url()}.json`,
      `${url()}/then-and-now`,
      `${url()}/new`,
      `${url()}/${world.people.leah}/edit`,
      `/family/${world.zaraId}/people`,
    ];
    for (const user of [world.sam, world.otherWorker]) {
      const visitor = await as(world, user);
      for (const page of pages) {
        expect((await visitor.get(page)).statusCode, `${user.name} ${page}`).toBe(404);
      }
      for (const post of [
        `${url()}/${world.people.leah}/move`,
        `${url()}/${world.people.leah}/check`,
        `${url()}/new`,
      ]) {
        const response = await visitor.post(post, { direction: 'closer', decision: 'confirm' });
        expect(response.statusCode, `${user.name} ${post}`).toBe(404);
      }
    }
    const refused = (await auditOf(world, 'belonging.read', world.zaraId)).filter(
      (entry) => entry.outcome === 'refused',
    );
    expect(refused.map((entry) => entry.actorId)).toContain(world.sam.id);
    expect(refused.map((entry) => entry.actorId)).toContain(world.otherWorker.id);
  });
});

describe('Zara and her mum on the staff page', () => {
  it('sends Zara to her own map and Dani to the family view', async () => {
    const zara = await (await as(world, world.zara)).get(url());
    expect(zara.statusCode).toBe(303);
    expect(zara.headers.location).toBe('/my/people');
    const dani = await (await as(world, world.dani)).get(url());
    expect(dani.statusCode).toBe(303);
    expect(dani.headers.location).toBe(`/family/${world.zaraId}/people`);
  });
});

describe('the map as JSON', () => {
  type Json = { people: Array<Record<string, unknown>> };
  const jsonAs = async (user: World['zara']) => {
    const response = await (await as(world, user)).get(`${url()}.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    return { body: response.body, json: response.json<Json>() };
  };

  it('gives staff everything, safeguarding included', async () => {
    const { json } = await jsonAs(world.hannah);
    const karim = json.people.find((person) => person.name === 'Karim Ahmed');
    expect(karim).toMatchObject({
      contactStatus: 'not_safe',
      staff: { hasNoContactOrder: true, isFlagged: true },
    });
  });

  it('never gives anyone else a flagged person, safeguarding fields, sources or “not safe”', async () => {
    for (const user of [world.ruth, world.zara, world.dani]) {
      const { body, json } = await jsonAs(user);
      expect(body).not.toContain('Karim');
      expect(body).not.toContain('not_safe');
      expect(body).not.toContain('safeguarding');
      expect(body).not.toContain('Court order');
      expect(body).not.toContain('source');
      expect(body).not.toContain('"staff"');
      expect(json.people.length).toBeGreaterThan(0);
    }
    const { json } = await jsonAs(world.dani);
    expect(json.people.map((person) => person.name)).toEqual(['Yasmin Ahmed']);
    expect(Object.keys(json.people[0]!).sort()).toEqual(
      ['angle', 'id', 'name', 'relationship', 'ring'].sort(),
    );
  });

  it('is audited as a read of the child', async () => {
    const before = (await auditOf(world, 'belonging.read', world.zaraId)).length;
    await jsonAs(world.ruth);
    expect(await auditOf(world, 'belonging.read', world.zaraId)).toHaveLength(before + 1);
  });
});

describe('then and now', () => {
  const thenAndNow = () => `${url()}/then-and-now`;

  it('starts at the day Zara became looked after and names who joined since', async () => {
    const before = (await auditOf(world, 'belonging.read', world.zaraId)).length;
    const text = await readAs(world, world.hannah, thenAndNow());
    expect(await auditOf(world, 'belonging.read', world.zaraId)).toHaveLength(before + 1);
    expect(text).toContain('On 1 September 2025');
    // Farida, Yasmin and Karim were there from the start; Farida's pact came later.
    expect(text).toContain('Then: 3 people, 0 committed adults. Now:');
    expect(text).toContain('1 committed adult.');
    expect(text).toContain(
      'Joined since 1 September 2025: Leah Thompson, Maureen Cole and Pat Hughes',
    );
  });

  it('compares with any day asked for, and leaves Karim off for carers', async () => {
    const text = await readAs(world, world.ruth, `${thenAndNow()}?on=2026-02-01`);
    expect(text).toContain('Then: 3 people, 0 committed adults.');
    expect(text).toContain('Joined since 1 February 2026: Maureen Cole and Pat Hughes');
    expect(text).not.toContain('Karim');
  });

  it('explains a date it cannot read, naming the field, and keeps what was typed', async () => {
    for (const bad of ['2026-02-30', 'last summer', '2027-01-01']) {
      const response = await (
        await as(world, world.hannah)
      ).get(`${thenAndNow()}?on=${encodeURIComponent(bad)}`);
      expect(response.statusCode, bad).toBe(400);
      const text = pageText(response.body);
      expect(text).toContain('There is a problem');
      expect(text).toMatch(/date to compare with/);
      expect(response.body).toContain(`value="${bad}"`);
    }
  });
});

describe('a placement offer', () => {
  it('gives carers, who are not staff, only unflagged, confirmed people on a placement offer', async () => {
    await addPerson(world.database.db, world.zaraId, {
      name: 'Gone Away',
      leftOn: '2026-06-01',
      joinedOn: '2026-03-05',
    });
    await addPerson(world.database.db, world.zaraId, {
      name: 'Not Yet Checked',
      status: 'proposed',
    });
    const details = await findChildDetails(world.database.db, world.zaraId);
    const names = details!.importantPeople.map((person) => person.name);
    expect(names).toContain('Farida Ahmed');
    expect(names).not.toContain('Karim Ahmed');
    expect(names).not.toContain('Gone Away');
    expect(names).not.toContain('Not Yet Checked');
  });
});
