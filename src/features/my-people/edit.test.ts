import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { childImportantPeople } from '../../core/db/tables.ts';
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

// Hannah adds and changes people on Zara's map; Ruth, her foster carer, suggests someone.
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

const url = () => `/children/${world.zaraId}/people`;

const dean = {
  name: 'Dean Morris',
  relationship: 'Football coach',
  category: 'coach',
  gives_practical: 'yes',
  gives_advice: 'yes',
  couldGive_lifelong: 'yes',
  contactStatus: 'in_touch',
  feelings: 'Dean made me captain.',
  ring: '2',
  joinedOn: '2026-11-01',
  source: 'carers',
  sourceNotes: 'Ruth told us about him.',
};

describe('a worker adding someone', () => {
  it('puts Dean on the map at once with what he gives, audited as added', async () => {
    const form = await (await as(world, world.hannah)).get(`${url()}/new`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="2026-11-23"'); // joined today, unless changed
    const response = await (await as(world, world.hannah)).post(`${url()}/new`, dean);
    expect(response.statusCode).toBe(303);
    const text = await readAs(world, world.hannah, url());
    expect(text).toContain('Dean Morris is on the map.');
    expect(text).toContain('What they give Practical help, Advice');
    expect(text).toContain('What they could give A lifelong connection');
    const [stored] = await world.database.db
      .select()
      .from(childImportantPeople)
      .where(eq(childImportantPeople.name, 'Dean Morris'));
    expect(stored).toMatchObject({
      status: 'confirmed',
      source: 'carers',
      addedBy: world.hannah.id,
      joinedOn: '2026-11-01',
      ring: 2,
      angle: null,
    });
    expect(await auditOf(world, 'connection.added', stored!.id)).toHaveLength(1);
  });

  it('shows the form again with every problem named and what was typed kept', async () => {
    const response = await (
      await as(world, world.hannah)
    ).post(`${url()}/new`, {
      ...dean,
      name: '',
      relationship: 'Cousin',
      ring: '7',
      joinedOn: '2026-02-30',
    });
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('There is a problem');
    expect(text).toContain('Enter their name');
    expect(text).toContain('Choose where they go on the map: closest, close or further away');
    expect(text).toContain('Enter the date they joined the network as a real date');
    expect(response.body).toContain('value="Cousin"');
    expect(response.body).toContain('value="2026-02-30"');
    expect(response.body).toContain('Dean made me captain.');
    expect(response.body).toMatch(/name="gives_practical" value="yes" checked/);
  });

  it('refuses a joining date in the future, naming the field', async () => {
    const response = await (
      await as(world, world.hannah)
    ).post(`${url()}/new`, {
      ...dean,
      name: 'Someone Later',
      joinedOn: '2026-12-25',
    });
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain(
      'The date they joined the network must be today or earlier',
    );
    expect(response.body).toContain('value="Someone Later"');
  });
});

describe('a carer suggesting someone', () => {
  it('waits for a worker’s check, seen only by Ruth and the workers until then', async () => {
    const form = await (await as(world, world.ruth)).get(`${url()}/new`);
    expect(pageText(form.body)).toContain('worker checks everyone suggested');
    expect(form.body).not.toContain('safeguardingNotes');
    const response = await (
      await as(world, world.ruth)
    ).post(`${url()}/new`, {
      name: 'Mrs Begum',
      relationship: 'Neighbour who teaches Zara to sew',
      category: 'neighbour',
      gives_practical: 'yes',
    });
    expect(response.statusCode).toBe(303);
    const ruthSees = await readAs(world, world.ruth, url());
    expect(ruthSees).toContain('is waiting for a worker to check');
    expect(ruthSees).toContain('Mrs Begum');
    expect(ruthSees).toContain('Waiting for a check');
    expect(await readAs(world, world.zara, '/my/people')).not.toContain('Mrs Begum');

    const hannahSees = await (await as(world, world.hannah)).get(url());
    const waiting = /id="waiting"[\s\S]*?<\/section>/.exec(hannahSees.body)?.[0] ?? '';
    expect(pageText(waiting)).toContain(
      'Mrs Begum · Neighbour who teaches Zara to sew · suggested by Ruth Oakley',
    );
    const id = /action="\/children\/[^/]+\/people\/([^/]+)\/check"/.exec(waiting)?.[1];
    expect(id).toBeDefined();
    expect(await storedPerson(world, id!)).toMatchObject({
      status: 'proposed',
      source: 'carers',
      addedBy: world.ruth.id,
      joinedOn: '2026-11-23',
    });
    expect(await auditOf(world, 'connection.proposed', id!)).toHaveLength(1);

    const checked = await (
      await as(world, world.hannah)
    ).post(`${url()}/${id}/check`, {
      decision: 'confirm',
    });
    expect(checked.statusCode).toBe(303);
    expect(await readAs(world, world.zara, '/my/people')).toContain('Mrs Begum');
    expect(await auditOf(world, 'connection.checked', id!)).toHaveLength(1);
    const again = await (
      await as(world, world.hannah)
    ).post(`${url()}/${id}/check`, {
      decision: 'decline',
    });
    expect(again.statusCode).toBe(409);
  });

  it('may not change anyone on the map', async () => {
    const visitor = await as(world, world.ruth);
    expect((await visitor.get(`${url()}/${world.people.leah}/edit`)).statusCode).toBe(403);
    const moved = await visitor.post(`${url()}/${world.people.leah}/move`, {
      direction: 'further',
    });
    expect(moved.statusCode).toBe(403);
  });
});

describe('a worker changing someone', () => {
  const edit = () => `${url()}/${world.people.karim}/edit`;
  const karim = {
    name: 'Karim Ahmed',
    relationship: 'Uncle',
    category: 'relative',
    contactStatus: 'not_safe',
    ring: '3',
    joinedOn: '2025-09-01',
    source: 'worker',
    hasNoContactOrder: 'yes',
    safeguardingNotes: 'Court order of 2024: keep him away from her school.',
    isSharedWithFamily: 'yes',
  };

  it('offers the flag decision for a flagged person, and needs a reason for it', async () => {
    const form = await (await as(world, world.hannah)).get(edit());
    expect(pageText(form.body)).toContain('Show on Zara’s own map despite the flag');
    const response = await (
      await as(world, world.hannah)
    ).post(edit(), {
      ...karim,
      showDespiteFlag: 'yes',
      flagShownReason: '',
    });
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain(
      'Give the reason for showing them on the young person’s own map despite the flag',
    );
    expect(response.body).toMatch(/name="showDespiteFlag" value="yes" checked/);
  });

  it('shows Karim to Zara and her mum once decided, never with the words “not safe” or the notes', async () => {
    const response = await (
      await as(world, world.hannah)
    ).post(edit(), {
      ...karim,
      showDespiteFlag: 'yes',
      flagShownReason: 'Zara asked; he is part of her story and the plan says so.',
    });
    expect(response.statusCode).toBe(303);
    expect(await storedPerson(world, world.people.karim)).toMatchObject({
      flagShownBy: world.hannah.id,
      flagShownReason: 'Zara asked; he is part of her story and the plan says so.',
    });
    expect(await auditOf(world, 'connection.flag_decided', world.people.karim)).toHaveLength(1);
    const updated = await auditOf(world, 'connection.updated', world.people.karim);
    expect(updated.at(-1)!.fields).toEqual(['flagShownReason', 'flagShownBy']);

    for (const [user, page] of [
      [world.zara, '/my/people'],
      [world.dani, `/family/${world.zaraId}/people`],
      [world.ruth, url()],
    ] as const) {
      const body = (await (await as(world, user)).get(page)).body;
      const text = pageText(body);
      expect(text, page).toContain('Karim Ahmed');
      expect(text.toLowerCase(), page).not.toContain('not safe');
      expect(text, page).not.toContain('Court order');
      expect(text, page).not.toContain('No-contact order');
      expect(body, page).not.toContain('eco-map__flag"');
    }
    const hannahSees = await readAs(world, world.hannah, url());
    expect(hannahSees).toContain(
      'Shown on Zara’s own map, decided by Hannah Kowalski: Zara asked; he is part of her story and the plan says so.',
    );
  });

  it('clears the decision when the box is unticked', async () => {
    await (await as(world, world.hannah)).post(edit(), karim);
    expect(await storedPerson(world, world.people.karim)).toMatchObject({
      flagShownBy: null,
      flagShownReason: '',
    });
    expect(await readAs(world, world.zara, '/my/people')).not.toContain('Karim');
  });

  it('records the day someone left, which must come after they joined', async () => {
    const path = `${url()}/${world.people.pat}/edit`;
    const values = {
      name: 'Pat Hughes',
      relationship: 'Former neighbour',
      category: 'neighbour',
      contactStatus: 'to_be_found',
      ring: '3',
      joinedOn: '2026-10-01',
      source: 'relatives',
    };
    const early = await (
      await as(world, world.hannah)
    ).post(path, {
      ...values,
      leftOn: '2026-09-01',
    });
    expect(early.statusCode).toBe(400);
    expect(pageText(early.body)).toContain(
      'The date they left the network must be on or after the date they joined',
    );
    const bad = await (await as(world, world.hannah)).post(path, { ...values, leftOn: 'soon' });
    expect(pageText(bad.body)).toContain('Enter the date they left the network as a real date');
    const left = await (
      await as(world, world.hannah)
    ).post(path, {
      ...values,
      leftOn: '2026-11-20',
    });
    expect(left.statusCode).toBe(303);
    const page = await (await as(world, world.hannah)).get(url());
    expect(peopleOnPage(page.body).map).not.toContain(world.people.pat);
    expect(pageText(page.body)).toContain('No longer part of the network Pat Hughes');
  });
});
