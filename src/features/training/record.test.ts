import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  addCarer,
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  ctxFor,
  linkBirthParent,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, trainingCompletions, tsdsSignoffs } from '../../core/db/tables.ts';
import { readTrainingRecord, trainingRecordPathFor } from './record-service.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
// Today is Sunday 22 November 2026.
const clock = new Date('2026-11-22T10:00:00Z');
const people = {} as Record<
  'sam' | 'jess' | 'grace' | 'ruth' | 'hannah' | 'marcus' | 'gwen' | 'dani',
  TestUser
>;
const carers = {} as Record<'sam' | 'jess' | 'grace' | 'ruth', string>;
let okaforHome: string;
let safeguarding: string;

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  const db = database.db;
  const northfield = await buildArea(db, 'Northfield');
  const roles = {
    sam: 'foster_carer',
    jess: 'foster_carer',
    grace: 'kinship_carer',
    ruth: 'foster_carer',
    hannah: 'supervising_social_worker',
    marcus: 'supervising_social_worker',
    gwen: 'training_coordinator',
    dani: 'birth_parent',
  } as const;
  const names = {
    sam: 'Sam Okafor',
    jess: 'Jess Okafor',
    grace: 'Grace Mensah',
    ruth: 'Ruth Bennett',
    hannah: 'Hannah Kowalski',
    marcus: 'Marcus Reid',
    gwen: 'Gwen Llewellyn',
    dani: 'Dani Price',
  };
  for (const key of Object.keys(roles) as (keyof typeof roles)[]) {
    people[key] = await buildUser(db, { role: roles[key], name: names[key] });
  }
  // The Okafors were approved 11 months ago; Hannah supervises them.
  okaforHome = await buildHousehold(db, {
    name: 'Okafor household',
    areaId: northfield,
    approvedOn: '2025-12-22',
    supervisingWorkerId: people.hannah.id,
  });
  carers.sam = await addCarer(db, okaforHome, people.sam);
  carers.jess = await addCarer(db, okaforHome, people.jess);
  // Grace, a kinship carer, was approved 13 months ago; Hannah supervises her too.
  const mensahHome = await buildHousehold(db, {
    name: 'Mensah household',
    areaId: northfield,
    careKind: 'kinship',
    approvedOn: '2025-10-22',
    supervisingWorkerId: people.hannah.id,
  });
  carers.grace = await addCarer(db, mensahHome, people.grace);
  // Ruth was approved nearly three years ago, and Marcus supervises her.
  const bennettHome = await buildHousehold(db, {
    name: 'Bennett household',
    areaId: northfield,
    approvedOn: '2024-01-15',
    supervisingWorkerId: people.marcus.id,
  });
  carers.ruth = await addCarer(db, bennettHome, people.ruth);
  // Dani's daughter Mia lives with the Okafors.
  const mia = await buildChild(db, { firstName: 'Mia' });
  await placeChild(db, mia, okaforHome);
  await linkBirthParent(db, mia, people.dani);
  safeguarding = await store.insertCourse(db, {
    title: 'Safeguarding children',
    learningOutcomes: ['Know who to tell'],
    durationMinutes: 180,
    deliveryMode: 'both',
    isMandatory: true,
    audience: 'all_carers',
    refresherMonths: 36,
    tsdsStandards: [3, 6],
  });
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visit = (key: keyof typeof people) => signedInVisitor(testApp, people[key]);
const recordOf = (key: keyof typeof carers) => `/training/carers/${carers[key]}`;

/** The message shown under one field of a form. */
const errorOn = (page: string, field: string) =>
  new RegExp(`id="field-${field}-error">[\\s\\S]*?</p>`).exec(page)?.[0] ?? '';

