import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp, signedInVisitor } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, buildUser, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import {
  auditEvents,
  householdMembers,
  households,
  mailOutbox,
  prospectiveCarers,
  recruitmentDecisions,
  users,
} from '../../core/db/tables.ts';
import { enquire } from './test-helpers.ts';

// Rita, a recruitment officer, takes Olu and his partner Femi from their enquiry to panel; Priya,
// the registered manager, is the agency decision maker.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let rita: TestUser;
let priya: TestUser;
let northfield: string;

beforeAll(async () => {
  database = await openTestDatabase();
  rita = await buildUser(database.db, { role: 'recruitment_officer', name: 'Rita Officer' });
  priya = await buildUser(database.db, { role: 'registered_manager', name: 'Priya Manager' });
  northfield = await buildArea(database.db, 'Northfield');
  testApp = await startTestApp(database);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const signedIn = (user: TestUser) => signedInVisitor(testApp, user);

const today = () => new Date().toISOString().slice(0, 10);

/** Rita moves someone on with the record's button, and lands back on the record. */
async function moveOn(
  visitor: Visitor,
  id: string,
  fromStage: string,
  fields: Record<string, string> = {},
) {
  const response = await visitor.post(`/recruitment/${id}/stage`, { fromStage, ...fields });
  expect(response.statusCode, `moving on from ${fromStage}: ${response.body.slice(0, 200)}`).toBe(
    303,
  );
  expect(response.headers.location).toBe(`/recruitment/${id}`);
}

/** Takes someone from enquiry to the agency decision through the pages, as Rita. */
async function takeToDecision(id: string, recommendation: Record<string, string>): Promise<void> {
  const asRita = await signedIn(rita);
  await moveOn(asRita, id, 'enquiry');
  await moveOn(asRita, id, 'initial_conversation');
  await moveOn(asRita, id, 'home_visit', { appliedOn: today() });
  await moveOn(asRita, id, 'application');
  await moveOn(asRita, id, 'stage_one');
  const panel = await asRita.post('/recruitment/panels', {
    meetsOn: today(),
    chair: 'Dr Helen Marsh',
    members: 'Jo Patel\r\nAde Bello',
  });
  expect(panel.statusCode).toBe(303);
  const panelUrl = panel.headers.location as string;
  expect((await asRita.post(`${panelUrl}/agenda`, { prospectiveCarerId: id })).statusCode).toBe(
    303,
  );
  const page = await asRita.get(panelUrl);
  const itemUrl = /href="(\/recruitment\/panels\/[^"]+\/items\/[^"]+)"/.exec(page.body)?.[1];
  expect(itemUrl).toBeDefined();
  const recorded = await asRita.post(itemUrl!, recommendation);
  expect(recorded.statusCode).toBe(303);
  const [row] = await database.db
    .select({ stage: prospectiveCarers.stage, panelOn: prospectiveCarers.panelOn })
    .from(prospectiveCarers)
    .where(eq(prospectiveCarers.id, id));
  expect(row).toEqual({ stage: 'agency_decision', panelOn: today() });
}

describe('from enquiry to an approved household', () => {
  it('the panel recommends, the decision maker approves, and Olu’s household and account exist', async () => {
    const olu = await enquire(database.db, new Date(), {
      firstName: 'Olu',
      lastName: 'Adebayo',
      email: 'olu.adebayo@example.com',
    });
    await takeToDecision(olu, {
      recommendation: 'approve',
      reasons: 'A warm, steady home.',
      maxChildren: '2',
      ageFrom: '0',
      ageTo: '11',
      careType_short_term: 'yes',
      careType_short_break: 'yes',
    });

    const panels = await (await signedIn(rita)).get('/recruitment/panels');
    expect(panels.body).toMatch(
      /Dr Helen Marsh<\/td><td class="numeric">2<\/td><td class="numeric">1<\/td>/,
    );
    expect(panels.body).toContain('All recorded');

    const asPriya = await signedIn(priya);
    const form = await asPriya.get(`/recruitment/${olu}/decision`);
    expect(form.body).toContain('recommended: <strong>approve</strong>');
    const decided = await asPriya.post(`/recruitment/${olu}/decision`, {
      recommendation: 'approve',
      reasons: 'I agree with the panel.',
      maxChildren: '2',
      ageFrom: '0',
      ageTo: '11',
      careType_short_term: 'yes',
      careType_short_break: 'yes',
      decidedOn: today(),
      careKind: 'foster',
      areaId: northfield,
      addressLine: '4 Mill Lane',
      town: 'Northfield',
      postcode: 'NF1 2AB',
    });
    expect(decided.statusCode).toBe(303);
    const record = await asPriya.get(`/recruitment/${olu}`);
    expect(record.body).toContain('Approved. Their household is created');

    const [prospect] = await database.db
      .select()
      .from(prospectiveCarers)
      .where(eq(prospectiveCarers.id, olu));
    expect(prospect).toMatchObject({ stage: 'approved', decidedOn: today() });
    const [household] = await database.db
      .select()
      .from(households)
      .where(eq(households.id, prospect!.householdId!));
    expect(household).toMatchObject({
      name: 'Adebayo household',
      status: 'approved',
      careKind: 'foster',
      areaId: northfield,
      approvedOn: today(),
      maxChildren: 2,
      ageFrom: 0,
      ageTo: 11,
      addressLine: '4 Mill Lane',
      postcode: 'NF1 2AB',
    });
    const [decision] = await database.db
      .select()
      .from(recruitmentDecisions)
      .where(eq(recruitmentDecisions.prospectiveCarerId, olu));
    expect(decision).toMatchObject({
      decision: 'approve',
      careTypes: ['short_term', 'short_break'],
    });

    const [account] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, 'olu.adebayo@example.com'));
    expect(account).toMatchObject({ name: 'Olu Adebayo', role: 'foster_carer', isActive: true });
    const members = await database.db
      .select()
      .from(householdMembers)
      .where(eq(householdMembers.householdId, household!.id));
    expect(members.map((member) => [member.firstName, member.memberRole, member.userId])).toEqual([
      ['Olu', 'carer', account!.id],
    ]);

    const trail = await database.db
      .select({
        action: auditEvents.action,
        recordType: auditEvents.recordType,
        actorId: auditEvents.actorId,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, priya.id), eq(auditEvents.outcome, 'done')));
    expect(trail).toEqual(
      expect.arrayContaining([
        { action: 'recruitment.decide', recordType: 'prospective_carer', actorId: priya.id },
        { action: 'household.create', recordType: 'household', actorId: priya.id },
        { action: 'user.create', recordType: 'user', actorId: priya.id },
      ]),
    );

    // Olu chooses his password through the link in his welcome email, then signs in as a carer.
    const [welcome] = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, 'olu.adebayo@example.com'))
      .orderBy(desc(mailOutbox.createdAt));
    expect(welcome!.subject).toContain('choose your password');
    const link = /\/password-reset\/[A-Za-z0-9_-]{43}/.exec(welcome!.textBody)?.[0];
    expect(link).toBeDefined();
    const asOlu = new Visitor(testApp, '198.51.100.20');
    expect((await asOlu.get(link!)).statusCode).toBe(200);
    const chosen = await asOlu.post(link!, {
      newPassword: 'our new family adventure',
      confirmPassword: 'our new family adventure',
    });
    expect(chosen.statusCode).toBeLessThan(400);
    await asOlu.signIn('olu.adebayo@example.com', 'our new family adventure');
    const home = await asOlu.get('/home');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Adebayo household');
    expect((await asOlu.get(`/households/${household!.id}`)).statusCode).toBe(200);
    expect((await asOlu.get(`/recruitment/${olu}`)).statusCode).toBe(404);
  });

  it('a decision not to approve closes the record with the reasons, and creates nothing', async () => {
    const sean = await enquire(database.db, new Date(), { firstName: 'Sean', lastName: 'Doyle' });
    await takeToDecision(sean, { recommendation: 'not_approve', reasons: 'Not ready yet.' });
    const householdsBefore = (await database.db.select().from(households)).length;
    const asPriya = await signedIn(priya);
    const decided = await asPriya.post(`/recruitment/${sean}/decision`, {
      recommendation: 'not_approve',
      reasons: 'The household is not ready to care for a child now.',
      decidedOn: today(),
    });
    expect(decided.statusCode).toBe(303);
    const [prospect] = await database.db
      .select()
      .from(prospectiveCarers)
      .where(eq(prospectiveCarers.id, sean));
    expect(prospect).toMatchObject({
      stage: 'not_approved',
      closedReason: 'The household is not ready to care for a child now.',
      householdId: null,
    });
    expect((await database.db.select().from(households)).length).toBe(householdsBefore);
    expect(
      (
        await asPriya.post(`/recruitment/${sean}/decision`, {
          recommendation: 'not_approve',
          reasons: 'x',
          decidedOn: today(),
        })
      ).statusCode,
    ).toBe(409);
  });

  it('an email already used by an account stops the approval, with what to do, and nothing half done', async () => {
    const taken = await buildUser(database.db, {
      role: 'foster_carer',
      email: 'taken@example.com',
    });
    const kit = await enquire(database.db, new Date(), { firstName: 'Kit', email: taken.email });
    await takeToDecision(kit, { recommendation: 'not_approve', reasons: 'Concerns.' });
    const householdsBefore = (await database.db.select().from(households)).length;
    const asPriya = await signedIn(priya);
    const refused = await asPriya.post(`/recruitment/${kit}/decision`, {
      recommendation: 'approve',
      reasons: 'Approve after all.',
      maxChildren: '1',
      ageFrom: '5',
      ageTo: '10',
      careType_long_term: 'yes',
      decidedOn: today(),
      careKind: 'foster',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Ask the administrator');
    expect((await database.db.select().from(households)).length).toBe(householdsBefore);
    const [prospect] = await database.db
      .select()
      .from(prospectiveCarers)
      .where(eq(prospectiveCarers.id, kit));
    expect(prospect!.stage).toBe('agency_decision');
  });
});
