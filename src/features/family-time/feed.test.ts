import ICAL from 'ical.js';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, Visitor } from '../../../test/support/app.ts';
import { actorFor, type TestUser } from '../../../test/support/factories.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { birthParents, placements, reunificationPlans } from '../../core/db/tables.ts';
import * as store from './store.ts';
import {
  auditsOf,
  leaksIn,
  openFamilyTimeWorld,
  sessionUrl,
  type FamilyTimeWorld,
} from './family-time-test-kit.ts';

// Dani, Sam and Hannah each put family time in their calendars. Thursday's is for Dani, the week
// after is for Lee only, and the one after that was called off. Olu supervises another home.
let world: FamilyTimeWorld;

beforeAll(async () => {
  world = await openFamilyTimeWorld();
  const { dani, lee, miaId } = world.scene;
  await world.plan([dani]);
  await world.plan([lee], { date: '2026-11-19', venue: 'Riverside Play Barn' });
  const cancelled = await world.plan([dani], { date: '2026-11-26' });
  await (
    await world.visitorFor(dani)
  ).post(`${sessionUrl(miaId, cancelled, 'parent')}/cancel`, {
    reason: 'I had a hospital appointment',
  });
});
afterAll(() => world.close());

/** Makes this person a calendar address from a child's page, and returns its path. */
async function makeFeed(user: TestUser, childId = world.scene.miaId): Promise<string> {
  const visitor = await world.visitorFor(user);
  const page =
    user.role === 'birth_parent'
      ? `/family/${childId}/family-time/calendar`
      : `/children/${childId}/family/family-time/calendar`;
  expect((await visitor.post(page, {})).statusCode).toBe(303);
  const shown = await visitor.get(page);
  const address = /id="calendar-address">([^<]+)</.exec(shown.body)![1]!;
  expect(address.startsWith(`${world.testApp.config.publicUrl}/calendars/family-time/`)).toBe(true);
  return address.slice(world.testApp.config.publicUrl.length);
}

async function fetchFeed(path: string) {
  return new Visitor(world.testApp).get(path);
}

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({
    event: new ICAL.Event(vevent),
    status: vevent.getFirstPropertyValue('status'),
  }));
}

describe('Dani’s family time calendar', () => {
  it('has her sessions at 16:00 London time, the venue, and nothing that locates Mia', async () => {
    const feed = await fetchFeed(await makeFeed(world.scene.dani));

    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('no-store');
    const events = eventsOf(feed.body);
    expect(events.map(({ event }) => event.summary)).toEqual([
      'Family time with Mia',
      'Family time with Mia',
    ]);
    const [thursday, cancelled] = events;
    expect(thursday!.event.location).toBe('Brookside Family Centre');
    expect(thursday!.event.startDate.zone.tzid).toBe('Europe/London');
    expect([thursday!.event.startDate.hour, thursday!.event.startDate.minute]).toEqual([16, 0]);
    expect(thursday!.event.description).toBe(
      'Meeting in person\nSupervised by Marcia, family time worker\nNotes: Mia would love to play cards. Snacks are provided.',
    );
    expect(thursday!.status).toBe('CONFIRMED');
    expect(cancelled!.status).toBe('CANCELLED');
    expect(feed.body).toContain('BEGIN:VTIMEZONE');
    expect(feed.body).not.toContain('Riverside');
    expect(feed.body).not.toContain('Sam drives');
    expect(feed.body).not.toContain('Brackenridge');
    expect(leaksIn(feed.body, MIA_SECRETS)).toEqual([]);
  });

  it('stops working at the old address when she makes a new one', async () => {
    const old = await makeFeed(world.scene.dani);
    const fresh = await makeFeed(world.scene.dani);

    expect(fresh).not.toBe(old);
    expect((await fetchFeed(old)).statusCode).toBe(404);
    expect((await fetchFeed(fresh)).statusCode).toBe(200);
    const audits = await auditsOf(
      world.database.db,
      'family_time.feed_created',
      world.scene.dani.id,
    );
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(audits[0]!.recordType).toBe('family_time_feed');
  });

  it('is empty once staff keep her out of the space', async () => {
    const { db } = world.database;
    const path = await makeFeed(world.scene.dani);
    await db
      .update(birthParents)
      .set({ spaceLevel: 'not_in_space' })
      .where(
        and(
          eq(birthParents.userId, world.scene.dani.id),
          eq(birthParents.childId, world.scene.miaId),
        ),
      );

    const feed = await fetchFeed(path);

    expect(feed.statusCode).toBe(200);
    expect(feed.body).not.toContain('BEGIN:VEVENT');
    await db
      .update(birthParents)
      .set({ spaceLevel: 'direct' })
      .where(
        and(
          eq(birthParents.userId, world.scene.dani.id),
          eq(birthParents.childId, world.scene.miaId),
        ),
      );
  });
});

