import { eq, sql } from 'drizzle-orm';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { buildBelongingScene, type BelongingScene } from '../../../test/support/belonging-scene.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { actorFor, buildChild, ctxFor, placeChild } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { childImportantPeople, permanencyPacts } from '../../core/db/tables.ts';
import { forgetAgencySettings } from '../../core/settings.ts';
import { findConnections } from '../belonging/connection-store.ts';
import { countCommittedAdults } from './committed-adults.ts';
import { summariseCommittedAdults } from './committed-adults-service.ts';
import { findYoungPeopleShortOfCommittedAdults } from './committed-adults-store.ts';
import { addPact, addPerson, auditedAs, NOW, TODAY } from './family-finding-test-kit.ts';
import { CommittedAdultsCard } from './views/committed-adults-card.tsx';

// Zara is 15 and has four committed adults; the agency's target is five, so she shows on the home
// page of Hannah, who supervises her home, and of Priya, the manager. Around them are people who
// do not count: a pact not yet agreed, one that has ended, someone who left, someone flagged, and
// a suggestion not yet checked. Kacper, 14, lives in the same home and is not old enough to count;
// Leila, 16, lives there too and has nobody yet.
let database: Database & { drop: () => Promise<void> };
let scene: BelongingScene;
let kacper: string;
let leila: string;
let dean: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  scene = await buildBelongingScene(db);
  const committed = async (name: string, agreedOn: string) =>
    addPact(db, await addPerson(db, scene.zaraId, { name }), agreedOn);
  await committed('Farida Ahmed', '2025-10-01');
  await committed('Maureen Cole', '2025-06-01');
  await committed('Noor Ahmed', '2026-04-02');
  await committed('Mrs Patel', TODAY);
  dean = await addPerson(db, scene.zaraId, { name: 'Dean Walker' });
  await addPact(db, dean, '2026-06-02'); // agreed tomorrow: not yet
  await addPact(
    db,
    await addPerson(db, scene.zaraId, { name: 'Ended' }),
    '2025-01-01',
    '2026-05-01',
  );
  await addPact(
    db,
    await addPerson(db, scene.zaraId, { name: 'Left', leftOn: '2026-05-31' }),
    '2025-01-01',
  );
  await addPact(
    db,
    await addPerson(db, scene.zaraId, { name: 'Flagged', contactStatus: 'not_safe' }),
    '2025-01-01',
  );
  await addPact(
    db,
    await addPerson(db, scene.zaraId, { name: 'Suggested', status: 'proposed' }),
    '2025-01-01',
  );
  kacper = await buildChild(db, {
    firstName: 'Kacper',
    lastName: 'Nowak',
    dateOfBirth: '2011-06-02',
  });
  await placeChild(db, kacper, scene.oakId, { startedOn: '2026-01-05' });
  leila = await buildChild(db, {
    firstName: 'Leila',
    lastName: 'Haddad',
    dateOfBirth: '2010-03-01',
  });
  await placeChild(db, leila, scene.oakId, { startedOn: '2026-01-05' });
  // Someone who left care at 17 is no longer the agency's to find people for.
  const left = await buildChild(db, {
    firstName: 'Tom',
    lastName: 'Gray',
    dateOfBirth: '2008-01-01',
  });
  await placeChild(db, left, scene.oakId, { startedOn: '2024-01-05', endedOn: '2025-02-01' });
});
afterAll(async () => {
  await database.drop();
});

const listFor = async (who: 'hannah' | 'priya' | 'otherWorker') =>
  findYoungPeopleShortOfCommittedAdults(
    database.db,
    await actorFor(database.db, scene[who]),
    TODAY,
  );

