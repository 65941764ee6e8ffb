import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type TestApp, type Visitor } from '../../../test/support/app.ts';
import { buildBelongingScene, type BelongingScene } from '../../../test/support/belonging-scene.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildChild, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { childImportantPeople, connectionOutreach } from '../../core/db/tables.ts';
import { addPerson, auditedAs, startApp } from './family-finding-test-kit.ts';

// Hannah supervises Zara's home. She found Zara's great-aunt Noor in old records, and Zara told
// her about Mrs Patel, who used to look after her. Nobody writes to either of them until a safety
// check has cleared it; a cousin flagged as not safe is never contacted from here at all.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let visitorFor: (user: TestUser) => Promise<Visitor>;
let scene: BelongingScene;
const ids = {} as Record<'noor' | 'patel' | 'cousin' | 'stranger', string>;

beforeAll(async () => {
  database = await openTestDatabase();
  scene = await buildBelongingScene(database.db);
  const { db } = database;
  ids.noor = await addPerson(db, scene.zaraId, {
    name: 'Noor Ahmed',
    relationship: 'Great-aunt',
    category: 'relative',
    contactStatus: 'to_be_found',
    source: 'case_records',
    sourceNotes: 'Named in the 2017 chronology as a relative who offered help.',
    feelings: 'I want to know about Grandad.',
    gives: ['talk'],
    couldGive: ['celebrations'],
    addedBy: scene.hannah.id,
  });
  ids.patel = await addPerson(db, scene.zaraId, {
    name: 'Mrs Patel',
    relationship: 'Old neighbour',
    contactStatus: 'to_be_found',
    source: 'young_person',
  });
  ids.cousin = await addPerson(db, scene.zaraId, {
    name: 'Rashid Khan',
    relationship: 'Cousin',
    contactStatus: 'not_safe',
    safeguardingNotes: 'Police information: not to know where Zara lives.',
  });
  const otherChild = await buildChild(db, { firstName: 'Omar', lastName: 'Reyes' });
  ids.stranger = await addPerson(db, otherChild, { name: 'Someone Else' });
  ({ testApp, visitorFor } = await startApp(database));
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const personUrl = (id: string) => `/children/${scene.zaraId}/people/${id}`;
const step = (fields: Record<string, string>) => ({
  stepOn: '2026-03-02',
  kind: 'search',
  safetyOutcome: '',
  notes: 'Looked in the records.',
  outcome: '',
  contactStatus: '',
  ...fields,
});

describe('the person’s page for staff', () => {
  it('shows Hannah everything the agency holds about Noor, and audits the read', async () => {
    const hannah = await visitorFor(scene.hannah);
    const page = await hannah.get(personUrl(ids.noor));
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('Noor Ahmed');
    expect(text).toContain('Great-aunt, on Zara Ahmed’s map');
    expect(text).toContain('Case records');
    expect(text).toContain('Named in the 2017 chronology as a relative who offered help.');
    expect(text).toContain('I want to know about Grandad.');
    expect(text).toContain('Someone to talk to');
    expect(text).toContain('To be found');
    expect(text).toContain('by Hannah Kowalski');
    expect(page.body).toContain(`href="/children/${scene.zaraId}/people/${ids.noor}/edit"`);
    expect(page.body).toContain(`href="/children/${scene.zaraId}/people"`);
    expect(text).toContain('Zara’s people');
    expect(text).toContain('No steps recorded yet.');
    expect(
      await auditedAs(database.db, {
        actorId: scene.hannah.id,
        action: 'belonging.read',
        recordId: ids.noor,
      }),
    ).toMatchObject([{ outcome: 'done', recordType: 'connection' }]);
  });

  it('shows the safeguarding flag and notes on a person marked not safe', async () => {
    const hannah = await visitorFor(scene.hannah);
    const text = pageText((await hannah.get(personUrl(ids.cousin))).body);
    expect(text).toContain('Not safe');
    expect(text).toContain('Police information: not to know where Zara lives.');
    expect(text).toContain('Hidden from Zara’s and the family’s views until a worker decides');
    expect(text).toContain('Flagged for safeguarding');
  });

  it('answers “not found” for someone on another child’s map, or an address that is not an id', async () => {
    const hannah = await visitorFor(scene.hannah);
    expect((await hannah.get(personUrl(ids.stranger))).statusCode).toBe(404);
    expect((await hannah.get(personUrl('not-an-id'))).statusCode).toBe(404);
    expect((await hannah.post(`${personUrl(ids.stranger)}/outreach`, step({}))).statusCode).toBe(
      404,
    );
  });
});

describe('recording family finding', () => {
  it('lets Hannah record a search, a cleared check and a letter, shown oldest first', async () => {
    const hannah = await visitorFor(scene.hannah);
    const url = `${personUrl(ids.noor)}/outreach`;
    // Recorded out of order: the log still reads in date order.
    const search = await hannah.post(url, step({ stepOn: '2026-03-01', notes: 'Electoral roll.' }));
    expect(search.statusCode).toBe(303);
    expect(search.headers.location).toBe(`${personUrl(ids.noor)}#finding`);
    const check = await hannah.post(
      url,
      step({
        stepOn: '2026-03-03',
        kind: 'safety_check',
        safetyOutcome: 'cleared',
        notes: 'Police and local authority checks.',
      }),
    );
    expect(check.statusCode).toBe(303);
    const letter = await hannah.post(
      url,
      step({
        stepOn: '2026-03-05',
        kind: 'letter',
        notes: 'Wrote to Noor about Zara.',
        outcome: 'She rang back the next week.',
        contactStatus: 'approached',
      }),
    );
    expect(letter.statusCode).toBe(303);

    const page = await hannah.get(personUrl(ids.noor));
    const text = pageText(page.body);
    expect(text).toContain('The step is recorded. Their contact status is updated.');
    const order = [
      'Electoral roll.',
      'Police and local authority checks.',
      'Wrote to Noor about Zara.',
    ];
    const positions = order.map((words) => text.indexOf(words));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('3 March 2026: Safety check Cleared for contact');
    expect(text).toContain('Outcome: She rang back the next week.');
    expect(text).toContain('Recorded by Hannah Kowalski');
    const [noor] = await database.db
      .select({ contactStatus: childImportantPeople.contactStatus })
      .from(childImportantPeople)
      .where(eq(childImportantPeople.id, ids.noor));
    expect(noor?.contactStatus).toBe('approached');

    const recorded = await auditedAs(database.db, {
      actorId: scene.hannah.id,
      action: 'connection.outreach_recorded',
      recordId: ids.noor,
    });
    expect(recorded).toHaveLength(3);
    expect(recorded[0]).toMatchObject({ outcome: 'done', recordType: 'connection' });
    expect(
      await auditedAs(database.db, {
        actorId: scene.hannah.id,
        action: 'connection.updated',
        recordId: ids.noor,
      }),
    ).toMatchObject([{ recordType: 'connection', fields: ['contact_status'] }]);
  });

  it('refuses a letter to Mrs Patel before any safety check, naming the step and keeping what was typed', async () => {
    const hannah = await visitorFor(scene.hannah);
    const refused = await hannah.post(
      `${personUrl(ids.patel)}/outreach`,
      step({ stepOn: '2026-04-10', kind: 'letter', notes: 'A note from Zara, with a photo.' }),
    );
    expect(refused.statusCode).toBe(400);
    const text = pageText(refused.body);
    expect(text).toContain(
      'Record a cleared safety check before contacting Mrs Patel: no check yet.',
    );
    expect(refused.body).toContain('href="#field-kind"');
    expect(refused.body).toContain('id="field-kind-error"');
    expect(refused.body).toContain('A note from Zara, with a photo.');
    expect(refused.body).toContain('value="2026-04-10"');
    expect(refused.body).toMatch(/<option value="letter" selected/);
    expect(await stepsOf(ids.patel)).toHaveLength(0);
  });

  it('refuses contact after a check that raised concerns, giving its date', async () => {
    const hannah = await visitorFor(scene.hannah);
    const url = `${personUrl(ids.patel)}/outreach`;
    await hannah.post(
      url,
      step({ stepOn: '2026-03-03', kind: 'safety_check', safetyOutcome: 'concerns' }),
    );
    const refused = await hannah.post(url, step({ stepOn: '2026-04-01', kind: 'phone_call' }));
    expect(refused.statusCode).toBe(400);
    expect(pageText(refused.body)).toContain(
      'Record a cleared safety check before contacting Mrs Patel: the last check, on 3 March 2026, raised concerns.',
    );
  });

  it('never contacts a person marked not safe, but still records a search', async () => {
    const hannah = await visitorFor(scene.hannah);
    const url = `${personUrl(ids.cousin)}/outreach`;
    const refused = await hannah.post(url, step({ kind: 'visit' }));
    expect(refused.statusCode).toBe(400);
    expect(pageText(refused.body)).toContain(
      'Rashid Khan is marked not safe, so nobody contacts them through family finding.',
    );
    expect((await hannah.post(url, step({ kind: 'search' }))).statusCode).toBe(303);
  });

  it.each([
    [{ stepOn: 'next Tuesday' }, 'stepOn', 'Enter the date of the step, like 2026-03-05'],
    [{ stepOn: '2026-02-30' }, 'stepOn', 'Enter a real date, like 2026-03-05'],
    [
      { stepOn: '2026-06-02' },
      'stepOn',
      'The date cannot be in the future: enter 1 June 2026 or earlier',
    ],
    [{ stepOn: '' }, 'stepOn', 'Enter the date of the step'],
    [{ kind: 'carrier_pigeon' }, 'kind', 'Choose what kind of step this was'],
    [{ notes: '   ' }, 'notes', 'Write what was done'],
    [{ safetyOutcome: 'cleared' }, 'safetyOutcome', 'Only a safety check has a safety outcome'],
    [{ kind: 'safety_check' }, 'safetyOutcome', 'Say whether the safety check cleared contact'],
    [{ contactStatus: 'best_friends' }, 'contactStatus', 'Choose a contact status'],
  ])('names what is wrong with %j on its field, never a 500', async (fields, field, message) => {
    const hannah = await visitorFor(scene.hannah);
    const response = await hannah.post(`${personUrl(ids.noor)}/outreach`, step(fields));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(`href="#field-${field}"`);
    expect(pageText(response.body)).toContain(message);
  });

  it('treats a form with nothing in it as blank fields', async () => {
    const hannah = await visitorFor(scene.hannah);
    const response = await hannah.post(`${personUrl(ids.noor)}/outreach`, {});
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('Enter the date of the step');
  });
});

describe('who may open the person’s page and record steps', () => {
  const urls = () => [
    { method: 'get' as const, url: personUrl(ids.noor) },
    { method: 'post' as const, url: `${personUrl(ids.noor)}/outreach` },
    { method: 'get' as const, url: `${personUrl(ids.noor)}/pact` },
    { method: 'post' as const, url: `${personUrl(ids.noor)}/pact` },
  ];

  it('lets Priya, the registered manager, in', async () => {
    const priya = await visitorFor(scene.priya);
    expect((await priya.get(personUrl(ids.noor))).statusCode).toBe(200);
  });

  it.each(['ruth', 'zara', 'dani'] as const)(
    'refuses %s, who knows Zara but does not keep her record, and audits the refusal',
    async (who) => {
      const visitor = await visitorFor(scene[who]);
      for (const { method, url } of urls()) {
        const response =
          method === 'get' ? await visitor.get(url) : await visitor.post(url, step({}));
        expect(response.statusCode, `${method} ${url}`).toBe(403);
      }
      const refusals = await auditedAs(database.db, {
        actorId: scene[who].id,
        action: 'belonging.manage',
        recordId: scene.zaraId,
      });
      expect(refusals).toHaveLength(4);
      expect(refusals[0]).toMatchObject({ outcome: 'refused', recordType: 'child' });
    },
  );

  it.each(['sam', 'otherWorker'] as const)(
    'answers “not found” to %s, who has nothing to do with Zara',
    async (who) => {
      const visitor = await visitorFor(scene[who]);
      for (const { method, url } of urls()) {
        const response =
          method === 'get' ? await visitor.get(url) : await visitor.post(url, step({}));
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
    },
  );
});

const stepsOf = (connectionId: string) =>
  database.db
    .select({ id: connectionOutreach.id })
    .from(connectionOutreach)
    .where(eq(connectionOutreach.connectionId, connectionId));
