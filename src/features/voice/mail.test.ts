import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHousehold, placeChild } from '../../../test/support/factories.ts';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import { mailOutbox } from '../../core/db/tables.ts';
import { eq } from 'drizzle-orm';
import { placements } from '../../core/db/tables.ts';
import { openVoiceWorld, type VoiceWorld } from './voice-test-kit.ts';

// Zara asks Hannah something private. Hannah hears at once that a young person she supports has a
// question, and where to read it, but the email names nobody and carries none of Zara's words.
let world: VoiceWorld;
let mailServer: TestMailServer;
const QUESTION = 'Why can’t I see my brother Idris more often?';

beforeAll(async () => {
  world = await openVoiceWorld();
  mailServer = await startTestMailServer();
});
afterAll(async () => {
  await mailServer.close();
  await world.close();
});

async function deliverMail(): Promise<void> {
  await deliverPendingMail(
    world.database,
    mailServer.transport(),
    'Kinfold <noreply@kinfold.test>',
    pino({ level: 'silent' }),
  );
}

describe('the email about a question', () => {
  it('reaches Hannah with where to sign in, and without Zara’s name or words', async () => {
    const zara = await world.visitorFor(world.scene.zara);
    expect((await zara.post('/my/voice', { kind: 'question', body: QUESTION })).statusCode).toBe(
      303,
    );
    await deliverMail();
    const toHannah = mailServer.received.filter((mail) =>
      mail.to.includes(world.scene.hannah.email),
    );
    expect(toHannah).toHaveLength(1);
    const [mail] = toHannah;
    expect(mail!.subject).toBe('A young person you support has asked a question in Kinfold');
    expect(mail!.text).toContain('Hello Hannah,');
    expect(mail!.text).toContain(
      `${world.testApp.config.publicUrl}/children/${world.scene.zaraId}/voice`,
    );
    for (const secret of ['Zara', 'Ahmed', 'brother', 'Idris', 'see my', 'often']) {
      expect(mail!.raw).not.toContain(secret);
    }
    expect(mailServer.received).toHaveLength(1);
  });

  it('is not sent for something Zara wants people to know', async () => {
    const zara = await world.visitorFor(world.scene.zara);
    await zara.post('/my/voice', { kind: 'want_to_know', body: 'I love drawing.' });
    const queued = await world.database.db
      .select({ to: mailOutbox.toAddress })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, world.scene.hannah.email));
    expect(queued).toHaveLength(1);
  });

  it('goes to nobody when Zara’s home has no worker, and the question is still saved', async () => {
    const { db } = world.database;
    // Zara moves to a home with no worker allocated yet.
    await db
      .update(placements)
      .set({ endedOn: '2026-03-09' })
      .where(eq(placements.childId, world.scene.zaraId));
    const home = await buildHousehold(db, { supervisingWorkerId: null });
    await placeChild(db, world.scene.zaraId, home, { startedOn: '2026-03-09' });
    const zara = await world.visitorFor(world.scene.zara);
    await zara.post('/my/voice', { kind: 'question', body: 'Where is my worker?' });
    const page = await zara.get('/my/voice');
    expect(page.body).toContain('Thank you. It is saved.');
    expect(page.body).toContain('Where is my worker?');
    expect(await db.select().from(mailOutbox)).toHaveLength(1);
  });
});
