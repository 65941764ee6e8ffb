import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import * as store from './store.ts';
import {
  auditsOf,
  leaksIn,
  NOW,
  openFamilyTimeWorld,
  sessionUrl,
  type FamilyTimeWorld,
} from './family-time-test-kit.ts';
import { findParentUpcomingFamilyTime, findUpcomingFamilyTime } from './index.ts';

// Hannah plans three sessions for Mia: Thursday's with both parents, the week after with Lee
// only, and last Thursday's with Dani. Each side sees what it may know of them.
let world: FamilyTimeWorld;
let both: string;
let leeOnly: string;
let lastWeek: string;

beforeAll(async () => {
  world = await openFamilyTimeWorld();
  const { dani, lee } = world.scene;
  both = await world.plan([dani, lee]);
  leeOnly = await world.plan([lee], { date: '2026-11-19', venue: 'Riverside Play Barn' });
  lastWeek = await world.plan([dani], { date: '2026-11-05' });
});
afterAll(() => world.close());

describe('the family time page, as each side sees it', () => {
  it('shows Dani only her own sessions, with nothing she may not know', async () => {
    const { miaId, dani } = world.scene;
    const page = await (await world.visitorFor(dani)).get(`/family/${miaId}/family-time`);

    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('Family time with Mia');
    expect(text).toContain('Thursday 12 November 2026, 16:00 to 17:30');
    expect(text).toContain('Meeting in person at Brookside Family Centre');
    expect(text).toContain('supervised by Marcia, family time worker');
    expect(text).toContain('Thursday 5 November 2026');
    expect(text).not.toContain('19 November');
    expect(text).not.toContain('Riverside');
    expect(text).not.toContain('Sam drives');
    expect(text).not.toContain('Lee Price');
    expect(text).not.toContain('Hannah');
    expect(leaksIn(page.body, MIA_SECRETS)).toEqual([]);
    expect(page.body).not.toContain('This child’s record');
  });

  it('tells Dani a session only for Lee does not exist, and shows it to Lee', async () => {
    const { miaId, dani, lee } = world.scene;

    const forDani = await (await world.visitorFor(dani)).get(sessionUrl(miaId, leeOnly, 'parent'));
    const forLee = await (await world.visitorFor(lee)).get(sessionUrl(miaId, leeOnly, 'parent'));

    expect(forDani.statusCode).toBe(404);
    expect(forDani.body).not.toContain('Riverside');
    expect(forLee.statusCode).toBe(200);
    expect(pageText(forLee.body)).toContain('Riverside Play Barn');
  });

  it('shows Sam every session with the transport and who is invited, under Mia’s tabs', async () => {
    const { miaId, sam } = world.scene;
    const page = await (await world.visitorFor(sam)).get(`/children/${miaId}/family/family-time`);

    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(page.body).toContain('This child’s record');
    expect(text).toContain('Thursday 19 November 2026');
    expect(text).toContain('Getting there: Sam drives Mia there and back');
    expect(text).toContain('Lee Price: not answered yet');
    expect(text).not.toContain('Plan family time');
  });

  it('offers Hannah the plan button', async () => {
    const { miaId, hannah } = world.scene;
    const page = await (
      await world.visitorFor(hannah)
    ).get(`/children/${miaId}/family/family-time`);
    expect(pageText(page.body)).toContain('Plan family time');
  });

  it('sends each side round to its own door', async () => {
    const { miaId, dani, sam } = world.scene;

    const daniAtStaffDoor = await (
      await world.visitorFor(dani)
    ).get(`/children/${miaId}/family/family-time/${both}`);
    const samAtParentDoor = await (await world.visitorFor(sam)).get(`/family/${miaId}/family-time`);

    expect(daniAtStaffDoor.statusCode).toBe(303);
    expect(daniAtStaffDoor.headers.location).toBe(sessionUrl(miaId, both, 'parent'));
    expect(samAtParentDoor.headers.location).toBe(`/children/${miaId}/family/family-time`);
  });
});

