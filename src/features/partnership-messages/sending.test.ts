import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import type { ReceivedMail } from '../../../test/support/smtp.ts';
import { auditEvents, partnershipMessages, storedFiles } from '../../core/db/tables.ts';
import { readStoredFile } from '../../core/files/stored-files.ts';
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

// Sam writes to Mia's family from a confidential home. Kinfold warns him before his words say
// where Mia lives, keeps nothing of a photo but its pixels, and emails Mia's parents only that
// something new is waiting, under the label "M.".
let world: MessagesWorld;
const mailToParents: ReceivedMail[] = [];

beforeAll(async () => {
  world = await openMessagesWorld();
});
afterAll(async () => world.close());

async function collectMail(): Promise<ReceivedMail[]> {
  const mail = await world.deliverMail();
  mailToParents.push(...mailFor(mail, world.scene.dani), ...mailFor(mail, world.scene.lee));
  return mail;
}

const countMessages = async () =>
  (
    await world.database.db
      .select({ id: partnershipMessages.id })
      .from(partnershipMessages)
      .where(eq(partnershipMessages.childId, world.scene.miaId))
  ).length;

describe('words that might say where Mia lives', () => {
  const words = `Mia's new library card came today, posted to ${MIA_SECRETS.postcode}.`;

  it('are refused until Sam says to send them anyway, with the field named and his words kept', async () => {
    const { sam } = world.scene;
    const before = await countMessages();
    const refused = await sendThroughForm(world, sam, 'carer', { body: words });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('href="#field-body"');
    expect(refused.body).toContain(`the carers’ postcode (“${MIA_SECRETS.postcode}”)`);
    expect(refused.body).toContain(
      `>Mia's new library card came today, posted to ${MIA_SECRETS.postcode}.</textarea>`,
    );
    expect(refused.body).toContain('name="send_anyway"');
    expect(await countMessages()).toBe(before);
    expect(await collectMail()).toHaveLength(0);

    const sent = await sendThroughForm(world, sam, 'carer', { body: words, send_anyway: 'yes' });
    expect(sent.statusCode).toBe(303);
    const message = await latestMessage(world);
    expect(message).toMatchObject({ body: words, wasWarned: true, status: 'delivered' });
    const [audit] = await world.database.db
      .select({ fields: auditEvents.fields })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'partnership.message_sent'),
          eq(auditEvents.recordId, message.id),
        ),
      );
    expect(audit!.fields).toContain('was_warned');
    await collectMail();

    const hannahSees = await (await world.as(world.scene.hannah)).get(messagesOf(world, 'staff'));
    expect(hannahSees.body).toContain('Sent after a warning about where the child lives');
  });

  it('are checked for Hannah too, but not for Dani, who may say what she likes', async () => {
    const hannah = await sendThroughForm(world, world.scene.hannah, 'staff', {
      body: 'Reminder: Mia sees the dentist on Thursday after school.',
    });
    expect(hannah.statusCode).toBe(303);
    const warned = await sendThroughForm(world, world.scene.hannah, 'staff', {
      body: `Sam's number is ${MIA_SECRETS.phone}.`,
    });
    expect(warned.statusCode).toBe(400);
    expect(warned.body).toContain('the carers’ phone number');
    const dani = await sendThroughForm(world, world.scene.dani, 'parent', {
      body: 'My new flat is at 4 Elm Close, M4 1AB. Come and see it!',
    });
    expect(dani.statusCode).toBe(303);
    expect((await latestMessage(world)).wasWarned).toBe(false);
    await collectMail();
  });
});

describe('a photo with its location in it', () => {
  it('is kept without its metadata and sent to the family as photo.jpg, never cached', async () => {
    const { sam, dani } = world.scene;
    const original = await photoWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const sent = await sendThroughForm(world, sam, 'carer', {}, original);
    expect(sent.statusCode).toBe(303);
    const message = await latestMessage(world);
    expect(message).toMatchObject({ body: '', fileKind: 'photo', status: 'delivered' });
    const stored = await readStoredFile(world.database.db, world.files, message.fileId!);
    expect((await sharp(stored!.bytes).metadata()).exif).toBeUndefined();
    expect(stored!.bytes.includes(Buffer.from('PhoneCo'))).toBe(false);
    const [row] = await world.database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.id, message.fileId!));
    expect(JSON.stringify(row)).not.toContain('IMG_0420');
    await collectMail();

    const daniVisits = await world.as(dani);
    const fileUrl = partnershipPaths.messageFile('parent', world.scene.miaId, message.id);
    const page = await daniVisits.get(messagesOf(world, 'parent'));
    expect(page.body).toContain(`<img src="${fileUrl}" alt="A photo sent by Sam, foster carer"`);
    expect(page.body).not.toContain('IMG_0420');
    const photo = await daniVisits.get(fileUrl);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['content-disposition']).toBe('inline; filename="photo.jpg"');
    expect(photo.headers['cache-control']).toBe('no-store');
    expect(photo.rawPayload.equals(stored!.bytes)).toBe(true);
    const [read] = await world.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'file.read'), eq(auditEvents.actorId, dani.id)));
    expect(read).toMatchObject({ recordType: 'stored_file', recordId: message.fileId });
  });

  it('is described as a school report when Sam says it is one', async () => {
    await sendThroughForm(
      world,
      world.scene.sam,
      'carer',
      { body: 'Her report!', attachment_kind: 'document' },
      await photoWithLocation(),
    );
    const message = await latestMessage(world);
    expect(message.fileKind).toBe('document');
    const page = await (await world.as(world.scene.lee)).get(messagesOf(world, 'parent'));
    expect(page.body).toContain('alt="A school report or letter, sent by Sam, foster carer"');
    await collectMail();
  });
});

describe('the emails Mia’s parents receive', () => {
  it('name Mia only as M. and carry nothing that would find her', async () => {
    expect(mailToParents.length).toBeGreaterThanOrEqual(6);
    for (const mail of mailToParents) {
      expect(mail.subject).toContain('M.');
      for (const secret of [...Object.values(MIA_SECRETS), 'Price']) {
        expect(mail.subject).not.toContain(secret);
        expect(mail.raw).not.toContain(secret);
      }
    }
  });
});
