import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, partnershipMessages, sharedUpdates } from '../../core/db/tables.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import {
  latestMessage,
  mailFor,
  messagesOf,
  openMessagesWorld,
  photoWithLocation,
  sendThroughForm,
  type MessagesWorld,
} from './messages-test-kit.ts';

// Lee is in Mia's space, but a worker reads each of his messages first. His first message waits
// for Hannah and reaches Sam only once she passes it on; his second is kept back with a reason,
// and Sam never learns it existed.
let world: MessagesWorld;
const FIRST = 'Hello Mia, it’s Dad. I’m so proud of you for your swimming.';
const SECOND = 'Tell her I’ll be there to take her home soon.';

beforeAll(async () => {
  world = await openMessagesWorld();
});
afterAll(async () => world.close());

const fileOf = (messageId: string, party: 'staff' | 'carer' | 'parent' = 'carer') =>
  partnershipPaths.messageFile(party, world.scene.miaId, messageId);

async function audited(action: string, recordId: string) {
  return world.database.db
    .select({ actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.recordId, recordId)));
}

describe('a message from a parent whose messages a worker reads first', () => {
  let firstId: string;

  it('is held: Lee sees it waiting, Sam and Dani do not, and only Hannah hears of it', async () => {
    const { lee, sam, dani, hannah, alex } = world.scene;
    const sent = await sendThroughForm(
      world,
      lee,
      'parent',
      { body: FIRST },
      await photoWithLocation(),
    );
    expect(sent.statusCode).toBe(303);
    const message = await latestMessage(world);
    firstId = message.id;
    expect(message).toMatchObject({ authorId: lee.id, status: 'held', deliveredAt: null });
    expect(await audited('partnership.message_held', firstId)).toEqual([{ actorId: lee.id }]);

    const leePage = await (await world.as(lee)).get(messagesOf(world, 'parent'));
    expect(leePage.body).toContain('Thank you. A worker will read your message, then pass it on.');
    expect(leePage.body).toContain('I’m so proud of you for your swimming.');
    expect(leePage.body).toContain('Waiting for a worker to read it');
    for (const [user, party] of [
      [sam, 'carer'],
      [dani, 'parent'],
    ] as const) {
      const page = await (await world.as(user)).get(messagesOf(world, party));
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('proud of you for your swimming');
    }
    expect((await (await world.as(sam)).get(fileOf(firstId))).statusCode).toBe(404);

    const mail = await world.deliverMail();
    expect(mailFor(mail, sam)).toHaveLength(0);
    expect(mailFor(mail, alex)).toHaveLength(0);
    expect(mailFor(mail, dani)).toHaveLength(0);
    const [toHannah] = mailFor(mail, hannah);
    expect(toHannah!.text).toContain(
      `${world.testApp.config.publicUrl}${partnershipPaths.moderation(world.scene.miaId)}`,
    );
    expect(toHannah!.raw).not.toContain('swimming');
  });

  it('reaches Sam, with its photo and an email, once Hannah delivers it', async () => {
    const { lee, sam, hannah } = world.scene;
    const hannahVisits = await world.as(hannah);
    const waiting = await hannahVisits.get(partnershipPaths.moderation(world.scene.miaId));
    expect(waiting.statusCode).toBe(200);
    expect(waiting.body).toContain('I’m so proud of you for your swimming.');
    expect(waiting.body).toContain('Lee Price, parent');
    expect(waiting.body).toContain(`src="${fileOf(firstId, 'staff')}"`);

    world.tick();
    const delivered = await hannahVisits.post(
      `/children/${world.scene.miaId}/family/messages/${firstId}/deliver`,
      {},
    );
    expect(delivered.statusCode).toBe(303);
    const [stored] = await world.database.db
      .select()
      .from(partnershipMessages)
      .where(eq(partnershipMessages.id, firstId));
    expect(stored).toMatchObject({ status: 'delivered', moderatedBy: hannah.id });
    expect(stored!.deliveredAt).toEqual(stored!.moderatedAt);
    expect(await audited('partnership.message_released', firstId)).toEqual([
      { actorId: hannah.id },
    ]);

    const samVisits = await world.as(sam);
    const page = await samVisits.get(messagesOf(world, 'carer'));
    expect(page.body).toContain('I’m so proud of you for your swimming.');
    expect(page.body).not.toContain('Waiting for a worker');
    expect((await samVisits.get(fileOf(firstId))).statusCode).toBe(200);

    const mail = await world.deliverMail();
    const [toSam] = mailFor(mail, sam);
    expect(toSam!.subject).toBe('Kinfold: a new message about M.');
    expect(toSam!.text).toContain(`${world.testApp.config.publicUrl}${messagesOf(world, 'carer')}`);
    expect(mailFor(mail, lee)).toHaveLength(0);
    expect(mailFor(mail, hannah)).toHaveLength(0);
  });

  it('cannot be decided on twice: Hannah is told it was already passed on', async () => {
    const again = await (
      await world.as(world.scene.hannah)
    ).post(`/children/${world.scene.miaId}/family/messages/${firstId}/reject`, {
      reason: 'Too late now',
    });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This message has already been passed on.');
  });
});

