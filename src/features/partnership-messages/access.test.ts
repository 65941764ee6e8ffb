import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visitor } from '../../../test/support/app.ts';
import { birthParents, partnershipMessages } from '../../core/db/tables.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import {
  latestMessage,
  openMessagesWorld,
  photoWithLocation,
  sendThroughForm,
  type MessagesWorld,
} from './messages-test-kit.ts';

// Mia's conversation is for her parents, her carers and the staff who look after her. Ruth (who
// fosters elsewhere), Olu (who supervises another home) and Kim (another child's mother) do not
// learn it exists. Dani may read and write but not decide on Lee's messages; nor may Sam.
let world: MessagesWorld;
let heldId: string;
let theoMessageId: string;

beforeAll(async () => {
  world = await openMessagesWorld();
  await sendThroughForm(
    world,
    world.scene.lee,
    'parent',
    { body: 'Hi Mia' },
    await photoWithLocation(),
  );
  heldId = (await latestMessage(world)).id;
  // Theo's mum writes in his space, with a photo.
  const abena = await world.as(world.scene.abena);
  const sent = await abena.postMultipart(
    partnershipPaths.messages('parent', world.scene.theoId),
    { body: 'Hello Theo' },
    {
      attachment: {
        bytes: await photoWithLocation(),
        filename: 'a.jpg',
        contentType: 'image/jpeg',
      },
    },
  );
  expect(sent.statusCode).toBe(303);
  const [theos] = await world.database.db
    .select({ id: partnershipMessages.id })
    .from(partnershipMessages)
    .where(eq(partnershipMessages.childId, world.scene.theoId));
  theoMessageId = theos!.id;
});
afterAll(async () => world.close());

// Every page and route of Mia's messages, and what each asks.
function everyRoute(): Array<{
  name: string;
  call: (visitor: Visitor) => ReturnType<Visitor['get']>;
}> {
  const mia = world.scene.miaId;
  const staffRoot = `/children/${mia}/family/messages`;
  const familyRoot = `/family/${mia}/messages`;
  return [
    { name: 'the record’s conversation', call: (v) => v.get(staffRoot) },
    { name: 'the family’s conversation', call: (v) => v.get(familyRoot) },
    { name: 'sending on the record', call: (v) => v.postMultipart(staffRoot, { body: 'Hi' }, {}) },
    { name: 'sending as family', call: (v) => v.postMultipart(familyRoot, { body: 'Hi' }, {}) },
    { name: 'a picture on the record', call: (v) => v.get(`${staffRoot}/${heldId}/file`) },
    { name: 'a picture as family', call: (v) => v.get(`${familyRoot}/${heldId}/file`) },
    { name: 'the waiting page', call: (v) => v.get(partnershipPaths.moderation(mia)) },
    { name: 'delivering', call: (v) => v.post(`${staffRoot}/${heldId}/deliver`, {}) },
    {
      name: 'keeping back',
      call: (v) => v.post(`${staffRoot}/${heldId}/reject`, { reason: 'No' }),
    },
    { name: 'keeping back, no reason', call: (v) => v.post(`${staffRoot}/${heldId}/reject`, {}) },
  ];
}

describe('people outside Mia’s space', () => {
  it('find nothing at any of its addresses', async () => {
    const { ruth, olu, kim, abena, grace } = world.scene;
    for (const stranger of [ruth, olu, kim, abena, grace]) {
      const visitor = await world.as(stranger);
      for (const route of everyRoute()) {
        const response = await route.call(visitor);
        expect([stranger.name, route.name, response.statusCode]).toEqual([
          stranger.name,
          route.name,
          404,
        ]);
        expect(response.body).not.toContain('Mia');
      }
    }
  });
});

describe('people in Mia’s space who do not decide on messages', () => {
  it('are refused the waiting page and the decisions', async () => {
    const { dani, sam } = world.scene;
    const mia = world.scene.miaId;
    for (const member of [dani, sam]) {
      const visitor = await world.as(member);
      expect((await visitor.get(partnershipPaths.moderation(mia))).statusCode).toBe(403);
      const base = `/children/${mia}/family/messages/${heldId}`;
      expect((await visitor.post(`${base}/deliver`, {})).statusCode).toBe(403);
      expect((await visitor.post(`${base}/reject`, { reason: 'No' })).statusCode).toBe(403);
      expect((await visitor.post(`${base}/reject`, {})).statusCode).toBe(403);
    }
    expect((await latestMessage(world)).status).toBe('held');
  });

  it('is refused to a parent whom staff have kept out of the space', async () => {
    const { lee, miaId } = world.scene;
    await world.database.db
      .update(birthParents)
      .set({ spaceLevel: 'not_in_space' })
      .where(and(eq(birthParents.childId, miaId), eq(birthParents.userId, lee.id)));
    const visitor = await world.as(lee);
    expect((await visitor.get(partnershipPaths.messages('parent', miaId))).statusCode).toBe(403);
    expect(
      (await visitor.get(partnershipPaths.messageFile('parent', miaId, heldId))).statusCode,
    ).toBe(403);
  });
});

describe('staff in both spaces', () => {
  it('find no message of Theo’s at Mia’s addresses', async () => {
    const hannah = await world.as(world.scene.hannah);
    const mia = world.scene.miaId;
    expect(
      (await hannah.get(partnershipPaths.messageFile('staff', mia, theoMessageId))).statusCode,
    ).toBe(404);
    expect(
      (await hannah.post(`/children/${mia}/family/messages/${theoMessageId}/deliver`, {}))
        .statusCode,
    ).toBe(404);
    expect((await hannah.get(`/children/${mia}/family/messages/not-an-id/file`)).statusCode).toBe(
      404,
    );
  });
});