describe('young people short of committed adults', () => {
  it('lists Zara with 4 of 5 for Hannah and Priya, after Leila who has nobody', async () => {
    for (const who of ['hannah', 'priya'] as const) {
      const list = await listFor(who);
      expect(list.map((entry) => [entry.firstName, entry.committedAdults, entry.target])).toEqual([
        ['Leila', 0, 5],
        ['Zara', 4, 5],
      ]);
    }
  });

  it('agrees with countCommittedAdults for the same people on the same day', async () => {
    const zara = (await listFor('hannah')).find((entry) => entry.childId === scene.zaraId)!;
    const everyone = await findConnections(database.db, scene.zaraId);
    expect(zara.committedAdults).toBe(countCommittedAdults(everyone, TODAY));
    expect(countCommittedAdults(everyone, '2026-06-02')).toBe(5);
    // Tomorrow Dean's pact counts too, and Zara reaches the target.
    const tomorrow = await findYoungPeopleShortOfCommittedAdults(
      database.db,
      await actorFor(database.db, scene.hannah),
      '2026-06-02',
    );
    expect(tomorrow.map((entry) => entry.childId)).not.toContain(scene.zaraId);
  });

  it('shows nobody to a worker who does not supervise their home, nor to a carer', async () => {
    expect(await listFor('otherWorker')).toEqual([]);
    const ruth = ctxFor(database.db, await actorFor(database.db, scene.ruth), NOW);
    expect(await summariseCommittedAdults(ruth)).toEqual({ youngPeople: [] });
  });

  it('leaves out Kacper, who turns 15 tomorrow', async () => {
    expect((await listFor('hannah')).map((entry) => entry.childId)).not.toContain(kacper);
    const tomorrow = await findYoungPeopleShortOfCommittedAdults(
      database.db,
      await actorFor(database.db, scene.hannah),
      '2026-06-02',
    );
    expect(tomorrow.map((entry) => entry.childId)).toContain(kacper);
  });

  it('drops Zara once she reaches the target, and follows the agency’s setting', async () => {
    const alex = await addPerson(database.db, scene.zaraId, { name: 'Alex Rowe' });
    await addPact(database.db, alex, '2026-05-01');
    expect((await listFor('hannah')).map((entry) => entry.firstName)).toEqual(['Leila']);
    await database.db.delete(permanencyPacts).where(eq(permanencyPacts.connectionId, alex));
    await database.db.delete(childImportantPeople).where(eq(childImportantPeople.id, alex));

    await database.db.execute(sql`UPDATE agency_settings SET committed_adults_target = 4`);
    forgetAgencySettings();
    try {
      expect((await listFor('priya')).map((entry) => [entry.firstName, entry.target])).toEqual([
        ['Leila', 4],
      ]);
    } finally {
      await database.db.execute(sql`UPDATE agency_settings SET committed_adults_target = 5`);
      forgetAgencySettings();
    }
  });
});

describe('the home page card', () => {
  it('names each young person with their count, links to their people, says why, and is audited', async () => {
    const ctx = ctxFor(database.db, await actorFor(database.db, scene.hannah), NOW);
    const summary = await summariseCommittedAdults(ctx);
    expect(summary.youngPeople.map((entry) => [entry.knownAs, entry.age])).toEqual([
      ['Leila', 16],
      ['Zara', 15],
    ]);
    const html = renderToString(CommittedAdultsCard({ summary })!);
    const text = pageText(html);
    expect(text).toContain('Young people who need more people for life');
    expect(text).toContain('Zara Ahmed , 15: 4 of 5 committed adults');
    expect(text).toContain('Leila Haddad , 16: 0 of 5 committed adults');
    expect(html).toContain(`href="/children/${scene.zaraId}/people"`);
    expect(text).toContain('The target of 5 is the agency’s own setting.');
    expect(text).toContain('Agency practice: from 15');
    expect(
      await auditedAs(database.db, {
        actorId: scene.hannah.id,
        action: 'child.list',
        recordId: null,
      }),
    ).toMatchObject([{ outcome: 'done', recordType: 'child' }]);
  });

  it('shows nothing when nobody is short', () => {
    expect(CommittedAdultsCard({ summary: { youngPeople: [] } })).toBeNull();
  });
});