describe('saying “I’ll be there”', () => {
  it('lets Dani say she will come, and everyone going sees it', async () => {
    const { miaId, dani, sam } = world.scene;
    const daniVisitor = await world.visitorFor(dani);

    const before = await daniVisitor.get(sessionUrl(miaId, both, 'parent'));
    expect(pageText(before.body)).toContain('I’ll be there');
    const confirmed = await daniVisitor.post(`${sessionUrl(miaId, both, 'parent')}/confirm`, {});
    expect(confirmed.statusCode).toBe(303);

    const after = pageText((await daniVisitor.get(sessionUrl(miaId, both, 'parent'))).body);
    expect(after).toContain('You said you’ll be there');
    expect(after).not.toContain('I’ll be there on');
    const forSam = await (await world.visitorFor(sam)).get(sessionUrl(miaId, both, 'staff'));
    expect(pageText(forSam.body)).toContain('Dani Price (said they’ll be there)');
    const audits = await auditsOf(world.database.db, 'family_time.confirmed', both);
    expect(audits[0]).toMatchObject({ actorId: dani.id, recordType: 'family_time_session' });
  });

  it('is for the parents invited only, and only before it starts', async () => {
    const { miaId, dani, sam, lee } = world.scene;

    const bySam = await (
      await world.visitorFor(sam)
    ).post(`${sessionUrl(miaId, both, 'staff')}/confirm`, {});
    const byDaniNotInvited = await (
      await world.visitorFor(dani)
    ).post(`${sessionUrl(miaId, leeOnly, 'parent')}/confirm`, {});
    const byDaniTooLate = await (
      await world.visitorFor(dani)
    ).post(`${sessionUrl(miaId, lastWeek, 'parent')}/confirm`, {});
    const byLee = await (await world.visitorFor(lee)).get(sessionUrl(miaId, both, 'parent'));

    expect(bySam.statusCode).toBe(403);
    expect(byDaniNotInvited.statusCode).toBe(404);
    expect(byDaniTooLate.statusCode).toBe(409);
    expect(pageText(byDaniTooLate.body)).toContain('already started or happened');
    // Lee has not answered: Dani's answer is hers alone.
    expect(pageText(byLee.body)).toContain('You have not said yet');
  });
});

describe('coming up, for other pages', () => {
  it('gives the young person’s and the hub’s lists the next sessions, and a parent only theirs', async () => {
    const { miaId, dani } = world.scene;
    const { db } = world.database;

    const all = await findUpcomingFamilyTime(db, miaId, NOW, 5);
    const danis = await findParentUpcomingFamilyTime(db, dani.id, miaId, NOW, 5);

    expect(all.map((session) => session.id)).toEqual([both, leeOnly]);
    expect(all[0]).toMatchObject({
      kind: 'in_person',
      venue: 'Brookside Family Centre',
      status: 'planned',
    });
    expect(Object.keys(all[0]!).sort()).toEqual([
      'endsAt',
      'id',
      'kind',
      'startsAt',
      'status',
      'venue',
    ]);
    expect(danis.map((session) => session.id)).toEqual([both]);
    expect(danis[0]!.confirmedAt).toEqual(NOW);
  });
});

describe('earlier family time', () => {
  it('shows the last twenty, then the rest behind “Earlier”', async () => {
    const { miaId, sam, dani, hannah } = world.scene;
    const { db } = world.database;
    for (let week = 2; week <= 22; week += 1) {
      const startsAt = new Date(Date.UTC(2026, 10, 5 - 7 * week, 16));
      const id = await store.insertSession(db, {
        childId: miaId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000),
        kind: 'video',
        isSupervised: false,
        supervisedBy: '',
        venue: '',
        transport: '',
        notesForFamily: '',
        createdBy: hannah.id,
        at: startsAt,
      });
      await store.replaceInvitees(db, id, [dani.id], false);
    }
    const visitor = await world.visitorFor(sam);

    const first = await visitor.get(`/children/${miaId}/family/family-time`);
    const second = await visitor.get(`/children/${miaId}/family/family-time?page=2`);
    const nonsense = await visitor.get(`/children/${miaId}/family/family-time?page=banana`);

    const countPast = (html: string) =>
      (html.split('id="past"')[1]!.match(/<article>/g) ?? []).length;
    expect(countPast(first.body)).toBe(20);
    expect(first.body).toContain(`/children/${miaId}/family/family-time?page=2`);
    expect(pageText(first.body)).toContain('Earlier');
    expect(countPast(second.body)).toBe(2);
    expect(pageText(second.body)).toContain('Later');
    expect(pageText(second.body)).not.toContain('Coming up');
    expect(nonsense.statusCode).toBe(200);
  });
});
