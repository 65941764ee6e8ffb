import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import {
  auditEvents,
  childImportantPeople,
  children,
  mailOutbox,
  matchingDecisions,
  placementOffers,
  placements,
  referrals,
} from '../../core/db/tables.ts';
import { buildAreaAt, buildAuthority, buildReferral } from './test-kit.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let hannah: TestUser;
let sam: TestUser;
let asha: TestUser;
let authority: string;
let eastbrook: string;
let okafor: string;
let patel: string;
const clock = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  const db = database.db;
  hannah = await buildUser(db, { role: 'supervising_social_worker', name: 'Hannah Kowalski' });
  sam = await buildUser(db, { role: 'foster_carer', name: 'Sam Patel' });
  asha = await buildUser(db, { role: 'foster_carer', name: 'Asha Okafor' });
  authority = await buildAuthority(db);
  const riverside = await buildAreaAt(db, 'Riverside', { latitude: 52.4, longitude: -1.9 });
  eastbrook = await buildAreaAt(db, 'Eastbrook', { latitude: 52.45, longitude: -1.7 });
  const terms = { careTypes: ['long_term' as const], areaId: riverside };
  okafor = await buildHousehold(db, {
    reference: 'HH-101',
    name: 'The Okafor household',
    ...terms,
    skills: ['attachment', 'trauma'],
  });
  patel = await buildHousehold(db, { reference: 'HH-102', name: 'The Patel household', ...terms });
  await addCarer(db, okafor, asha);
  await addCarer(db, patel, sam);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const auditOf = (action: string, recordId: string) =>
  database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action as never), eq(auditEvents.recordId, recordId)));

const errorOn = (page: string, field: string) =>
  pageText(new RegExp(`id="field-${field}-error">[\\s\\S]*?</p>`).exec(page)?.[0] ?? '');

