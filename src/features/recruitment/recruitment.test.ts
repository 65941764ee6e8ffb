import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { actorFor, buildUser, ctxFor, type TestUser } from '../../../test/support/factories.ts';
import type { Ctx } from '../../core/context.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, recruitmentStageChanges } from '../../core/db/tables.ts';
import { Conflict, Invalid } from '../../core/errors.ts';
import {
  addNote,
  assignOfficer,
  changeDates,
  moveToNextStage,
  setNextAction,
  withdraw,
} from './changes-service.ts';
import { addAdult, recordCheck, updateAssessment, updateCheck } from './checks-service.ts';
import { ZAssessment, ZCheck } from './schemas.ts';
import { listPipeline, readProspect } from './service.ts';
import { advanceTo, enquire } from './test-helpers.ts';

// Rita is a recruitment officer, Ivan another; Priya is the registered manager. It is Tuesday
// 9 June 2026, 10:00 in London.
const TUESDAY = new Date('2026-06-09T09:00:00Z');
let database: Database & { drop: () => Promise<void> };
let rita: TestUser;
let ivan: TestUser;
let asRita: Ctx;

beforeAll(async () => {
  database = await openTestDatabase();
  rita = await buildUser(database.db, { role: 'recruitment_officer', name: 'Rita Officer' });
  ivan = await buildUser(database.db, { role: 'recruitment_officer', name: 'Ivan Officer' });
  await buildUser(database.db, { role: 'registered_manager', name: 'Priya Manager' });
  asRita = ctxFor(database.db, await actorFor(database.db, rita), TUESDAY);
});

afterAll(async () => {
  await database.drop();
});

const at = (iso: string) => ({ ...asRita, now: new Date(iso) });
const query = (overrides: Record<string, unknown> = {}) => ({
  view: 'board' as const,
  page: 1,
  ...overrides,
});

describe('moving someone on towards approval', () => {
  it('Rita moves Olu from enquiry to Stage 2, each move written to his history and the audit trail', async () => {
    const olu = await enquire(database.db, new Date('2026-06-01T09:00:00Z'), { firstName: 'Olu' });
    await advanceTo(asRita, olu, 'stage_two', { appliedOn: '2026-06-08', panelOn: '2026-06-09' });

    const record = await readProspect(asRita, olu);
    expect(record.prospect.stage).toBe('stage_two');
    expect(record.prospect.appliedOn).toBe('2026-06-08');
    expect(record.stageChanges.map((change) => change.toStage).reverse()).toEqual([
      'initial_conversation',
      'home_visit',
      'application',
      'stage_one',
      'stage_two',
    ]);
    expect(record.stageChanges.every((change) => change.changedByName === 'Rita Officer')).toBe(
      true,
    );
    // Applying puts Olu on the list of adults to check.
    expect(record.adults.map((adult) => [adult.firstName, adult.relationship])).toEqual([
      ['Olu', 'applicant'],
    ]);
    // The panel is due 8 months after the application (NMS 14.4).
    expect(record.prospect.deadlines.map((due) => [due.kind, due.dueOn, due.source])).toEqual([
      ['panel', '2027-02-08', 'NMS 14.4'],
    ]);
    const moves = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'recruitment.stage_changed'));
    expect(moves.filter((entry) => entry.recordId === olu)).toHaveLength(5);
  });

  it('asks for the application date, and refuses one in the future', async () => {
    const ada = await enquire(database.db, TUESDAY, { firstName: 'Ada' });
    await advanceTo(asRita, ada, 'home_visit', { appliedOn: '2026-06-08', panelOn: '2026-06-09' });
    await expect(moveToNextStage(asRita, ada, { fromStage: 'home_visit' })).rejects.toEqual(
      new Invalid({ appliedOn: 'Enter the date of the application' }),
    );
    await expect(
      moveToNextStage(asRita, ada, { fromStage: 'home_visit', appliedOn: '2026-06-10' }),
    ).rejects.toBeInstanceOf(Invalid);
    expect((await readProspect(asRita, ada)).prospect.stage).toBe('home_visit');
  });

  it('does nothing when the page was out of date: someone else had moved them on', async () => {
    const ben = await enquire(database.db, TUESDAY, { firstName: 'Ben' });
    await moveToNextStage(asRita, ben, { fromStage: 'enquiry' });
    await expect(moveToNextStage(asRita, ben, { fromStage: 'enquiry' })).rejects.toBeInstanceOf(
      Conflict,
    );
    const changes = await database.db
      .select()
      .from(recruitmentStageChanges)
      .where(eq(recruitmentStageChanges.prospectiveCarerId, ben));
    expect(changes).toHaveLength(1);
  });

  it('withdraws with a reason; the deadlines stop, and it cannot happen twice', async () => {
    const cai = await enquire(database.db, new Date('2026-06-01T09:00:00Z'), { firstName: 'Cai' });
    await withdraw(asRita, cai, 'They are moving abroad.');
    const record = await readProspect(asRita, cai);
    expect(record.prospect.stage).toBe('withdrawn');
    expect(record.prospect.closedReason).toBe('They are moving abroad.');
    expect(record.prospect.deadlines).toEqual([]);
    expect(record.stageChanges[0]).toMatchObject({
      toStage: 'withdrawn',
      reason: 'They are moving abroad.',
    });
    await expect(withdraw(asRita, cai, 'Again')).rejects.toBeInstanceOf(Conflict);
  });

  it('keeps the dates in order', async () => {
    const dee = await enquire(database.db, TUESDAY, { firstName: 'Dee' });
    await advanceTo(asRita, dee, 'application', { appliedOn: '2026-06-01', panelOn: '2026-06-09' });
    await expect(
      changeDates(asRita, dee, { appliedOn: '2026-06-05', panelOn: '2026-06-02' }),
    ).rejects.toEqual(
      new Invalid({ panelOn: 'The panel must be on or after the date of the application' }),
    );
    await expect(changeDates(asRita, dee, {})).rejects.toBeInstanceOf(Invalid);
    await changeDates(asRita, dee, { appliedOn: '2026-05-20' });
    expect((await readProspect(asRita, dee)).prospect.appliedOn).toBe('2026-05-20');
  });
});