describe('the carers’ and workers’ calendars', () => {
  it('gives Sam every session of Mia’s, with the transport', async () => {
    const feed = await fetchFeed(await makeFeed(world.scene.sam));

    const events = eventsOf(feed.body);
    expect(events).toHaveLength(3);
    expect(events[0]!.event.description).toContain('Getting there: Sam drives Mia there and back');
    expect(feed.body).toContain('Riverside Play Barn');
  });

  it('gives Hannah the sessions of the homes she supervises', async () => {
    const feed = await fetchFeed(await makeFeed(world.scene.hannah));
    expect(eventsOf(feed.body)).toHaveLength(3);
  });

  it('shows Olu nothing of Mia’s, from a calendar made at his own child’s page', async () => {
    const { olu, miaId } = world.scene;
    const oluChild = (await actorFor(world.database.db, olu)).reach.childIdsInAllocatedHomes[0]!;

    const atMia = await (
      await world.visitorFor(olu)
    ).get(`/children/${miaId}/family/family-time/calendar`);
    const feed = await fetchFeed(await makeFeed(olu, oluChild));

    expect(atMia.statusCode).toBe(404);
    expect(feed.statusCode).toBe(200);
    expect(feed.body).not.toContain('BEGIN:VEVENT');
    expect(feed.body).not.toContain('Mia');
  });

  it('tells Priya the calendar is for the people going, and makes her none', async () => {
    const visitor = await world.visitorFor(world.scene.priya);
    const page = `/children/${world.scene.miaId}/family/family-time/calendar`;

    const shown = await visitor.get(page);
    const made = await visitor.post(page, {});

    expect(shown.statusCode).toBe(200);
    expect(pageText(shown.body)).toContain('for the people going to family time');
    expect(shown.body).not.toContain('Make my calendar address');
    expect(made.statusCode).toBe(403);
  });
});

describe('addresses that open nothing', () => {
  it('answers 404 for a malformed or unknown token', async () => {
    for (const path of [
      '/calendars/family-time/nope.ics',
      `/calendars/family-time/${'A'.repeat(43)}.ics`,
      `/calendars/family-time/${'A'.repeat(43)}`,
    ]) {
      expect((await fetchFeed(path)).statusCode, path).toBe(404);
    }
  });
});

describe('after a child goes home', () => {
  it('moves Theo’s family time to the calendar of the worker supporting his family', async () => {
    const { db } = world.database;
    const { theoId, abena, hannah, olu } = world.scene;
    const startsAt = new Date('2026-11-14T11:00:00Z');
    const sessionId = await store.insertSession(db, {
      childId: theoId,
      startsAt,
      endsAt: new Date('2026-11-14T12:00:00Z'),
      kind: 'phone',
      isSupervised: false,
      supervisedBy: '',
      venue: '',
      transport: '',
      notesForFamily: '',
      createdBy: hannah.id,
      at: startsAt,
    });
    await store.replaceInvitees(db, sessionId, [abena.id], false);
    const hannahFeed = await makeFeed(hannah);
    const oluFeed = await makeFeed(
      olu,
      (await actorFor(db, olu)).reach.childIdsInAllocatedHomes[0]!,
    );
    expect((await fetchFeed(hannahFeed)).body).toContain('Family time with Theo');

    await db
      .update(placements)
      .set({ endedOn: '2026-11-09' })
      .where(eq(placements.childId, theoId));
    await db.insert(reunificationPlans).values({
      childId: theoId,
      aim: 'Theo lives at home with his mum',
      status: 'home',
      wentHomeOn: '2026-11-09',
      supportWorkerId: olu.id,
    });

    expect((await fetchFeed(hannahFeed)).body).not.toContain('Theo');
    expect((await fetchFeed(oluFeed)).body).toContain('Family time with Theo');
  });
});