describe('a message a worker does not pass on', () => {
  let secondId: string;

  it('never reaches Sam: not on the page, not as a file, not by email', async () => {
    const { lee, sam, hannah } = world.scene;
    await sendThroughForm(world, lee, 'parent', { body: SECOND }, await photoWithLocation());
    secondId = (await latestMessage(world)).id;
    await world.deliverMail();

    world.tick();
    const rejected = await (
      await world.as(hannah)
    ).post(`/children/${world.scene.miaId}/family/messages/${secondId}/reject`, {
      reason: 'Let’s talk about plans for going home at our meeting on Friday first.',
    });
    expect(rejected.statusCode).toBe(303);
    const [stored] = await world.database.db
      .select()
      .from(partnershipMessages)
      .where(eq(partnershipMessages.id, secondId));
    expect(stored).toMatchObject({ status: 'rejected', deliveredAt: null, moderatedBy: hannah.id });
    expect(await audited('partnership.message_rejected', secondId)).toEqual([
      { actorId: hannah.id },
    ]);

    const samVisits = await world.as(sam);
    expect((await samVisits.get(messagesOf(world, 'carer'))).body).not.toContain('take her home');
    expect((await samVisits.get(fileOf(secondId))).statusCode).toBe(404);
    const mail = await world.deliverMail();
    expect(mail).toHaveLength(0);
  });

  it('shows Lee that it was not passed on, and why', async () => {
    const page = await (await world.as(world.scene.lee)).get(messagesOf(world, 'parent'));
    expect(page.body).toContain('Tell her I’ll be there to take her home soon.');
    expect(page.body).toContain('Not passed on');
    expect(page.body).toContain(
      'The worker’s reason: Let’s talk about plans for going home at our meeting on Friday first.',
    );
    expect(
      (await (await world.as(world.scene.lee)).get(fileOf(secondId, 'parent'))).statusCode,
    ).toBe(200);
  });

  it('shows staff its status and the reason', async () => {
    const page = await (await world.as(world.scene.priya)).get(messagesOf(world, 'staff'));
    expect(page.body).toContain('take her home soon');
    expect(page.body).toContain('Reason given: Let’s talk about plans');
  });
});

describe('a held reply to an update', () => {
  it('waits with the other messages, linked to its update, and its delivery emails a reply', async () => {
    const { sam, lee, hannah, miaId } = world.scene;
    const [update] = await world.database.db
      .insert(sharedUpdates)
      .values({
        childId: miaId,
        authorId: sam.id,
        topic: 'fun',
        body: 'Mia made pancakes all by herself.',
        happenedOn: '2026-11-08',
      })
      .returning({ id: sharedUpdates.id });
    const [reply] = await world.database.db
      .insert(partnershipMessages)
      .values({
        childId: miaId,
        authorId: lee.id,
        updateId: update!.id,
        body: 'Save me one next time!',
        status: 'held',
        createdAt: world.tick(),
      })
      .returning({ id: partnershipMessages.id });
    const hannahVisits = await world.as(hannah);
    const waiting = await hannahVisits.get(partnershipPaths.moderation(miaId));
    expect(waiting.body).toContain('A reply to an update.');
    expect(waiting.body).toContain(`href="${partnershipPaths.update('staff', miaId, update!.id)}"`);
    expect(waiting.body).toContain('Save me one next time!');
    // Replies live with their update, not in the conversation.
    expect((await hannahVisits.get(messagesOf(world, 'staff'))).body).not.toContain('Save me one');

    await hannahVisits.post(`/children/${miaId}/family/messages/${reply!.id}/deliver`, {});
    const [toSam] = mailFor(await world.deliverMail(), sam);
    expect(toSam!.subject).toBe('Kinfold: a new reply about M.');
    expect(toSam!.text).toContain(partnershipPaths.update('carer', miaId, update!.id));
    const after = await hannahVisits.get(partnershipPaths.moderation(miaId));
    expect(after.body).toContain('Nothing is waiting.');
  });
});
