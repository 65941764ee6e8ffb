import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type TestApp, type Visitor } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  ctxFor,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import type { Database } from '../../core/db/connect.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import { auditedAs, buildAgency, NOW, startApp, type Agency } from './daily-records-test-kit.ts';
import { unacknowledgedReportsFor } from './index.ts';

// Asha reports that Leo went missing for an evening. Sam, the Oak household's supervising social
// worker, hears at once by email (which says almost nothing), finds it on his list, comments and
// acknowledges it; Asha sees his comment. Sara, who supervises another home, never sees it.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let visitorFor: (user: TestUser) => Promise<Visitor>;
let mailServer: TestMailServer;
let agency: Agency;
let incidentId: string;
const INCIDENT =
  'Leo did not come home from the park at 6pm. Police informed at 7.10pm; he came back at 8.30pm, safe.';

beforeAll(async () => {
  database = await openTestDatabase();
  mailServer = await startTestMailServer();
  agency = await buildAgency(database.db);
  ({ testApp, visitorFor } = await startApp(database));
});
afterAll(async () => {
  await testApp.close();
  await mailServer.close();
  await database.drop();
});

async function deliverMail(): Promise<void> {
  await deliverPendingMail(
    database,
    mailServer.transport(),
    'Kinfold <noreply@kinfold.test>',
    pino({ level: 'silent' }),
  );
}

const receivedBy = (address: string) =>
  mailServer.received.filter((mail) => mail.to.includes(address));

async function report(asha: Visitor, kind: string, body: string): Promise<string> {
  const sent = await asha.post(`/children/${agency.leo}/daily-records`, {
    kind,
    occurredOn: '2026-11-22',
    body,
  });
  expect(sent.statusCode).toBe(303);
  return /\/daily-records\/([0-9a-f-]+)/.exec(sent.headers.location as string)![1]!;
}

