import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import type { PartnershipScene } from '../../../test/support/partnership-scene.ts';
import { decisionRequests } from '../../core/db/tables.ts';
import {
  auditedBy,
  decisionsPath,
  openDecisionsWorld,
  requestIdOf,
  type DecisionsWorld,
} from './decisions-test-kit.ts';

// Ruth fosters another child, Olu supervises another home, Kim is another child's mother, Grace
// and Abena are Theo's family: none of them may know Mia's decisions exist. Priya, the manager,
// may read and answer them.
let world: DecisionsWorld;
let scene: PartnershipScene;
let requestId: string;

beforeAll(async () => {
  world = await openDecisionsWorld();
  scene = world.scene;
  const sam = await world.visitorFor(scene.sam);
  const asked = await sam.post(`${decisionsPath('record', scene.miaId)}/new`, {
    topic: 'medical_treatment',
    question: 'Can Mia have the flu spray at school?',
  });
  requestId = requestIdOf(asked.headers.location);
});
afterAll(async () => world.close());

function everyAddress(side: 'record' | 'family') {
  const list = decisionsPath(side, scene.miaId);
  const one = `${list}/${requestId}`;
  return {
    gets: [list, `${list}/new`, one],
    posts: [
      [`${list}/new`, { topic: 'haircuts', question: 'A trim?' }],
      [`${one}/views`, { views: 'Yes' }],
      [`${one}/decide`, { outcome: 'agreed', notes: '' }],
    ] as Array<[string, Record<string, string>]>,
  };
}

describe('people outside Mia’s space', () => {
  const strangers: Array<[string, () => TestUser, 'record' | 'family']> = [
    ['Ruth, who fosters another child', () => scene.ruth, 'record'],
    ['Olu, who supervises another home', () => scene.olu, 'record'],
    ['Grace, Theo’s grandmother', () => scene.grace, 'record'],
    ['Kim, another child’s mother', () => scene.kim, 'family'],
    ['Abena, Theo’s mum', () => scene.abena, 'family'],
  ];
  it.each(strangers)('%s is told every page is not found', async (_who, person, side) => {
    const visitor = await world.visitorFor(person());
    const { gets, posts } = everyAddress(side);
    for (const url of gets) expect((await visitor.get(url)).statusCode, url).toBe(404);
    for (const [url, fields] of posts) {
      const response = await visitor.post(url, fields);
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('flu spray');
    }
    expect(await world.database.db.select().from(decisionRequests)).toHaveLength(1);
    expect(await auditedBy(world.database.db, person().id, 'decision.requested')).toEqual([]);
  });

  it('is told a request that does not exist, or an address that is not one, is not found', async () => {
    const hannah = await world.visitorFor(scene.hannah);
    const list = decisionsPath('record', scene.miaId);
    expect((await hannah.get(`${list}/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await hannah.get(`${list}/not-an-id`)).statusCode).toBe(404);
    expect((await hannah.get('/children/not-an-id/family/decisions')).statusCode).toBe(404);
    // A request of Theo's is not found on Mia's address.
    const theos = await hannah.post(`${decisionsPath('record', scene.theoId)}/new`, {
      topic: 'haircuts',
      question: 'A trim for Theo?',
    });
    const theoRequest = requestIdOf(theos.headers.location);
    expect((await hannah.get(`${list}/${theoRequest}`)).statusCode).toBe(404);
    expect(
      (await hannah.post(`${list}/${theoRequest}/decide`, { outcome: 'agreed' })).statusCode,
    ).toBe(404);
  });
});

describe('Priya, the manager', () => {
  it('reads Mia’s decisions and answers one', async () => {
    const priya = await world.visitorFor(scene.priya);
    const list = decisionsPath('record', scene.miaId);
    const page = await priya.get(list);
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Can Mia have the flu spray at school?');
    const answered = await priya.post(`${list}/${requestId}/decide`, {
      outcome: 'not_agreed',
      notes: 'Her consultant wants to see her first.',
    });
    expect(answered.statusCode).toBe(303);
    expect(await auditedBy(world.database.db, scene.priya.id, 'decision.made')).toHaveLength(1);
  });
});