describe('who may read a carer’s training record', () => {
  it.each([
    ['Sam, his own', 'sam'],
    ['Jess, her co-carer’s', 'jess'],
    ['Hannah, the supervising social worker allocated to them', 'hannah'],
    ['Gwen, the training coordinator', 'gwen'],
  ] as const)('lets %s', async (_story, who) => {
    const response = await (await visit(who)).get(recordOf('sam'));
    expect(response.statusCode).toBe(200);
    expect(pageText(response.body)).toContain('Sam Okafor: training record');
  });

  it.each([
    ['Marcus, who supervises another household', 'marcus'],
    ['Ruth, a carer in another household', 'ruth'],
    ['Dani, whose daughter lives with Sam', 'dani'],
  ] as const)('answers "not found" to %s', async (_story, who) => {
    const response = await (await visit(who)).get(recordOf('sam'));
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Sam Okafor');
  });

  it('writes each reading to the audit trail, in the same transaction as the read', async () => {
    const actor = await actorFor(database.db, people.jess);
    await readTrainingRecord(ctxFor(database.db, actor, clock), carers.sam);
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'training.read_record'),
          eq(auditEvents.actorId, people.jess.id),
        ),
      );
    expect(audits.at(-1)).toMatchObject({ recordType: 'carer', recordId: carers.sam });
  });

  it('takes a carer from the carers list to their own record, and gives the lead its address', async () => {
    const response = await (await visit('sam')).get('/training/carers');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(recordOf('sam'));
    const sam = await actorFor(database.db, people.sam);
    expect(await trainingRecordPathFor(database.db, sam)).toBe(recordOf('sam'));
    const hannah = await actorFor(database.db, people.hannah);
    expect(await trainingRecordPathFor(database.db, hannah)).toBeNull();
  });

  it('answers "not found" for an address that is not a carer', async () => {
    const gwen = await visit('gwen');
    expect((await gwen.get('/training/carers/not-an-id')).statusCode).toBe(404);
    expect((await gwen.get(`/training/carers/${okaforHome}`)).statusCode).toBe(404);
  });
});

describe('the training standards’ deadline', () => {
  it('gives Sam, a foster carer approved 11 months ago, one month left', async () => {
    const page = pageText((await (await visit('sam')).get(recordOf('sam'))).body);
    expect(page).toContain('Due by 22 December 2026 : 12 months after approval (NMS 20.3)');
    expect(page).not.toContain('The standards are overdue');
  });

  it('gives Grace, a kinship carer approved 13 months ago, her 18 months', async () => {
    const page = pageText((await (await visit('grace')).get(recordOf('grace'))).body);
    expect(page).toContain('Due by 22 April 2027 : 18 months after approval (NMS 20.3)');
  });

  it('warns that Ruth’s standards, due nearly two years ago, are overdue', async () => {
    const page = pageText((await (await visit('marcus')).get(recordOf('ruth'))).body);
    expect(page).toContain('The standards are overdue');
    expect(page).toContain('They were due by 15 January 2025');
  });
});

describe('signing off a standard', () => {
  it('needs a note of the evidence, names the field and keeps what was typed', async () => {
    const hannah = await visit('hannah');
    const response = await hannah.post(`${recordOf('sam')}/tsds`, {
      standard: '2',
      signedOffOn: '2026-11-20',
      evidence: '   ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(errorOn(response.body, 'evidence')).toContain('short note of the evidence');
    expect(response.body).toContain('value="2026-11-20"');
    expect(response.body).toMatch(/<option value="2" selected/);
    expect(await signOffsOf(carers.sam)).toEqual([]);
  });

  it('refuses a date in the future', async () => {
    const hannah = await visit('hannah');
    const response = await hannah.post(`${recordOf('sam')}/tsds`, {
      standard: '2',
      signedOffOn: '2026-11-23',
      evidence: 'Workbook section 2',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'signedOffOn')).toContain('cannot be in the future');
  });

  it('is the supervising social worker’s: the coordinator and a carer are refused', async () => {
    const fields = { standard: '1', signedOffOn: '2026-11-20', evidence: 'Workbook section 1' };
    expect((await (await visit('gwen')).post(`${recordOf('sam')}/tsds`, fields)).statusCode).toBe(
      403,
    );
    expect((await (await visit('jess')).post(`${recordOf('sam')}/tsds`, fields)).statusCode).toBe(
      403,
    );
    expect((await (await visit('marcus')).post(`${recordOf('sam')}/tsds`, fields)).statusCode).toBe(
      404,
    );
  });

  it('signs off one carer, with the date, who signed and the evidence, and audits it', async () => {
    const hannah = await visit('hannah');
    const response = await hannah.post(`${recordOf('grace')}/tsds`, {
      standard: '4',
      signedOffOn: '2026-11-20',
      evidence: 'Saw a calm family time handover',
    });
    expect(response.statusCode).toBe(303);
    expect(await signOffsOf(carers.grace)).toEqual([
      { standard: 4, signedOffOn: '2026-11-20', evidence: 'Saw a calm family time handover' },
    ]);
    const page = pageText((await hannah.get(recordOf('grace'))).body);
    expect(page).toContain('Signed off on 20 November 2026 by Hannah Kowalski');
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'training.tsds_signed_off'));
    expect(audits.map((audit) => audit.recordId)).toEqual([carers.grace]);
  });

  it('with a shared workbook, signs off both carers, each with their own sign-off', async () => {
    const hannah = await visit('hannah');
    const workbook = `/training/households/${okaforHome}/workbook`;
    expect((await hannah.post(workbook, { isShared: 'yes' })).statusCode).toBe(303);
    expect(pageText((await hannah.get(recordOf('sam'))).body)).toContain(
      'Sign off for Jess Okafor too',
    );

    const response = await hannah.post(`${recordOf('sam')}/tsds`, {
      standard: '1',
      signedOffOn: '2026-11-21',
      evidence: 'Workbook section 1, done together',
      both: 'yes',
    });

    expect(response.statusCode).toBe(303);
    for (const carer of [carers.sam, carers.jess]) {
      expect(await signOffsOf(carer)).toEqual([
        { standard: 1, signedOffOn: '2026-11-21', evidence: 'Workbook section 1, done together' },
      ]);
    }
    const page = pageText((await (await visit('jess')).get(workbook)).body);
    expect(page).toContain('one shared workbook');
    expect(page.match(/Signed off on 21 November 2026 by Hannah Kowalski/g)).toHaveLength(2);
  });

  it('does not sign off a standard twice', async () => {
    const response = await (
      await visit('hannah')
    ).post(`${recordOf('jess')}/tsds`, {
      standard: '1',
      signedOffOn: '2026-11-22',
      evidence: 'Again',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'standard')).toContain(
      'Standard 1 is already signed off for Jess Okafor',
    );
    expect(await signOffsOf(carers.jess)).toHaveLength(1);
  });

  it('lets only staff who sign off change the workbook setting', async () => {
    const workbook = `/training/households/${okaforHome}/workbook`;
    expect((await (await visit('jess')).post(workbook, { isShared: 'no' })).statusCode).toBe(403);
    expect((await (await visit('marcus')).post(workbook, { isShared: 'no' })).statusCode).toBe(404);
    const response = await (await visit('hannah')).post(workbook, { isShared: 'maybe' });
    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'isShared')).toContain('Choose whether');
  });
});

