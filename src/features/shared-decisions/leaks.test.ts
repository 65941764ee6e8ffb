import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { MIA_SECRETS, type PartnershipScene } from '../../../test/support/partnership-scene.ts';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import { childDelegatedAuthority } from '../../core/db/tables.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import {
  decisionsPath,
  openDecisionsWorld,
  requestIdOf,
  type DecisionsWorld,
} from './decisions-test-kit.ts';

// Mia's home is confidential. Sam asks about a school trip and Hannah answers it; Dani reads every
// page of Mia's decisions, sends forms that go wrong, is refused, and reads every email she gets:
// nothing in any of it says where Mia lives. The emails carry no word of what was asked.
let world: DecisionsWorld;
let scene: PartnershipScene;
let mail: TestMailServer;
let requestId: string;
const QUESTION = 'Can Mia go on the residential trip to the outdoor centre in March?';
const sams = () => decisionsPath('record', scene.miaId);
const danis = () => decisionsPath('family', scene.miaId);

beforeAll(async () => {
  world = await openDecisionsWorld();
  scene = world.scene;
  mail = await startTestMailServer();
  // A note written on Mia's record, where nothing warns its writer, names her town.
  await world.database.db
    .update(childDelegatedAuthority)
    .set({ notes: `Only with school friends who live in ${MIA_SECRETS.town}.` })
    .where(
      and(
        eq(childDelegatedAuthority.childId, scene.miaId),
        eq(childDelegatedAuthority.topic, 'sleepovers'),
      ),
    );
});
afterAll(async () => {
  await mail.close();
  await world.close();
});

async function deliverMail(): Promise<void> {
  await deliverPendingMail(
    world.database,
    mail.transport(),
    'Kinfold <noreply@kinfold.test>',
    pino({ level: 'silent' }),
  );
}

function expectNoSecrets(what: string): void {
  for (const secret of Object.values(MIA_SECRETS)) expect(what).not.toContain(secret);
}

describe('what reaches Dani about a school trip', () => {
  it('is an email saying only that there is a decision to look at, and where', async () => {
    const sam = await world.visitorFor(scene.sam);
    const asked = await sam.post(`${sams()}/new`, { topic: 'school_trips', question: QUESTION });
    requestId = requestIdOf(asked.headers.location);
    await deliverMail();
    const toDani = mail.received.filter((each) => each.to.includes(scene.dani.email));
    expect(toDani).toHaveLength(1);
    expect(toDani[0]!.subject).toBe('Kinfold: a decision to look at about M.');
    expect(toDani[0]!.text).toContain(`${world.testApp.config.publicUrl}${danis()}/${requestId}`);
    expect(mail.received.map((each) => each.to[0]).sort()).toEqual(
      [scene.alex.email, scene.dani.email, scene.hannah.email, scene.lee.email].sort(),
    );
    const toHannah = mail.received.find((each) => each.to.includes(scene.hannah.email))!;
    expect(toHannah.text).toContain(`${sams()}/${requestId}`);
    for (const received of toDani) {
      expectNoSecrets(received.raw);
      for (const words of ['Mia', 'trip', 'outdoor', 'Sam'])
        expect(received.raw).not.toContain(words);
    }
  });

  it('is a second email when Hannah answers, again without a word of it', async () => {
    const hannah = await world.visitorFor(scene.hannah);
    const answered = await hannah.post(`${sams()}/${requestId}/decide`, {
      outcome: 'agreed_with_conditions',
      notes: 'Agreed, as long as her inhaler goes with her.',
    });
    expect(answered.statusCode).toBe(303);
    await deliverMail();
    const toDani = mail.received.filter((each) => each.to.includes(scene.dani.email));
    expect(toDani).toHaveLength(2);
    for (const received of toDani) {
      expectNoSecrets(received.raw);
      expect(received.raw).not.toContain('inhaler');
    }
    expect(mail.received.filter((each) => each.to.includes(scene.hannah.email))).toHaveLength(1);
  });
});

describe('every page of Mia’s decisions, as Dani sees them', () => {
  it('never says where Mia lives, and keeps the note that names her town from Dani', async () => {
    const dani = await world.visitorFor(scene.dani);
    const sam = await world.visitorFor(scene.sam);
    const open = requestIdOf(
      (await sam.post(`${sams()}/new`, { topic: 'medical_treatment', question: 'Flu spray?' }))
        .headers.location,
    );
    const pages = [
      await dani.get(danis()),
      await dani.get(`${danis()}/new`),
      await dani.get(`${danis()}/${requestId}`),
      await dani.get(`${danis()}/${open}`),
      await dani.post(`${danis()}/new`, { topic: '', question: '' }),
      await dani.post(`${danis()}/${open}/views`, { views: '' }),
      await dani.post(`${danis()}/${open}/decide`, { outcome: 'agreed' }),
      await dani.post(`${danis()}/${requestId}/views`, { views: 'Too late?' }),
      await dani.get(`${danis()}/00000000-0000-4000-8000-000000000000`),
    ];
    expect(pages.map((page) => page.statusCode)).toEqual([
      200, 200, 200, 200, 400, 400, 403, 409, 404,
    ]);
    for (const page of pages) {
      expectNoSecrets(page.body);
      expect(page.body).not.toContain('household');
    }
    expect(pageText(pages[0]!.body)).toContain(
      'There is a note about this for Mia’s carers and workers. Ask your worker about it.',
    );
    expect(pageText((await sam.get(sams())).body)).toContain(
      `Only with school friends who live in ${MIA_SECRETS.town}.`,
    );
  });
});