describe('what is due, and the list', () => {
  it('an enquiry late on Friday evening in London is due on Monday and overdue on Tuesday', async () => {
    // 23:30 on Friday 5 June in London is 22:30 UTC: still Friday for the agency.
    const eve = await enquire(database.db, new Date('2026-06-05T22:30:00Z'), { firstName: 'Eve' });
    const monday = await readProspect(at('2026-06-08T09:00:00Z'), eve);
    expect(monday.prospect.deadlines[0]).toMatchObject({
      kind: 'enquiry_reply',
      dueOn: '2026-06-08',
    });
    expect(monday.prospect.isOverdue).toBe(false);
    expect((await readProspect(at('2026-06-09T09:00:00Z'), eve)).prospect.isOverdue).toBe(true);

    const overdue = await listPipeline(asRita, query({ overdue: 'yes', stage: 'enquiry' }), 25);
    expect(overdue.items.map((item) => item.firstName)).toContain('Eve');
    expect(overdue.items.every((item) => item.isOverdue)).toBe(true);
  });

  it('filters by officer, and pages the table', async () => {
    const fay = await enquire(database.db, TUESDAY, { firstName: 'Fay' });
    await assignOfficer(asRita, fay, ivan.id);
    const ivans = await listPipeline(asRita, query({ officer: ivan.id }), 25);
    expect(ivans.items.map((item) => item.firstName)).toEqual(['Fay']);
    const nobodys = await listPipeline(asRita, query({ officer: 'none' }), 25);
    expect(nobodys.items.map((item) => item.firstName)).not.toContain('Fay');

    const everyone = await listPipeline(asRita, query({ stage: 'all' }), 25);
    const pageTwo = await listPipeline(asRita, query({ stage: 'all', view: 'table', page: 2 }), 2);
    expect(pageTwo.items.map((item) => item.id)).toEqual(
      everyone.items.slice(2, 4).map((item) => item.id),
    );
    expect(pageTwo.total).toBe(everyone.total);
  });

  it('refuses to give someone to a person outside recruitment', async () => {
    const gus = await enquire(database.db, TUESDAY, { firstName: 'Gus' });
    const carer = await buildUser(database.db, { role: 'foster_carer' });
    await expect(assignOfficer(asRita, gus, carer.id)).rejects.toEqual(
      new Invalid({ officerId: 'Choose someone from the list' }),
    );
  });

  it('shows the next action as due, and notes in the timeline', async () => {
    const hal = await enquire(database.db, TUESDAY, { firstName: 'Hal' });
    await moveToNextStage(asRita, hal, { fromStage: 'enquiry' });
    await moveToNextStage(asRita, hal, { fromStage: 'initial_conversation' });
    await setNextAction(asRita, hal, {
      nextAction: 'Send the application form',
      nextActionOn: '2026-06-08',
    });
    await addNote(asRita, hal, 'Lovely visit; two cats.');
    const record = await readProspect(asRita, hal);
    expect(record.prospect.deadlines).toEqual([
      expect.objectContaining({
        kind: 'next_action',
        task: 'Send the application form',
        dueOn: '2026-06-08',
      }),
    ]);
    expect(record.prospect.isOverdue).toBe(true);
    expect(record.notes.map((note) => [note.body, note.authorName])).toEqual([
      ['Lovely visit; two cats.', 'Rita Officer'],
    ]);
  });
});

