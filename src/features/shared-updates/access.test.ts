import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visitor } from '../../../test/support/app.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import { birthParents } from '../../core/db/tables.ts';
import {
  auditOf,
  insertUpdate,
  openWorld,
  photoWithLocation,
  postThroughForm,
  type World,
} from './shared-updates-test-kit.ts';

// Ruth fosters another child, Olu supervises another home and Kim is another child's mother: none
// of them may learn that Mia's updates exist, at either side's address, photo included.
let world: World;
let updateId: string;
beforeAll(async () => {
  world = await openWorld();
  const sam = await world.as(world.scene.sam);
  const posted = await postThroughForm(
    world,
    sam,
    { topic: 'fun', happened_on: '2026-11-22', body: 'Pancakes for breakfast' },
    await photoWithLocation(),
  );
  updateId = posted.id!;
});
afterAll(async () => world.close());

// Every address of the shared updates, with what a visitor would send.
function everyAddress(childId: string, id: string) {
  const staff = `/children/${childId}/family/updates`;
  const family = `/family/${childId}/updates`;
  return [
    { method: 'get', url: staff },
    { method: 'get', url: family },
    { method: 'get', url: `${staff}/new` },
    {
      method: 'post',
      url: `${staff}/new`,
      fields: { topic: 'fun', body: 'x', happened_on: '2026-11-20' },
    },
    { method: 'get', url: `${staff}/${id}` },
    { method: 'get', url: `${family}/${id}` },
    { method: 'get', url: `${staff}/${id}/photo` },
    { method: 'get', url: `${family}/${id}/photo` },
    { method: 'post', url: `${staff}/${id}/react`, fields: { reaction: 'love' } },
    { method: 'post', url: `${family}/${id}/react`, fields: { reaction: 'love' } },
    { method: 'post', url: `${staff}/${id}/reply`, fields: { body: 'Hello' } },
    { method: 'post', url: `${family}/${id}/reply`, fields: { body: 'Hello' } },
    { method: 'post', url: `${staff}/${id}/life-story`, fields: { title: '', share: 'yes' } },
  ] as const;
}

async function statusesFor(visitor: Visitor): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  for (const address of everyAddress(world.scene.miaId, updateId)) {
    const response =
      address.method === 'get'
        ? await visitor.get(address.url)
        : await visitor.post(address.url, 'fields' in address ? address.fields : {});
    statuses[`${address.method.toUpperCase()} ${address.url}`] = response.statusCode;
  }
  return statuses;
}

describe('people outside Mia’s space', () => {
  it.each([
    ['Ruth, a carer elsewhere', 'ruth'],
    ['Olu, a worker for another home', 'olu'],
    ['Kim, another child’s mother', 'kim'],
  ] as const)('%s is told nothing exists, everywhere', async (_who, key) => {
    const stranger: TestUser = world.scene[key];
    const statuses = await statusesFor(await world.as(stranger));
    expect(
      Object.values(statuses).every((status) => status === 404),
      JSON.stringify(statuses),
    ).toBe(true);
    const refusals = (await auditOf(world, stranger, 'partnership.read')).concat(
      await auditOf(world, stranger, 'partnership.write'),
    );
    expect(refusals.every((entry) => entry.outcome === 'refused')).toBe(true);
    expect(refusals.length).toBeGreaterThan(0);
  });
});

describe('Grace, Theo’s grandmother', () => {
  it('reads Theo’s updates but not Mia’s', async () => {
    await insertUpdate(world, {
      childId: world.scene.theoId,
      authorId: world.scene.grace.id,
      body: 'Theo scored!',
    });
    const grace = await world.as(world.scene.grace);
    expect((await grace.get(`/children/${world.scene.theoId}/family/updates`)).statusCode).toBe(
      200,
    );
    expect((await grace.get(`/children/${world.scene.miaId}/family/updates`)).statusCode).toBe(404);
  });
});

describe('a parent kept out of the space for now', () => {
  it('is refused (403) rather than told nothing exists, and sees nothing', async () => {
    await world.database.db
      .update(birthParents)
      .set({ spaceLevel: 'not_in_space' })
      .where(
        and(
          eq(birthParents.childId, world.scene.miaId),
          eq(birthParents.userId, world.scene.lee.id),
        ),
      );
    const lee = await world.as(world.scene.lee);
    const page = await lee.get(`/family/${world.scene.miaId}/updates`);
    expect(page.statusCode).toBe(403);
    expect(page.body).not.toContain('Pancakes');
    const photo = await lee.get(`/family/${world.scene.miaId}/updates/${updateId}/photo`);
    expect(photo.statusCode).toBe(403);
  });
});