describe('a notifiable incident', () => {
  it('is emailed at once to the supervising social worker, without the child’s surname, the details or the address', async () => {
    const asha = await visitorFor(agency.people.asha);
    incidentId = await report(asha, 'notifiable_incident', INCIDENT);
    const saved = await asha.get(`/daily-records/${incidentId}?written=1`);
    expect(pageText(saved.body)).toContain('Sam Reid has been told.');

    await deliverMail();
    const [mail, ...more] = receivedBy(agency.people.sam.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('A carer reported a notifiable incident');
    expect(mail!.text).toContain(
      'A carer in the Oak household reported a notifiable incident about Leo L.',
    );
    expect(mail!.text).toContain(`${testApp.config.publicUrl}/daily-records/${incidentId}`);
    for (const secret of ['Lindqvist', 'Police', 'park', '7 Acorn Lane', 'OK1 7AL']) {
      expect(mail!.raw).not.toContain(secret);
    }
    expect(receivedBy(agency.people.sara.email)).toEqual([]);
  });

  it('waits on Sam’s list and home page summary, and the manager’s, but not on Sara’s', async () => {
    const sam = await visitorFor(agency.people.sam);
    const list = pageText((await sam.get('/daily-records/reports')).body);
    expect(list).toContain('Notifiable incident Leo Lindqvist 22 November 2026 Oak household');
    expect(list).toContain('Read and acknowledge');
    expect(
      await auditedAs(database.db, {
        actorId: agency.people.sam.id,
        action: 'daily_record.read',
        recordId: null,
      }),
    ).toContainEqual({
      action: 'daily_record.read',
      outcome: 'done',
      recordType: 'daily_record',
      recordId: null,
    });

    const forSam = await unacknowledgedReportsFor(
      ctxFor(database.db, await actorFor(database.db, agency.people.sam), NOW),
    );
    expect(forSam.total).toBe(1);
    expect(forSam.entries.map((entry) => entry.id)).toEqual([incidentId]);
    const forPriya = await unacknowledgedReportsFor(
      ctxFor(database.db, await actorFor(database.db, agency.people.priya), NOW),
    );
    expect(forPriya.total).toBe(1);

    const sara = await visitorFor(agency.people.sara);
    expect(pageText((await sara.get('/daily-records/reports')).body)).toContain(
      'Nothing is waiting',
    );
    const forSara = await unacknowledgedReportsFor(
      ctxFor(database.db, await actorFor(database.db, agency.people.sara), NOW),
    );
    expect(forSara.total).toBe(0);
  });

  it('cannot be acknowledged or commented on by a carer or by another home’s worker', async () => {
    const asha = await visitorFor(agency.people.asha);
    expect((await asha.post(`/daily-records/${incidentId}/acknowledge`, {})).statusCode).toBe(403);
    expect(
      (await asha.post(`/daily-records/${incidentId}/comments`, { body: 'Me too' })).statusCode,
    ).toBe(403);
    expect(
      (await asha.post(`/daily-records/${incidentId}/comments`, { body: '' })).statusCode,
    ).toBe(403);
    const sara = await visitorFor(agency.people.sara);
    expect((await sara.post(`/daily-records/${incidentId}/acknowledge`, {})).statusCode).toBe(404);
    expect(
      (
        await auditedAs(database.db, {
          actorId: agency.people.sara.id,
          action: 'daily_record.comment',
          recordId: incidentId,
        })
      ).map((entry) => entry.outcome),
    ).toEqual(['refused']);
    const page = pageText((await asha.get(`/daily-records/${incidentId}`)).body);
    expect(page).toContain('Not yet acknowledged');
    expect(page).toContain('To add to this, write a new record.');
  });

  it('is commented on and acknowledged by Sam, which takes it off the lists; Asha sees who and when', async () => {
    const sam = await visitorFor(agency.people.sam);
    const empty = await sam.post(`/daily-records/${incidentId}/comments`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain('Write your comment');

    const comment = 'Thank you for acting so quickly, Asha. I will ring you this morning.';
    expect(
      (await sam.post(`/daily-records/${incidentId}/comments`, { body: comment })).statusCode,
    ).toBe(303);
    expect((await sam.post(`/daily-records/${incidentId}/acknowledge`, {})).statusCode).toBe(303);
    const again = await sam.post(`/daily-records/${incidentId}/acknowledge`, {});
    expect(pageText((await sam.get(again.headers.location as string)).body)).toContain(
      'Someone on the staff had already acknowledged this.',
    );

    expect(pageText((await sam.get('/daily-records/reports')).body)).toContain(
      'Nothing is waiting',
    );
    const forSam = await unacknowledgedReportsFor(
      ctxFor(database.db, await actorFor(database.db, agency.people.sam), NOW),
    );
    expect(forSam.total).toBe(0);
    for (const action of ['daily_record.commented', 'daily_record.acknowledged']) {
      expect(
        await auditedAs(database.db, {
          actorId: agency.people.sam.id,
          action,
          recordId: incidentId,
        }),
      ).toEqual([{ action, outcome: 'done', recordType: 'daily_record', recordId: incidentId }]);
    }

    const asha = await visitorFor(agency.people.asha);
    const record = pageText((await asha.get(`/daily-records/${incidentId}`)).body);
    expect(record).toMatch(/Sam Reid ?, 23 Nov 2026, 10:00 Thank you for acting so quickly/);
    expect(record).toContain('Acknowledged by Sam Reid, 23 Nov 2026, 10:00');
    const timeline = pageText((await asha.get(`/children/${agency.leo}/daily-records`)).body);
    expect(timeline).toContain(comment);
  });
});

describe('other records', () => {
  it('a daily log tells nobody by email and never waits to be acknowledged', async () => {
    const asha = await visitorFor(agency.people.asha);
    const before = mailServer.received.length;
    const logId = await report(asha, 'daily_log', 'A quiet day of Lego and soup.');
    await deliverMail();
    expect(mailServer.received.length).toBe(before);
    const sam = await visitorFor(agency.people.sam);
    const page = await sam.get(`/daily-records/${logId}`);
    expect(page.body).not.toContain('/acknowledge');
  });

  it('a significant event in a home with no worker allocated goes to the registered manager', async () => {
    const db = database.db;
    const willow = await buildHousehold(db, {
      name: 'Willow household',
      supervisingWorkerId: null,
    });
    const kim = await buildUser(db, { role: 'kinship_carer', name: 'Kim Ode' });
    await addCarer(db, willow, kim);
    const ava = await buildChild(db, { firstName: 'Ava', lastName: 'Ode' });
    await placeChild(db, ava, willow, { startedOn: '2026-06-01' });
    const kimVisitor = await visitorFor(kim);
    const sent = await kimVisitor.post(`/children/${ava}/daily-records`, {
      kind: 'significant_event',
      occurredOn: '2026-11-23',
      body: 'Ava’s dad rang the house phone, which is not in the plan.',
    });
    expect(sent.statusCode).toBe(303);
    await deliverMail();
    const [mail] = receivedBy(agency.people.priya.email);
    expect(mail!.text).toContain(
      'A carer in the Willow household reported a significant event about Ava O.',
    );
    expect(mail!.text).toContain('no supervising social worker allocated');
    expect(mail!.raw).not.toContain('dad');
  });
});
