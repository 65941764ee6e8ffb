import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { selectRows, toCount } from '../../core/db/rows.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { checkClassroomSession } from './session-rules.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };
const now = new Date('2026-11-22T09:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  // The demo agency loads its bookings with everything else.
  await seedDemoAgency(ctxFor(database.db, null, now));
}, 120_000);
afterAll(() => database.drop());

function rows<Row extends Record<string, unknown>>(query: ReturnType<typeof sql>) {
  return selectRows<Row>(database.db, query);
}

const placesOf = (email: string) =>
  rows<{ status: string; starts_at: Date; is_catch_up: boolean }>(sql`
    SELECT b.status, s.starts_at, s.is_catch_up FROM training_bookings b
    JOIN training_sessions s ON s.id = b.session_id
    JOIN household_members m ON m.id = b.carer_id
    JOIN users u ON u.id = m.user_id
    WHERE u.email = ${email} ORDER BY s.starts_at`);

describe('the demo bookings', () => {
  it('puts every household near its area’s venues, to two decimal places', async () => {
    const homes = await rows<{ latitude: number | null; longitude: number | null }>(
      sql`SELECT latitude, longitude FROM households WHERE area_id IS NOT NULL`,
    );
    expect(homes.length).toBeGreaterThan(30);
    for (const home of homes) {
      expect(home.latitude).not.toBeNull();
      expect(Math.round(home.latitude! * 100) / 100).toBe(home.latitude);
      expect(Math.round(home.longitude! * 100) / 100).toBe(home.longitude);
    }
  });

  it('books Sam Okafor on a session to come, and after he missed one offers him a catch-up', async () => {
    const sam = await placesOf('carer@demo.kinfold.org');
    expect(sam.some((place) => place.status === 'booked' && new Date(place.starts_at) > now)).toBe(
      true,
    );
    expect(sam.some((place) => place.status === 'absent' && new Date(place.starts_at) < now)).toBe(
      true,
    );
    const offers = await rows<{ starts_at: Date; is_catch_up: boolean; status: string }>(sql`
      SELECT s.starts_at, s.is_catch_up, o.status FROM training_catch_up_offers o
      JOIN training_sessions s ON s.id = o.offered_session_id
      JOIN household_members m ON m.id = o.carer_id
      JOIN users u ON u.id = m.user_id
      WHERE u.email = 'carer@demo.kinfold.org'`);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ is_catch_up: true, status: 'open' });
    expect(new Date(offers[0]!.starts_at) > now).toBe(true);
  });

  it('books Grace Mensah too', async () => {
    const grace = await placesOf('kinship@demo.kinfold.org');
    expect(grace.some((place) => place.status === 'booked')).toBe(true);
  });

  it('has one session full with two on its waiting list', async () => {
    const full = await rows<{ waiting: unknown }>(sql`
      SELECT (SELECT count(*) FROM training_bookings w
              WHERE w.session_id = s.id AND w.status = 'waiting') AS waiting
      FROM training_sessions s
      WHERE s.capacity = (SELECT count(*) FROM training_bookings b
                          WHERE b.session_id = s.id AND b.status IN ('booked', 'attended', 'absent'))
        AND s.starts_at > ${now.toISOString()}::timestamptz`);
    expect(full.map((session) => toCount(session.waiting))).toEqual([2]);
  });

  it('has two carers in one area waiting for a catch-up nobody has arranged', async () => {
    const demand = await rows<{ area_id: string; carers: unknown }>(sql`
      SELECT h.area_id, count(*) AS carers FROM training_catch_up_offers o
      JOIN household_members m ON m.id = o.carer_id
      JOIN households h ON h.id = m.household_id
      WHERE o.status = 'open' AND o.offered_session_id IS NULL
      GROUP BY h.area_id`);
    expect(demand.map((row) => toCount(row.carers))).toEqual([2]);
  });

  it('holds its past sessions on school days between 10am and 2pm, with the register taken', async () => {
    const calendars = await store.findAreaCalendars(database.db);
    const past = await rows<{
      starts_at: Date;
      ends_at: Date;
      area_id: string;
      unmarked: unknown;
    }>(sql`
      SELECT s.starts_at, s.ends_at, v.area_id,
        (SELECT count(*) FROM training_bookings b
         WHERE b.session_id = s.id AND b.status = 'booked') AS unmarked
      FROM training_sessions s JOIN training_venues v ON v.id = s.venue_id
      WHERE s.starts_at < ${now.toISOString()}::timestamptz`);
    expect(past.length).toBeGreaterThanOrEqual(2);
    for (const session of past) {
      const area = calendars.find((calendar) => calendar.id === session.area_id)!;
      expect(
        checkClassroomSession({
          startsAt: new Date(session.starts_at),
          endsAt: new Date(session.ends_at),
          area,
        }),
      ).toEqual({ ok: true });
      expect(toCount(session.unmarked)).toBe(0);
    }
  });
});
