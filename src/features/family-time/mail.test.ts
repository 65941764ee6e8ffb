import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import { openFamilyTimeWorld, sessionUrl, type FamilyTimeWorld } from './family-time-test-kit.ts';

// Hannah plans Thursday's family time for Dani and Lee, then Sam has to call it off. The emails
// reach the parents through a real mail server: they say what happened and where to sign in, and
// nothing about Mia, where she lives or where they will meet.
let world: FamilyTimeWorld;
let mailServer: TestMailServer;
let thursday: string;

beforeAll(async () => {
  world = await openFamilyTimeWorld();
  mailServer = await startTestMailServer();
  thursday = await world.plan([world.scene.dani, world.scene.lee]);
  const sam = await world.visitorFor(world.scene.sam);
  await sam.post(`${sessionUrl(world.scene.miaId, thursday, 'staff')}/cancel`, {
    reason: 'Mia has chickenpox',
  });
  await deliverPendingMail(
    world.database,
    mailServer.transport(),
    'Kinfold <noreply@kinfold.test>',
    pino({ level: 'silent' }),
  );
});
afterAll(async () => {
  await mailServer.close();
  await world.close();
});

describe('the emails family time sends to parents', () => {
  it('tell Dani and Lee something happened, with where to sign in, and nothing else', async () => {
    const { dani, lee, miaId } = world.scene;
    const toParents = mailServer.received.filter(
      (mail) => mail.to.includes(dani.email) || mail.to.includes(lee.email),
    );

    expect(toParents.map((mail) => mail.subject).sort()).toEqual([
      'Kinfold: a change to family time about M.',
      'Kinfold: a change to family time about M.',
      'Kinfold: family time planned about M.',
      'Kinfold: family time planned about M.',
    ]);
    const link = `${world.testApp.config.publicUrl}${sessionUrl(miaId, thursday, 'parent')}`;
    for (const mail of toParents) {
      expect(mail.text).toContain(link);
      for (const secret of [
        ...Object.values(MIA_SECRETS),
        'Mia',
        'Brookside',
        'Sam drives',
        'chickenpox',
      ]) {
        expect(mail.raw, secret).not.toContain(secret);
      }
    }
  });
});
