import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type TestApp, type Visitor } from '../../../test/support/app.ts';
import { buildBelongingScene, type BelongingScene } from '../../../test/support/belonging-scene.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { permanencyPacts } from '../../core/db/tables.ts';
import { findConnections } from '../belonging/connection-store.ts';
import { isCommittedAdult } from '../belonging/visibility.ts';
import { countCommittedAdults } from './committed-adults.ts';
import { addPerson, auditedAs, startApp, TODAY } from './family-finding-test-kit.ts';

// Noor, Zara's great-aunt, is in touch again and promises to stay in Zara's life: Hannah writes
// down what she commits to, in Noor's words, and Noor becomes one of Zara's committed adults. A
// cousin flagged as not safe, and a teacher Zara suggested who has not been checked yet, cannot
// make a pact.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let visitorFor: (user: TestUser) => Promise<Visitor>;
let scene: BelongingScene;
const ids = {} as Record<'noor' | 'cousin' | 'teacher', string>;

beforeAll(async () => {
  database = await openTestDatabase();
  scene = await buildBelongingScene(database.db);
  ids.noor = await addPerson(database.db, scene.zaraId, {
    name: 'Noor Ahmed',
    relationship: 'Great-aunt',
  });
  ids.cousin = await addPerson(database.db, scene.zaraId, {
    name: 'Rashid Khan',
    relationship: 'Cousin',
    hasNoContactOrder: true,
  });
  ids.teacher = await addPerson(database.db, scene.zaraId, {
    name: 'Ms Adebayo',
    relationship: 'Form tutor',
    status: 'proposed',
    addedBy: scene.zara.id,
  });
  ({ testApp, visitorFor } = await startApp(database));
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const pactUrl = (id: string) => `/children/${scene.zaraId}/people/${id}/pact`;
const NOOR_WORDS = 'I will ring Zara every Sunday and she will always have Eid with us.';
const pact = (fields: Record<string, string> = {}) => ({
  commit_keep_in_touch: 'yes',
  commit_birthdays: 'yes',
  inTheirWords: NOOR_WORDS,
  agreedOn: '2026-04-02',
  endedOn: '',
  ...fields,
});

describe('a permanency pact', () => {
  it('is saved for Noor, shown on her page, and makes her a committed adult', async () => {
    const hannah = await visitorFor(scene.hannah);
    const form = await hannah.get(pactUrl(ids.noor));
    expect(form.statusCode).toBe(200);
    expect(pageText(form.body)).toContain('What does Noor Ahmed commit to?');
    expect(form.body).toContain('name="commit_after_care"');
    expect(form.body).toContain(`value="${TODAY}"`);
    expect(
      await auditedAs(database.db, {
        actorId: scene.hannah.id,
        action: 'belonging.read',
        recordId: ids.noor,
      }),
    ).toMatchObject([{ outcome: 'done', recordType: 'connection' }]);

    const saved = await hannah.post(pactUrl(ids.noor), pact());
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/children/${scene.zaraId}/people/${ids.noor}#pact`);

    const page = pageText((await hannah.get(`/children/${scene.zaraId}/people/${ids.noor}`)).body);
    expect(page).toContain('The pact with Noor Ahmed is saved. Zara has 1 of 5 committed adults.');
    expect(page).toContain('Committed adult');
    expect(page).toContain('Keeping in touch regularly');
    expect(page).toContain('Birthdays and celebrations');
    expect(page).not.toContain('A place to stay in an emergency');
    expect(page).toContain(NOOR_WORDS);
    expect(page).toContain('Agreed on 2 April 2026');

    const everyone = await findConnections(database.db, scene.zaraId);
    const noor = everyone.find((person) => person.id === ids.noor)!;
    expect(isCommittedAdult(noor, TODAY)).toBe(true);
    expect(countCommittedAdults(everyone, TODAY)).toBe(1);
    expect(countCommittedAdults(everyone, '2026-04-01')).toBe(0);
    expect(
      await auditedAs(database.db, {
        actorId: scene.hannah.id,
        action: 'connection.pact_saved',
        recordId: ids.noor,
      }),
    ).toMatchObject([{ outcome: 'done', recordType: 'connection' }]);
  });

  it('opens again with what it says, and changes in place', async () => {
    const hannah = await visitorFor(scene.hannah);
    const form = await hannah.get(pactUrl(ids.noor));
    expect(form.body).toMatch(/name="commit_birthdays" value="yes" checked/);
    expect(form.body).toContain(NOOR_WORDS);
    const changed = await hannah.post(
      pactUrl(ids.noor),
      pact({ commit_emergency_stay: 'yes', endedOn: '2026-05-20' }),
    );
    expect(changed.statusCode).toBe(303);
    const rows = await database.db
      .select()
      .from(permanencyPacts)
      .where(eq(permanencyPacts.connectionId, ids.noor));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      commitments: ['keep_in_touch', 'birthdays', 'emergency_stay'],
      endedOn: '2026-05-20',
      recordedBy: scene.hannah.id,
    });
    // An ended pact no longer counts.
    expect(countCommittedAdults(await findConnections(database.db, scene.zaraId), TODAY)).toBe(0);
    await hannah.post(pactUrl(ids.noor), pact());
  });

  it.each([
    [{ commit_keep_in_touch: '', commit_birthdays: '' }, 'commitments', 'Tick at least one thing'],
    [{ inTheirWords: ' ' }, 'inTheirWords', 'Write what they promise in their own words'],
    [{ agreedOn: '2 April' }, 'agreedOn', 'Enter the date the pact was agreed, like 2026-03-05'],
    [
      { agreedOn: '2026-06-02' },
      'agreedOn',
      'cannot be in the future: enter 1 June 2026 or earlier',
    ],
    [{ endedOn: '2026-04-02' }, 'endedOn', 'A pact ends after the day it was agreed'],
    [{ endedOn: '2026-07-01' }, 'endedOn', 'Enter the day the pact ended, 1 June 2026 or earlier'],
    [{ endedOn: 'soon' }, 'endedOn', 'Enter the date the pact ended, like 2026-03-05'],
  ])(
    'names what is wrong with %j on its field and keeps the rest',
    async (fields, field, message) => {
      const hannah = await visitorFor(scene.hannah);
      const response = await hannah.post(pactUrl(ids.noor), pact(fields));
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(`href="#field-${field}"`);
      expect(response.body).toContain(`id="field-${field}"`);
      expect(pageText(response.body)).toContain(message);
      if (field !== 'inTheirWords') expect(response.body).toContain(NOOR_WORDS);
    },
  );

  it.each([
    [
      'cousin',
      'Rashid Khan is flagged for safeguarding, so they cannot make a permanency pact with Zara.',
    ],
    [
      'teacher',
      'Ms Adebayo is waiting to be checked: confirm them on Zara’s map before recording a pact.',
    ],
  ] as const)('is refused for the %s, with the reason and no form', async (who, reason) => {
    const hannah = await visitorFor(scene.hannah);
    const page = await hannah.get(pactUrl(ids[who]));
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain(reason);
    expect(page.body).not.toContain('name="inTheirWords"');
    const refused = await hannah.post(pactUrl(ids[who]), pact());
    expect(refused.statusCode).toBe(400);
    expect(pageText(refused.body)).toContain(reason);
    const rows = await database.db
      .select()
      .from(permanencyPacts)
      .where(eq(permanencyPacts.connectionId, ids[who]));
    expect(rows).toHaveLength(0);
  });
});
