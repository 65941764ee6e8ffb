import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visitor } from '../../../test/support/app.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import {
  familyPath,
  openReunificationWorld,
  staffPath,
  writeMiasPlan,
  type ReunificationWorld,
} from './reunification-test-kit.ts';

// Mia goes home. Everyone in her family space hears that the plan has changed and where to read
// it; the emails name Mia only as "M." and carry nothing about where she has been living. Dani
// reads every going-home page and email she gets, and none of the home's details is in any of them.
let world: ReunificationWorld;
let mailServer: TestMailServer;
let hannah: Visitor;
let dani: Visitor;
let miaId: string;

beforeAll(async () => {
  world = await openReunificationWorld();
  mailServer = await startTestMailServer();
  miaId = world.scene.miaId;
  hannah = await world.visitorFor(world.scene.hannah);
  dani = await world.visitorFor(world.scene.dani);
  await writeMiasPlan(hannah, miaId);
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

const mailTo = (email: string) => mailServer.received.filter((mail) => mail.to.includes(email));

describe('the email when Mia goes home', () => {
  beforeAll(async () => {
    const response = await hannah.post(staffPath(miaId, 'went-home'), {
      went_home_on: '2026-11-16',
      support_worker_id: world.scene.hannah.id,
    });
    expect(response.statusCode).toBe(303);
    await deliverMail();
  });

  it('reaches Dani with the link to her own page, naming Mia only as "M."', async () => {
    const [mail, ...others] = mailTo(world.scene.dani.email);
    expect(others).toHaveLength(0);
    expect(mail!.subject).toBe('Kinfold: a change to the plan about M.');
    expect(mail!.text).toContain('Hello Dani,');
    expect(mail!.text).toContain(`${world.testApp.config.publicUrl}${familyPath(miaId)}`);
    expect(mail!.raw).not.toContain('Mia');
    for (const secret of Object.values(MIA_SECRETS)) expect(mail!.raw).not.toContain(secret);
  });

  it('reaches Lee and the carers too, each with their own address, and not Hannah who did it', async () => {
    expect(mailTo(world.scene.lee.email)).toHaveLength(1);
    const [toSam] = mailTo(world.scene.sam.email);
    expect(toSam!.text).toContain(`${world.testApp.config.publicUrl}${staffPath(miaId)}`);
    expect(mailTo(world.scene.alex.email)).toHaveLength(1);
    expect(mailTo(world.scene.hannah.email)).toHaveLength(0);
  });
});

describe('everything Dani reads about going home', () => {
  it('holds none of the details of the home Mia lived in', async () => {
    const pages = [
      await dani.get(familyPath(miaId)),
      await dani.get(staffPath(miaId)),
      await dani.get(staffPath(miaId, 'plan')),
      await dani.post(staffPath(miaId, 'check-ins/new'), {}),
    ];
    const everything = [
      ...pages.map((page) => `${JSON.stringify(page.headers)}\n${page.body}`),
      ...mailTo(world.scene.dani.email).map((mail) => mail.raw),
    ].join('\n');
    expect(pages[0]!.statusCode).toBe(200);
    expect(everything).toContain('Mia is home');
    for (const secret of Object.values(MIA_SECRETS)) expect(everything).not.toContain(secret);
  });
});
