import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { partnershipChildGuides } from '../../core/db/tables.ts';
import {
  as,
  auditOf,
  buildWorld,
  closeWorld,
  expectNoSecrets,
  type World,
} from './hub-test-kit.ts';

// Dani tells Mia's carers about Mia: her routines, Mr Buttons, fish fingers and the landing light.
// Sam and Hannah read it; only Mia's parents write it.
let world: World;
let guidePath: string;
beforeAll(async () => {
  world = await buildWorld();
  guidePath = `/family/${world.scene.miaId}/getting-started/guide`;
});
afterAll(async () => closeWorld(world));

describe('Dani’s guide for Mia’s carers', () => {
  it('asks Dani in her words, on a page that says nothing of the home', async () => {
    const response = await (await as(world, world.scene.dani)).get(guidePath);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(
      '<h1 class="heading-xl">What would you like Mia’s carers to know?</h1>',
    );
    const text = pageText(response.body);
    for (const label of ['Routines', 'Comforts', 'Food', 'Bedtime', 'Anything else']) {
      expect(text).toContain(label);
    }
    expectNoSecrets(response.body);
    expect(await auditOf(world, world.scene.dani, 'partnership.read')).toContainEqual(
      expect.objectContaining({ recordId: world.scene.miaId, fields: ['guide'] }),
    );
  });

  it('asks for at least one answer, and keeps each answer short enough', async () => {
    const visitor = await as(world, world.scene.dani);
    const empty = await visitor.post(guidePath, { routines: '  ', food: '' });
    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain('Write something in at least one of the boxes');
    expect(empty.body).toContain('href="#field-routines"');

    const long = await visitor.post(guidePath, {
      routines: 'x'.repeat(2001),
      bedtime: 'Half past seven, with the landing light on',
    });
    expect(long.statusCode).toBe(400);
    expect(pageText(long.body)).toContain('Routines must be 2,000 characters or fewer');
    expect(long.body).toContain('Half past seven, with the landing light on</textarea>');
    expectNoSecrets(long.body);
    const rows = await world.database.db.select().from(partnershipChildGuides);
    expect(rows).toHaveLength(0);
  });

  it('saves what Dani wrote, and Sam reads it on the getting-started page', async () => {
    const { dani, sam, hannah, miaId } = world.scene;
    const visitor = await as(world, dani);
    const saved = await visitor.post(guidePath, {
      comforts: 'Mr Buttons, her rabbit, goes everywhere with her',
      food: 'Fish fingers. No mushrooms.',
      bedtime: 'Half past seven, with the landing light on',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/family/${miaId}/getting-started`);
    const [guide] = await world.database.db
      .select()
      .from(partnershipChildGuides)
      .where(eq(partnershipChildGuides.childId, miaId));
    expect(guide).toMatchObject({
      routines: '',
      comforts: 'Mr Buttons, her rabbit, goes everywhere with her',
      updatedBy: dani.id,
    });
    expect(await auditOf(world, dani, 'partnership.guide_saved')).toEqual([
      expect.objectContaining({ recordType: 'child', recordId: miaId }),
    ]);

    const own = await visitor.get(`/family/${miaId}/getting-started`);
    expect(pageText(own.body)).toContain(
      'Comforts Mr Buttons, her rabbit, goes everywhere with her',
    );
    expect(pageText(own.body)).toContain('Change what you wrote');
    expectNoSecrets(own.body);
    const again = await visitor.get(guidePath);
    expect(again.body).toContain('Fish fingers. No mushrooms.</textarea>');

    for (const reader of [sam, hannah]) {
      const page = pageText(
        (await (await as(world, reader)).get(`/children/${miaId}/family/getting-started`)).body,
      );
      expect(page).toContain('What Mia’s family want the carers to know');
      expect(page).toContain('Food Fish fingers. No mushrooms.');
      expect(page).toContain('Written by Dani Price on');
    }
  });

  it('is written only by Mia’s parents: carers and staff are refused (403), strangers told nothing (404)', async () => {
    const { sam, hannah, kim } = world.scene;
    for (const user of [sam, hannah]) {
      const visitor = await as(world, user);
      expect((await visitor.get(guidePath)).statusCode, user.name).toBe(403);
      expect((await visitor.post(guidePath, { food: 'Chips' })).statusCode, user.name).toBe(403);
    }
    expect((await auditOf(world, sam, 'partnership.write'))[0]).toMatchObject({
      outcome: 'refused',
    });
    const stranger = await as(world, kim);
    expect((await stranger.post(guidePath, { food: 'Chips' })).statusCode).toBe(404);
    const [guide] = await world.database.db.select().from(partnershipChildGuides);
    expect(guide!.food).toBe('Fish fingers. No mushrooms.');
  });
});
