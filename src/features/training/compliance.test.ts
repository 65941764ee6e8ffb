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
  buildArea,
  buildHousehold,
  buildUser,
  ctxFor,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database, Db } from '../../core/db/connect.ts';
import { auditEvents, householdMembers } from '../../core/db/tables.ts';
import { unsafeFindUserByEmail } from '../accounts/index.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { insertCompletion } from './completions.ts';
import { getCompliance, listCarers, summariseTrainingFor } from './compliance-service.ts';
import { insertSignOff } from './record-store.ts';
import { readTrainingRecord } from './record-service.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
// Today is Sunday 22 November 2026.
const clock = new Date('2026-11-22T10:00:00Z');
let gwen: TestUser;
let hannah: TestUser;
let marcus: TestUser;
const areas = {} as Record<'northfield' | 'riverside', string>;
const courses = {} as Record<'safeguarding' | 'behaviour' | 'kinship' | 'optional', string>;

/** A carer without an account, in a household; returns their id. */
async function addMember(db: Db, householdId: string, firstName: string, lastName: string) {
  const [row] = await db
    .insert(householdMembers)
    .values({ householdId, firstName, lastName, memberRole: 'carer' })
    .returning({ id: householdMembers.id });
  return row!.id;
}

async function completed(db: Db, carerId: string, course: keyof typeof courses, on: string) {
  await insertCompletion(db, {
    carerId,
    courseId: courses[course],
    completedOn: on,
    source: 'recorded',
  });
}

async function signedOff(db: Db, carerId: string, standards: number[], by: TestUser) {
  for (const standard of standards) {
    await insertSignOff(db, {
      carerId,
      standard,
      signedOffOn: '2026-01-10',
      signedOffBy: by.id,
      evidence: 'Workbook',
    });
  }
}

// Five carers who count, and two who do not:
// - Alex and Ash (Northfield, Hannah), approved in 2022, every standard signed off: Alex is up to
//   date, Ash's safeguarding refresher ran out in June 2025.
// - Bea (Riverside, Marcus), a kinship carer approved in February, nothing done yet: not late.
// - Cal (Riverside, Hannah), approved 11 months ago: behaviour and the standards due by 22 December.
// - Dev (Northfield, Marcus), approved June 2024: behaviour never done, 5 standards of 7: late.
// - Eve is still applying and Fin has stopped fostering: neither counts.
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  const db = database.db;
  gwen = await buildUser(db, { role: 'training_coordinator', name: 'Gwen Llewellyn' });
  hannah = await buildUser(db, { role: 'supervising_social_worker', name: 'Hannah Kowalski' });
  marcus = await buildUser(db, { role: 'supervising_social_worker', name: 'Marcus Reid' });
  areas.northfield = await buildArea(db, 'Northfield');
  areas.riverside = await buildArea(db, 'Riverside');
  const course = (title: string, fields: Partial<store.NewCourse>) =>
    store.insertCourse(db, {
      title,
      durationMinutes: 120,
      deliveryMode: 'classroom',
      isMandatory: true,
      audience: 'all_carers',
      ...fields,
    });
  courses.safeguarding = await course('Safeguarding children', { refresherMonths: 36 });
  courses.behaviour = await course('Managing behaviour', {});
  courses.kinship = await course('Caring for a child in your family', {
    audience: 'kinship_carers',
  });
  courses.optional = await course('Identity, culture and faith', { isMandatory: false });

  const home = (areaId: string, worker: TestUser, approvedOn: string, fields = {}) =>
    buildHousehold(db, { areaId, supervisingWorkerId: worker.id, approvedOn, ...fields });
  const a = await home(areas.northfield, hannah, '2022-03-01');
  const alex = await addMember(db, a, 'Alex', 'Adeyemi');
  const ash = await addMember(db, a, 'Ash', 'Adeyemi');
  await completed(db, alex, 'safeguarding', '2025-01-10');
  await completed(db, alex, 'behaviour', '2022-05-01');
  await completed(db, ash, 'safeguarding', '2022-06-01');
  await completed(db, ash, 'behaviour', '2022-05-01');
  await signedOff(db, alex, [1, 2, 3, 4, 5, 6, 7], hannah);
  await signedOff(db, ash, [1, 2, 3, 4, 5, 6, 7], hannah);
  const b = await home(areas.riverside, marcus, '2026-02-01', { careKind: 'kinship' });
  await addMember(db, b, 'Bea', 'Boateng');
  const c = await home(areas.riverside, hannah, '2025-12-22');
  const cal = await addMember(db, c, 'Cal', 'Carter');
  await completed(db, cal, 'safeguarding', '2026-03-01');
  await completed(db, cal, 'optional', '2026-04-01');
  await signedOff(db, cal, [1, 2], hannah);
  const d = await home(areas.northfield, marcus, '2024-06-01');
  const dev = await addMember(db, d, 'Dev', 'Desai');
  await completed(db, dev, 'safeguarding', '2024-07-01');
  await signedOff(db, dev, [1, 2, 3, 4, 5], marcus);
  const e = await home(areas.northfield, hannah, '2026-01-01', {
    status: 'applicant',
    approvedOn: null,
  });
  await addMember(db, e, 'Eve', 'Evans');
  const f = await home(areas.northfield, hannah, '2015-01-01', { status: 'resigned' });
  await addMember(db, f, 'Fin', 'Fraser');
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

