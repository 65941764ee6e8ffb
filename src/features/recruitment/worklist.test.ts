import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  buildUser,
  ctxFor,
  TEST_PASSWORD,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { assignOfficer, moveToNextStage } from './changes-service.ts';
import { enquire } from './test-helpers.ts';
import { getRecruitmentWorklist } from './worklist-service.ts';

// It is Tuesday 9 June 2026, 10:00 in London. Rita looks after Ada, who enquired last Thursday
// (overdue), and Ben, whose first conversation was yesterday (his home visit is due next Monday).
// Cai enquired yesterday and nobody has picked him up (due today). Ivan looks after Dee.
const NOW = new Date('2026-06-09T09:00:00Z');
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let rita: TestUser;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  rita = await buildUser(db, { role: 'recruitment_officer', name: 'Rita Officer' });
  const ivan = await buildUser(db, { role: 'recruitment_officer', name: 'Ivan Officer' });
  const asRita = ctxFor(db, await actorFor(db, rita), NOW);
  const ada = await enquire(db, new Date('2026-06-04T09:00:00Z'), { firstName: 'Ada' });
  const ben = await enquire(db, new Date('2026-06-08T09:00:00Z'), { firstName: 'Ben' });
  await enquire(db, new Date('2026-06-08T15:00:00Z'), { firstName: 'Cai' });
  const dee = await enquire(db, new Date('2026-06-01T09:00:00Z'), { firstName: 'Dee' });
  await assignOfficer(asRita, ada, rita.id);
  await assignOfficer(asRita, ben, rita.id);
  await moveToNextStage({ ...asRita, now: new Date('2026-06-08T14:00:00Z') }, ben, {
    fromStage: 'enquiry',
  });
  await assignOfficer(asRita, dee, ivan.id);
  testApp = await startTestApp(database, {}, () => NOW);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

describe('a recruitment officer’s home', () => {
  it('puts what is overdue first, then what is due today, then what is coming up', async () => {
    const worklist = await getRecruitmentWorklist(
      ctxFor(database.db, await actorFor(database.db, rita), NOW),
    );
    expect(
      worklist.dueNow.map((item) => [
        item.prospect.name.split(' ')[0],
        item.state,
        item.deadline.kind,
      ]),
    ).toEqual([
      ['Ada', 'overdue', 'enquiry_reply'],
      ['Cai', 'due_today', 'enquiry_reply'],
    ]);
    expect(
      worklist.comingUp.map((item) => [item.prospect.name.split(' ')[0], item.deadline.dueOn]),
    ).toEqual([['Ben', '2026-06-15']]);
    expect(worklist.unassigned).toBe(1);
    expect(worklist.stages.find((row) => row.stage === 'enquiry')).toEqual({
      stage: 'enquiry',
      mine: 1,
      everyone: 3,
    });
  });

  it('says on the page why each thing is due, and where the rule comes from', async () => {
    const visitor = new Visitor(testApp);
    await visitor.signIn(rita.email, TEST_PASSWORD);
    const home = await visitor.get('/home');
    expect(home.statusCode).toBe(200);
    const body = home.body;
    expect(body.indexOf('Ada Applicant')).toBeLessThan(body.indexOf('Cai Applicant'));
    expect(body.indexOf('Cai Applicant')).toBeLessThan(body.indexOf('Ben Applicant'));
    expect(body).toContain('Overdue');
    expect(body).toContain('Due today');
    expect(body).toContain('Why is this due?');
    expect(body).toContain('Reply within 1 working day of an enquiry: enquired on 4 June 2026');
    expect(body).toContain(
      'Agency practice: every enquiry about fostering is answered within 1 working day',
    );
    expect(body).toContain('Nobody looks after them yet');
    expect(body).not.toContain('Dee Applicant');
    expect(body).toContain('4 people are applying to foster; 2 of them are yours.');
  });

  it('gives the registered manager a recruitment card on their home', async () => {
    const priya = await buildUser(database.db, { role: 'registered_manager' });
    const visitor = new Visitor(testApp, '198.51.100.9');
    await visitor.signIn(priya.email, TEST_PASSWORD);
    const home = await visitor.get('/home');
    expect(home.body).toContain('The agency today.');
    expect(home.body).toContain('0 waiting for your decision');
  });
});