describe('from a referral to a placement, with the carers fully informed', () => {
  it('shares Mia with the second-ranked household, which says yes, and places her there with reasons', async () => {
    const referralId = await buildReferral(database.db, authority, {
      avoidAreaId: eastbrook,
      familyTimeAreaId: eastbrook,
    });
    const worker = await signedInVisitor(testApp, hannah);

    const matches = await worker.get(`/referrals/${referralId}/matches`);
    expect(matches.statusCode).toBe(200);
    const text = pageText(matches.body);
    expect(text).toContain('1. The Okafor household');
    expect(text).toContain('2. The Patel household');
    expect(text).toContain('Matching supports your decision; it does not make it.');
    expect(matches.body).toContain('href="/matching/weights"');

    const shared = await worker.post(`/referrals/${referralId}/offers`, { householdId: patel });
    expect(shared.statusCode).toBe(303);
    const [offer] = await database.db
      .select()
      .from(placementOffers)
      .where(eq(placementOffers.referralId, referralId));
    const [referral] = await database.db
      .select()
      .from(referrals)
      .where(eq(referrals.id, referralId));
    expect(referral!.status).toBe('offered');
    const mails = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, sam.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).toContain(`/offers/${offer!.id}`);
    expect(mails[0]!.textBody).not.toMatch(/Mia|Price|Eastbrook/);
    expect(mails[0]!.subject).not.toMatch(/Mia|Price/);
    expect(await auditOf('placement.offered', offer!.id)).toHaveLength(1);

    const carer = await signedInVisitor(testApp, sam);
    const list = await carer.get('/offers');
    expect(list.statusCode).toBe(200);
    expect(pageText(list.body)).toContain('Waiting for your answer');
    const page = await carer.get(`/offers/${offer!.id}`);
    expect(page.statusCode).toBe(200);
    const offerText = pageText(page.body);
    expect(offerText).toContain('Mia needs a home');
    expect(offerText).toContain('Finds it hard to trust adults or feel safe with them');
    expect(offerText).toContain('Mia has moved three times and finds new adults hard to trust.');
    expect(offerText).toContain('Priya Shah');
    expect(offerText).not.toContain('Eastbrook');
    expect(await auditOf('referral.read', referralId)).toHaveLength(1);

    const other = await signedInVisitor(testApp, asha);
    expect((await other.get(`/offers/${offer!.id}`)).statusCode).toBe(404);
    expect((await other.post(`/offers/${offer!.id}`, { response: 'accepted' })).statusCode).toBe(
      404,
    );

    const unanswered = await carer.post(`/offers/${offer!.id}`, { note: 'We have questions' });
    expect(unanswered.statusCode).toBe(400);
    expect(errorOn(unanswered.body, 'response')).toContain('Choose yes or no');
    const answered = await carer.post(`/offers/${offer!.id}`, {
      response: 'accepted',
      note: 'We would love to meet her.',
    });
    expect(answered.statusCode).toBe(303);
    expect(await auditOf('placement.offer_answered', offer!.id)).toHaveLength(1);
    const told = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, hannah.email));
    expect(told.map((mail) => mail.subject)).toContain(
      `The Patel household has answered about referral ${referral!.reference}`,
    );

    const form = await worker.get(`/referrals/${referralId}/decide`);
    expect(form.statusCode).toBe(200);
    expect(pageText(form.body)).toContain('The Patel household: ranked 2');
    const withoutWhyNot = await worker.post(`/referrals/${referralId}/decide`, {
      householdId: patel,
      reasons: 'Sam has a calm home and Mia already knows the school nearby.',
      reasonNotTop: '',
      startedOn: '2026-11-30',
    });
    expect(withoutWhyNot.statusCode).toBe(400);
    expect(errorOn(withoutWhyNot.body, 'reasonNotTop')).toContain(
      'Say why you did not choose the household ranked first, The Okafor household',
    );
    expect(withoutWhyNot.body).toContain('href="#field-reasonNotTop"');

    const decided = await worker.post(`/referrals/${referralId}/decide`, {
      householdId: patel,
      reasons: 'Sam has a calm home and Mia already knows the school nearby.',
      reasonNotTop: 'The Okafor household has not said yes yet.',
      startedOn: '2026-11-30',
    });

    expect(decided.statusCode).toBe(303);
    const [placed] = await database.db.select().from(referrals).where(eq(referrals.id, referralId));
    expect(placed!.status).toBe('placed');
    expect(placed!.response).toContain('The Patel household');
    expect(decided.headers.location).toBe(`/children/${placed!.childId}/placements`);
    const [child] = await database.db
      .select()
      .from(children)
      .where(eq(children.id, placed!.childId!));
    expect(child).toMatchObject({
      firstName: 'Mia',
      lastName: 'Price',
      needs: ['attachment', 'trauma'],
    });
    const [home] = await database.db
      .select()
      .from(placements)
      .where(and(eq(placements.childId, child!.id), isNull(placements.endedOn)));
    expect(home).toMatchObject({
      householdId: patel,
      careType: 'long_term',
      startedOn: '2026-11-30',
      referralId,
    });
    const [decision] = await database.db
      .select()
      .from(matchingDecisions)
      .where(eq(matchingDecisions.referralId, referralId));
    expect(decision).toMatchObject({
      householdId: patel,
      chosenRank: 2,
      topHouseholdId: okafor,
      reasonNotTop: 'The Okafor household has not said yes yet.',
      weights: { needs: 30, attachment: 15 },
    });
    expect(
      (decision!.ranking as { householdId: string }[]).map((entry) => entry.householdId),
    ).toEqual([okafor, patel]);
    expect(await auditOf('matching.decided', referralId)).toHaveLength(1);
    expect(await auditOf('child.created', child!.id)).toHaveLength(1);
  });

  it('tells the carers everything on the child’s record, never where the child must keep away from', async () => {
    const child = await buildChild(database.db, {
      firstName: 'Jay',
      needs: ['behaviour'],
      needsNotes: 'Jay settles with a clear routine and loves football.',
      attachmentNotes: 'Takes time to trust men.',
      healthNotes: 'Asthma: an inhaler at school.',
    });
    await database.db.insert(childImportantPeople).values({
      childId: child,
      name: 'Nan Joan',
      relationship: 'grandmother',
      joinedOn: '2026-01-01',
    });
    const referralId = await buildReferral(database.db, authority, {
      childId: child,
      childFirstName: 'Jay',
      avoidAreaId: eastbrook,
      schoolAreaId: eastbrook,
    });
    const worker = await signedInVisitor(testApp, hannah);
    expect(
      (await worker.post(`/referrals/${referralId}/offers`, { householdId: okafor })).statusCode,
    ).toBe(303);
    const [offer] = await database.db
      .select()
      .from(placementOffers)
      .where(eq(placementOffers.referralId, referralId));

    const page = await (await signedInVisitor(testApp, asha)).get(`/offers/${offer!.id}`);

    const text = pageText(page.body);
    expect(text).toContain('Jay settles with a clear routine and loves football.');
    expect(text).toContain('Takes time to trust men.');
    expect(text).toContain('Asthma: an inhaler at school.');
    expect(text).toContain('Nan Joan (grandmother)');
    expect(text).toContain('Behaviour that can challenge');
    expect(text).not.toContain('Eastbrook');
    expect(await auditOf('child.read', child)).toHaveLength(1);
  });

  it('refuses sharing twice with the same household, saying so on the page', async () => {
    const referralId = await buildReferral(database.db, authority);
    const worker = await signedInVisitor(testApp, hannah);
    await worker.post(`/referrals/${referralId}/offers`, { householdId: okafor });

    const again = await worker.post(`/referrals/${referralId}/offers`, { householdId: okafor });

    expect(again.statusCode).toBe(400);
    expect(pageText(again.body)).toContain(
      'This child’s information is already shared with The Okafor household.',
    );
  });
});