describe('the compliance figures', () => {
  it('counts the carers, who is up to date, and what is overdue or due soon', async () => {
    const actor = await actorFor(database.db, gwen);
    const { figures } = await getCompliance(ctxFor(database.db, actor, clock));
    expect(figures).toMatchObject({
      carers: 5,
      upToDate: 3,
      share: 60,
      overdueCourses: 2,
      tsdsOverdue: 1,
      tsdsDueSoon: 1,
    });
  });

  it('breaks them down by area, by mandatory course and by supervising social worker', async () => {
    const actor = await actorFor(database.db, gwen);
    const { figures } = await getCompliance(ctxFor(database.db, actor, clock));
    const group = (row: (typeof figures.byArea)[number]) => [
      row.name,
      row.carers,
      row.upToDate,
      row.share,
      row.overdueCourses,
      row.tsdsOverdue,
    ];
    expect(figures.byArea.map(group)).toEqual([
      ['Northfield', 3, 1, 33, 2, 1],
      ['Riverside', 2, 2, 100, 0, 0],
    ]);
    expect(figures.byWorker.map(group)).toEqual([
      ['Hannah Kowalski', 3, 2, 67, 1, 0],
      ['Marcus Reid', 2, 1, 50, 1, 1],
    ]);
    expect(
      figures.byCourse.map((row) => [row.title, row.required, row.current, row.overdue]),
    ).toEqual([
      ['Caring for a child in your family', 1, 0, 0],
      ['Managing behaviour', 5, 2, 1],
      ['Safeguarding children', 5, 3, 1],
    ]);
  });

  it('shows each breakdown as a chart with a table of the same numbers, for the coordinator only', async () => {
    const response = await (await signedInVisitor(testApp, gwen)).get('/training/compliance');
    expect(response.statusCode).toBe(200);
    expect(response.body.match(/<svg class="bar-chart" role="img"/g)).toHaveLength(3);
    expect(response.body).toContain('<desc>The table below gives the numbers.</desc>');
    const page = pageText(response.body);
    expect(page).toContain('Northfield 33% (1 of 3)');
    expect(page).toContain('Safeguarding children 5 3 1 60%');
    const worker = await signedInVisitor(testApp, hannah);
    expect((await worker.get('/training/compliance')).statusCode).toBe(403);
    expect((await worker.get('/training/compliance.csv')).statusCode).toBe(403);
  });

  it('gives a supervising social worker’s home page the counts for their caseload', async () => {
    const actor = await actorFor(database.db, hannah);
    expect(await summariseTrainingFor(database.db, actor, clock)).toEqual({
      carers: 3,
      carersWithOverdue: 1,
      overdueCourses: 1,
      tsdsOverdue: 0,
      tsdsDueSoon: 1,
    });
  });
});

describe('the compliance CSV', () => {
  it('has a row per carer per required course, with the standards beside it, and is audited', async () => {
    const response = await (await signedInVisitor(testApp, gwen)).get('/training/compliance.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="training-compliance-2026-11-22.csv"',
    );
    const [headings, ...rows] = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(headings).toBe(
      'Carer,Household,Area,Supervising social worker,Kind of care,Approved on,Course,Status,Due on,Last completed on,Standards deadline,Standards status,Standards signed off',
    );
    // Alex 2, Ash 2, Bea 3 (with the kinship course), Cal 2, Dev 2.
    expect(rows).toHaveLength(11);
    const ash = rows.find((row) => row.startsWith('Ash Adeyemi') && row.includes('Safeguarding'));
    expect(ash).toMatch(
      /,Northfield,Hannah Kowalski,Foster care,2022-03-01,Safeguarding children,Overdue,2025-06-01,2022-06-01,2023-03-01,Complete,7 of 7$/,
    );
    expect(rows.some((row) => row.startsWith('Eve') || row.startsWith('Fin'))).toBe(false);
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'training.report'), eq(auditEvents.actorId, gwen.id)));
    expect(audits.map((audit) => [audit.recordType, audit.recordId])).toEqual([['carer', null]]);
  });
});