describe('recording training done elsewhere', () => {
  it('refuses a date in the future, naming the field and keeping the course chosen', async () => {
    const gwen = await visit('gwen');
    const response = await gwen.post(`${recordOf('ruth')}/completions`, {
      courseId: safeguarding,
      completedOn: '2026-11-23',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'completedOn')).toContain('cannot be in the future');
    expect(response.body).toMatch(new RegExp(`<option value="${safeguarding}" selected`));
    expect(response.body).toContain('value="2026-11-23"');
  });

  it('refuses a date before 1990 and a course that is not in the list', async () => {
    const gwen = await visit('gwen');
    const response = await gwen.post(`${recordOf('ruth')}/completions`, {
      courseId: '6b1a52a4-0000-4000-8000-000000000000',
      completedOn: '1989-12-31',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'completedOn')).toContain('1990 or later');
  });

  it('adds the course to the record as recorded by the coordinator, and audits it', async () => {
    const gwen = await visit('gwen');
    const response = await gwen.post(`${recordOf('ruth')}/completions`, {
      courseId: safeguarding,
      completedOn: '2026-11-03',
    });
    expect(response.statusCode).toBe(303);
    const [saved] = await database.db
      .select()
      .from(trainingCompletions)
      .where(eq(trainingCompletions.carerId, carers.ruth));
    expect(saved).toMatchObject({
      courseId: safeguarding,
      completedOn: '2026-11-03',
      source: 'recorded',
      recordedBy: people.gwen.id,
    });
    const page = pageText((await gwen.get(recordOf('ruth'))).body);
    expect(page).toContain('3 November 2026 Training done elsewhere, recorded by the agency');
    expect(page).toContain('Certificate (PDF)');
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'training.completion_recorded'));
    expect(audits.map((audit) => [audit.recordId, audit.outcome])).toEqual([[carers.ruth, 'done']]);
  });

  it('is for staff: a carer may not record a course for themselves', async () => {
    const response = await (
      await visit('sam')
    ).post(`${recordOf('sam')}/completions`, {
      courseId: safeguarding,
      completedOn: '2026-11-03',
    });
    expect(response.statusCode).toBe(403);
    expect(pageText((await (await visit('sam')).get(recordOf('sam'))).body)).not.toContain(
      'Record training done elsewhere',
    );
  });
});

async function signOffsOf(carerId: string) {
  return database.db
    .select({
      standard: tsdsSignoffs.standard,
      signedOffOn: tsdsSignoffs.signedOffOn,
      evidence: tsdsSignoffs.evidence,
    })
    .from(tsdsSignoffs)
    .where(eq(tsdsSignoffs.carerId, carerId));
}
