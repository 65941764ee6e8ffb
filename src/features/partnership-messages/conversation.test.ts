import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { auditEvents, partnershipMessages, partnershipReads } from '../../core/db/tables.ts';
import {
  latestMessage,
  mailFor,
  messagesOf,
  openMessagesWorld,
  sendThroughForm,
  type MessagesWorld,
} from './messages-test-kit.ts';

// Dani talks with Mia's carers directly: her message arrives at once. When Sam has read it, Dani
// sees that he has, by his first name only, because Mia's home is confidential.
let world: MessagesWorld;

beforeAll(async () => {
  world = await openMessagesWorld();
});
afterAll(async () => world.close());

const readOf = async (userId: string) => {
  const [row] = await world.database.db
    .select()
    .from(partnershipReads)
    .where(
      and(eq(partnershipReads.childId, world.scene.miaId), eq(partnershipReads.userId, userId)),
    );
  return row;
};

describe('a message from a parent who talks with the carers directly', () => {
  it('is delivered at once, and everyone else in the space hears of it by email', async () => {
    const { dani, sam, alex, hannah, lee } = world.scene;
    const sent = await sendThroughForm(world, dani, 'parent', {
      body: 'Did Mia like her new trainers?\nShe wanted the pink ones.',
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(messagesOf(world, 'parent'));
    const message = await latestMessage(world);
    expect(message).toMatchObject({ authorId: dani.id, status: 'delivered', wasWarned: false });
    expect(message.deliveredAt).toEqual(message.createdAt);

    const mail = await world.deliverMail();
    for (const member of [sam, alex, hannah, lee]) expect(mailFor(mail, member)).toHaveLength(1);
    expect(mailFor(mail, dani)).toHaveLength(0);
  });

  it('shows Sam who wrote it, with its lines kept, and marks the space read for him', async () => {
    const { sam } = world.scene;
    expect(await readOf(sam.id)).toBeUndefined();
    const at = world.tick(5);
    const page = await (await world.as(sam)).get(messagesOf(world, 'carer'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Dani Price, parent');
    expect(page.body).toContain(
      '<p class="preserve-lines">Did Mia like her new trainers?\nShe wanted the pink ones.</p>',
    );
    expect(page.body).toContain('This child’s record');
    expect((await readOf(sam.id))!.lastReadAt).toEqual(at);
    const [read] = await world.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, sam.id), eq(auditEvents.action, 'partnership.read')))
      .orderBy(desc(auditEvents.id));
    expect(read).toMatchObject({ recordType: 'child', recordId: world.scene.miaId });
  });

  it('tells Dani that Sam has seen it, naming him by his first name only', async () => {
    const { dani, sam } = world.scene;
    world.tick();
    const page = await (await world.as(dani)).get(messagesOf(world, 'parent'));
    expect(page.body).toContain('Seen by Sam, foster carer');
    expect(page.body).not.toContain('Alex, foster carer');

    await sendThroughForm(world, sam, 'carer', { body: 'She loves them. She wore them to bed!' });
    const again = await (await world.as(dani)).get(messagesOf(world, 'parent'));
    expect(again.body).toContain('Sam, foster carer');
    expect(again.body).toContain('She wore them to bed!');
    for (const secret of Object.values(MIA_SECRETS)) expect(again.body).not.toContain(secret);
  });

  it('shows what was typed as words, never as markup', async () => {
    await sendThroughForm(world, world.scene.dani, 'parent', {
      body: '<img src=x onerror=alert(1)> & <b>hugs</b>',
    });
    const page = await (await world.as(world.scene.hannah)).get(messagesOf(world, 'staff'));
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)> &amp; &lt;b>hugs&lt;/b>');
    expect(page.body).not.toContain('<b>hugs</b>');
  });
});

describe('a long conversation', () => {
  it('shows the latest 50, and the earlier ones one link away', async () => {
    const { miaId, sam } = world.scene;
    // Fifty-five notes from October, before everything above.
    for (let number = 1; number <= 55; number += 1) {
      const at = new Date(Date.UTC(2026, 9, 6, 8, number));
      await world.database.db.insert(partnershipMessages).values({
        childId: miaId,
        authorId: sam.id,
        body: `Old note ${String(number).padStart(2, '0')}`,
        status: 'delivered',
        createdAt: at,
        deliveredAt: at,
      });
    }
    const hannah = await world.as(world.scene.hannah);
    const latest = await hannah.get(messagesOf(world, 'staff'));
    expect(latest.body).toContain('Old note 09');
    expect(latest.body).toContain('Old note 55');
    expect(latest.body).not.toContain('Old note 08');
    expect(latest.body.indexOf('Old note 09')).toBeLessThan(latest.body.indexOf('Old note 55'));
    const earlier = /href="([^"]*\?before=[^"]*)"/.exec(latest.body)?.[1];
    expect(earlier).toBe(
      `${messagesOf(world, 'staff')}?before=${encodeURIComponent('2026-10-06T08:09:00.000Z')}`,
    );

    const before = await hannah.get(earlier!);
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Old note 01');
    expect(before.body).toContain('Old note 08');
    expect(before.body).not.toContain('Old note 09');
    expect(before.body).not.toContain('?before=');
    expect(before.body).toContain('Back to the latest messages');
  });

  it('treats an address it cannot read as the latest messages', async () => {
    const page = await (
      await world.as(world.scene.hannah)
    ).get(`${messagesOf(world, 'staff')}?before=not-a-time`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Old note 55');
  });
});