describe('the carers list', () => {
  it('shows a supervising social worker only the carers in their allocated households', async () => {
    const page = pageText(
      (await (await signedInVisitor(testApp, hannah)).get('/training/carers')).body,
    );
    expect(page).toContain('3 carers');
    for (const name of ['Alex Adeyemi', 'Ash Adeyemi', 'Cal Carter']) expect(page).toContain(name);
    for (const name of ['Bea Boateng', 'Dev Desai', 'Eve Evans']) expect(page).not.toContain(name);
  });

  it('filters by area, worker and status through the address', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const names = async (query: string) => {
      const body = (await visitor.get(`/training/carers?${query}`)).body;
      return [...body.matchAll(/<a href="\/training\/carers\/[^"]+">([^<]+)<\/a>/g)].map(
        (match) => match[1],
      );
    };
    expect(await names(`area=${areas.riverside}`)).toEqual(['Bea Boateng', 'Cal Carter']);
    expect(await names('status=overdue')).toEqual(['Ash Adeyemi', 'Dev Desai']);
    expect(await names('status=due_soon')).toEqual(['Cal Carter']);
    expect(await names('status=tsds_overdue')).toEqual(['Dev Desai']);
    expect(await names(`worker=${marcus.id}&status=overdue`)).toEqual(['Dev Desai']);
  });

  it('explains a filter it cannot read, and shows everyone meanwhile', async () => {
    const response = await (
      await signedInVisitor(testApp, gwen)
    ).get('/training/carers?status=late&page=0');
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('Choose a status from the list');
    expect(pageText(response.body)).toContain('5 carers');
  });

  it('pages a long list 50 at a time', async () => {
    const db = database.db;
    const big = await buildHousehold(db, { areaId: areas.riverside, approvedOn: '2020-01-01' });
    await db.insert(householdMembers).values(
      Array.from({ length: 60 }, (_, index) => ({
        householdId: big,
        firstName: `Carer${String(index).padStart(2, '0')}`,
        lastName: 'Zephyr',
        memberRole: 'carer' as const,
      })),
    );
    const visitor = await signedInVisitor(testApp, gwen);
    const first = pageText((await visitor.get('/training/carers')).body);
    expect(first).toContain('65 carers');
    expect(first).toContain('Page 1 of 2');
    const second = await visitor.get('/training/carers?page=2');
    expect(second.body.match(/<a href="\/training\/carers\/[^"]+">/g)).toHaveLength(15);
    expect(second.body).toContain('rel="prev"');
  });
});

describe('the demo agency’s training history', () => {
  let demo: Database & { drop: () => Promise<void> };
  beforeAll(async () => {
    demo = await openTestDatabase();
    await seedDemoAgency(ctxFor(demo.db, null, clock));
  });
  afterAll(() => demo.drop());

  const demoActor = async (email: string) => {
    const user = await unsafeFindUserByEmail(demo.db, email);
    return actorFor(demo.db, { ...user!, role: user!.role as TestUser['role'], password: '' });
  };

  it('has most carers up to date, some late with a refresher or the standards', async () => {
    const actor = await demoActor('training@demo.kinfold.org');
    const { figures } = await getCompliance(ctxFor(demo.db, actor, clock));
    expect(figures.carers).toBeGreaterThan(40);
    expect(figures.share).toBeGreaterThanOrEqual(60);
    expect(figures.share).toBeLessThan(100);
    expect(figures.overdueCourses).toBeGreaterThan(0);
    expect(figures.tsdsOverdue).toBeGreaterThan(0);
    expect(figures.byArea).toHaveLength(4);
    expect(figures.byWorker.length).toBeGreaterThanOrEqual(3);
  });

  it('has Grace part way through her 18 months, and the Okafors sharing one workbook', async () => {
    const grace = await demoActor('kinship@demo.kinfold.org');
    const own = await listCarers(ctxFor(demo.db, grace, clock), { page: 1 });
    const graceRecord = await readTrainingRecord(
      ctxFor(demo.db, grace, clock),
      own.kind === 'own' ? own.carerId : '',
    );
    expect(graceRecord.tsds).toMatchObject({ months: 18, status: 'in_progress' });
    expect(graceRecord.tsds.signedOff.length).toBeGreaterThan(0);
    expect(graceRecord.tsds.signedOff.length).toBeLessThan(7);
    expect(graceRecord.standards.find((entry) => entry.signOff)?.signOff?.signedOffByName).toBe(
      graceRecord.trainee.supervisingWorkerName,
    );

    const sam = await demoActor('carer@demo.kinfold.org');
    const samList = await listCarers(ctxFor(demo.db, sam, clock), { page: 1 });
    const samRecord = await readTrainingRecord(
      ctxFor(demo.db, sam, clock),
      samList.kind === 'own' ? samList.carerId : '',
    );
    expect(samRecord.trainee.sharesWorkbook).toBe(true);
    expect(samRecord.abilities.canSignOff).toBe(false);
    expect(samRecord.completions.every((row) => row.source === 'recorded')).toBe(true);
    expect(samRecord.standings.some((row) => row.status === 'due_soon')).toBe(true);
  });
});
