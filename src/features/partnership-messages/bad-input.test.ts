import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipMessages } from '../../core/db/tables.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import {
  latestMessage,
  openMessagesWorld,
  sendThroughForm,
  type MessagesWorld,
} from './messages-test-kit.ts';

// Everyone makes mistakes on a phone. Whatever Dani or Hannah send that cannot be kept, the form
// comes back naming what to put right, with what they typed still in it.
let world: MessagesWorld;
const NOT_A_PICTURE = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');

beforeAll(async () => {
  world = await openMessagesWorld();
});
afterAll(async () => world.close());

const countMessages = async () =>
  (await world.database.db.select({ id: partnershipMessages.id }).from(partnershipMessages)).length;

describe('a message that cannot be sent', () => {
  it('asks for words or a picture when there are neither', async () => {
    for (const body of ['', '   \n  ']) {
      const response = await sendThroughForm(world, world.scene.dani, 'parent', { body });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(
        '<a href="#field-body">Write your message, or choose a photo to send</a>',
      );
    }
    expect(await countMessages()).toBe(0);
  });

  it('says how long a message may be, and keeps it', async () => {
    const body = `Mia ${'x'.repeat(4_000)}`;
    const response = await sendThroughForm(world, world.scene.dani, 'parent', { body });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Your message must be 4,000 characters or fewer');
    expect(response.body).toContain(`>${body}</textarea>`);
    expect(await countMessages()).toBe(0);
  });

  it('refuses a file that is not a picture, names the field and keeps the words', async () => {
    const visitor = await world.as(world.scene.dani);
    const response = await visitor.postMultipart(
      partnershipPaths.messages('parent', world.scene.miaId),
      { body: 'Here is the letter from the dentist.' },
      {
        attachment: {
          bytes: NOT_A_PICTURE,
          filename: 'letter.pdf',
          contentType: 'application/pdf',
        },
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#field-attachment"');
    expect(response.body).toContain('The file must be a photo (JPEG, PNG, WebP, GIF or AVIF)');
    expect(response.body).toContain('Choose the picture again.');
    expect(response.body).toContain('>Here is the letter from the dentist.</textarea>');
    expect(response.body).not.toContain('letter.pdf');
    expect(await countMessages()).toBe(0);
  });

  it('names every problem at once: too long, and not a picture', async () => {
    const visitor = await world.as(world.scene.dani);
    const response = await visitor.postMultipart(
      partnershipPaths.messages('parent', world.scene.miaId),
      { body: 'y'.repeat(4_001), attachment_kind: 'video' },
      {
        attachment: {
          bytes: NOT_A_PICTURE,
          filename: 'letter.pdf',
          contentType: 'application/pdf',
        },
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#field-body"');
    expect(response.body).toContain('href="#field-attachment"');
    expect(response.body).toContain('href="#field-attachment_kind"');
  });
});

describe('a decision that cannot be made', () => {
  let heldId: string;

  beforeAll(async () => {
    await sendThroughForm(world, world.scene.lee, 'parent', { body: 'Is she eating well?' });
    heldId = (await latestMessage(world)).id;
  });

  const rejectPath = (id: string) => `/children/${world.scene.miaId}/family/messages/${id}/reject`;

  it('asks for a reason before keeping a message back', async () => {
    const hannah = await world.as(world.scene.hannah);
    const response = await hannah.post(rejectPath(heldId), { reason: '  ' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(
      `<a href="#field-reason-${heldId}">Say why it is not passed on: the person who wrote it will read this</a>`,
    );
    expect(response.body).toContain(`id="field-reason-${heldId}"`);
    expect(response.body).toContain('Is she eating well?');
    expect((await latestMessage(world)).status).toBe('held');
  });

  it('keeps a reason that is too long, to be shortened', async () => {
    const reason = `Please ${'z'.repeat(500)}`;
    const response = await (
      await world.as(world.scene.hannah)
    ).post(rejectPath(heldId), { reason });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The reason must be 500 characters or fewer');
    expect(response.body).toContain(`>${reason}</textarea>`);
  });

  it('finds no message that does not exist, and says when one was already decided', async () => {
    const hannah = await world.as(world.scene.hannah);
    const deliver = `/children/${world.scene.miaId}/family/messages/${randomUUID()}/deliver`;
    expect((await hannah.post(deliver, {})).statusCode).toBe(404);
    expect((await hannah.post(rejectPath(heldId), { reason: 'Not now.' })).statusCode).toBe(303);
    const again = await hannah.post(rejectPath(heldId), { reason: 'Not now.' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This message has already been kept back');
    const deliverAgain = await hannah.post(
      `/children/${world.scene.miaId}/family/messages/${heldId}/deliver`,
      {},
    );
    expect(deliverAgain.statusCode).toBe(409);
    const [stored] = await world.database.db
      .select()
      .from(partnershipMessages)
      .where(eq(partnershipMessages.id, heldId));
    expect(stored).toMatchObject({ status: 'rejected', moderationNote: 'Not now.' });
  });
});
