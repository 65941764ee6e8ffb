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
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, children, matchingWeights } from '../../core/db/tables.ts';
import { FACTORS } from './factors.ts';
import { buildAuthority, buildReferral } from './test-kit.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let manager: TestUser;
let hannah: TestUser;
let referralId: string;
const homes: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database);
  const db = database.db;
  manager = await buildUser(db, { role: 'registered_manager', name: 'Morgan Hale' });
  hannah = await buildUser(db, { role: 'supervising_social_worker', name: 'Hannah Kowalski' });
  for (const name of ['Ashby', 'Brook', 'Carter', 'Dale']) {
    homes.push(
      await buildHousehold(db, {
        reference: `HH-${name}`,
        name: `The ${name} household`,
        careTypes: ['long_term'],
      }),
    );
  }
  referralId = await buildReferral(db, await buildAuthority(db));
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const compareUrl = (ids: string[]) =>
  `/referrals/${referralId}/compare?${ids.map((id) => `household=${id}`).join('&')}`;

describe('who may use the matching pages', () => {
  it('refuses a birth parent, a young person, a training coordinator and a carer', async () => {
    const parent = await buildUser(database.db, { role: 'birth_parent' });
    await linkBirthParent(database.db, await buildChild(database.db), parent);
    const youngPerson = await buildUser(database.db, { role: 'young_person' });
    await database.db
      .update(children)
      .set({ youngPersonUserId: youngPerson.id })
      .where(eq(children.id, await buildChild(database.db)));
    const coordinator = await buildUser(database.db, { role: 'training_coordinator' });
    const carer = await buildUser(database.db, { role: 'foster_carer' });
    for (const person of [parent, youngPerson, coordinator, carer]) {
      const visitor = await signedInVisitor(testApp, person);
      for (const url of [
        `/referrals/${referralId}/matches`,
        compareUrl(homes.slice(0, 2)),
        `/referrals/${referralId}/decide`,
        '/matching/weights',
      ]) {
        expect([403, 404], `${person.role} ${url}`).toContain((await visitor.get(url)).statusCode);
      }
      const shared = await visitor.post(`/referrals/${referralId}/offers`, {
        householdId: homes[0]!,
      });
      expect([403, 404]).toContain(shared.statusCode);
    }
    const refusals = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'matching.run'), eq(auditEvents.outcome, 'refused')));
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toMatchObject({ recordType: 'referral', recordId: referralId });
  });

  it('answers 404 for a referral that does not exist', async () => {
    const worker = await signedInVisitor(testApp, hannah);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await worker.get(`/referrals/${missing}/matches`)).statusCode).toBe(404);
    expect((await worker.get('/referrals/not-an-id/matches')).statusCode).toBe(404);
  });
});

describe('shortlisting and comparing', () => {
  it('adds a household to the shortlist from the matches page', async () => {
    const worker = await signedInVisitor(testApp, hannah);

    const added = await worker.post(`/referrals/${referralId}/shortlist`, {
      householdId: homes[2]!,
    });

    expect(added.statusCode).toBe(303);
    const page = pageText((await worker.get(`/referrals/${referralId}/matches`)).body);
    expect(page).toContain('The Carter household is on the shortlist.');
    expect(page).toContain('Shortlist and households asked');
  });

  it('compares two or three households side by side', async () => {
    const worker = await signedInVisitor(testApp, hannah);

    const response = await worker.get(compareUrl([homes[3]!, homes[0]!, homes[1]!]));

    expect(response.statusCode).toBe(200);
    const text = pageText(response.body);
    expect(text).toContain('3 households side by side, in their ranked order');
    expect(text.indexOf('The Ashby household')).toBeLessThan(text.indexOf('The Dale household'));
    expect(text).toContain('Needs and skills');
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'matching.compared'));
    expect(audit).toMatchObject({ recordType: 'referral', recordId: referralId });
  });

  it('shows the form again when fewer than two or more than three are ticked', async () => {
    const worker = await signedInVisitor(testApp, hannah);

    const one = await worker.get(compareUrl([homes[0]!]));
    const four = await worker.get(compareUrl(homes));

    for (const response of [one, four]) {
      expect(response.statusCode).toBe(400);
      expect(pageText(response.body)).toContain('Choose 2 or 3 households to compare');
      expect(response.body).toContain('form="compare-form"');
    }
    expect(one.body).toMatch(new RegExp(`value="${homes[0]}" form="compare-form" checked`));
  });
});

describe('the weights', () => {
  it('shows every factor and what it means to the supervising social worker, who may not change them', async () => {
    const worker = await signedInVisitor(testApp, hannah);

    const page = await worker.get('/matching/weights');

    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Only the registered manager changes the weights.');
    expect(page.body).not.toContain('name="needs"');
    const fields = Object.fromEntries(FACTORS.map((factor) => [factor, '10']));
    expect((await worker.post('/matching/weights', fields)).statusCode).toBe(403);
  });

  it('lets the manager change them, naming each field that is wrong', async () => {
    const visitor = await signedInVisitor(testApp, manager);
    const fields = Object.fromEntries(FACTORS.map((factor) => [factor, '0']));

    const allZero = await visitor.post('/matching/weights', fields);
    const tooBig = await visitor.post('/matching/weights', {
      ...fields,
      needs: '101',
      culture: 'lots',
    });

    expect(allZero.statusCode).toBe(400);
    expect(pageText(allZero.body)).toContain('Give at least one factor a weight above 0');
    expect(allZero.body).toContain('href="#field-needs"');
    expect(tooBig.statusCode).toBe(400);
    expect(pageText(tooBig.body)).toContain(
      'Enter a whole number from 0 to 100 for needs and skills',
    );
    expect(pageText(tooBig.body)).toContain(
      'Enter a whole number from 0 to 100 for culture, language and faith',
    );
    expect(tooBig.body).toContain('value="lots"');

    const saved = await visitor.post('/matching/weights', {
      ...fields,
      needs: '40',
      continuity: '20',
    });

    expect(saved.statusCode).toBe(303);
    const rows = await database.db.select().from(matchingWeights);
    expect(Object.fromEntries(rows.map((row) => [row.factor, row.weight]))).toEqual({
      needs: 40,
      attachment: 0,
      school_distance: 0,
      family_time_distance: 0,
      culture: 0,
      composition: 0,
      continuity: 20,
    });
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'matching.weights_changed'));
    expect(audit).toMatchObject({ recordType: 'matching_weights', actorId: manager.id });
    expect(audit!.fields).toEqual(expect.arrayContaining(['needs', 'attachment', 'continuity']));
  });
});