describe('Stage 1 checks and the Stage 2 report', () => {
  it('records the adults, their checks as they come back, and the report’s progress', async () => {
    const ivy = await enquire(database.db, TUESDAY, { firstName: 'Ivy', lastName: 'Stone' });
    await advanceTo(asRita, ivy, 'stage_one', { appliedOn: '2026-06-01', panelOn: '2026-06-09' });
    await addAdult(asRita, ivy, {
      firstName: 'Jon',
      lastName: 'Stone',
      relationship: 'joint_applicant',
    });
    await expect(
      addAdult(asRita, ivy, { firstName: 'Ivy', lastName: 'Again', relationship: 'applicant' }),
    ).rejects.toBeInstanceOf(Invalid);
    const { adults } = await readProspect(asRita, ivy);
    const jon = adults.find((adult) => adult.firstName === 'Jon')!;

    await recordCheck(
      asRita,
      ivy,
      ZCheck.parse({
        adultId: jon.id,
        kind: 'ex_partner_reference',
        detail: 'Sam (ex-partner)',
        requestedOn: '2026-06-02',
      }),
    );
    const [check] = (await readProspect(asRita, ivy)).checks;
    expect(check).toMatchObject({ kind: 'ex_partner_reference', receivedOn: null, outcome: null });
    await updateCheck(
      asRita,
      ivy,
      check!.id,
      ZCheck.parse({
        adultId: jon.id,
        kind: 'ex_partner_reference',
        requestedOn: '2026-06-02',
        receivedOn: '2026-06-08',
        outcome: 'satisfactory',
      }),
    );
    expect((await readProspect(asRita, ivy)).checks[0]).toMatchObject({
      receivedOn: '2026-06-08',
      outcome: 'satisfactory',
    });

    const otherAdult = ZCheck.parse({
      adultId: '00000000-0000-4000-8000-000000000001',
      kind: 'dbs',
      requestedOn: '2026-06-02',
    });
    await expect(recordCheck(asRita, ivy, otherAdult)).rejects.toBeInstanceOf(Invalid);

    const progress = Object.fromEntries(
      [
        'background',
        'relationships',
        'household',
        'support_network',
        'home_and_community',
        'health',
        'work_and_finances',
        'motivation',
        'caring_capacity',
        'safe_caring',
        'training',
        'analysis',
      ].map((code, index) => [code, index < 3 ? 'complete' : 'not_started']),
    );
    await updateAssessment(asRita, ivy, ZAssessment.parse(progress));
    const report = (await readProspect(asRita, ivy)).assessment;
    expect(report.filter((section) => section.progress === 'complete')).toHaveLength(3);
  });
});
