import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildChild, buildUser, ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { familyTimeInvitees, familyTimeNotes, familyTimeSessions } from '../../core/db/tables.ts';
import { findLocatingDetails } from '../partnership/confidentiality.ts';
import { seedDemoFamilyTime } from './index.ts';

// The demo's Mia Price sees her mum Dani every Thursday after school.
let database: Database & { drop: () => Promise<void> };
let ids: { mia: string; dani: string; sam: string; hannah: string };
// A Tuesday morning in London.
const now = new Date('2026-06-02T09:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const dani = await buildUser(db, {
    role: 'birth_parent',
    name: 'Dani Price',
    email: 'parent@kinfold.demo',
  });
  const sam = await buildUser(db, {
    role: 'foster_carer',
    name: 'Sam Okafor',
    email: 'carer@kinfold.demo',
  });
  const hannah = await buildUser(db, {
    role: 'supervising_social_worker',
    name: 'Hannah Kowalski',
    email: 'worker@kinfold.demo',
  });
  const mia = await buildChild(db, { firstName: 'Mia', lastName: 'Price', gender: 'girl' });
  ids = { mia, dani: dani.id, sam: sam.id, hannah: hannah.id };
  await seedDemoFamilyTime(ctxFor(db, null, now));
});
afterAll(() => database.drop());

describe('the demo family time', () => {
  it('plans Thursdays at 16:00 to 17:30 from six weeks ago to three weeks ahead', async () => {
    const sessions = await database.db
      .select()
      .from(familyTimeSessions)
      .orderBy(asc(familyTimeSessions.startsAt));

    expect(sessions).toHaveLength(9);
    for (const session of sessions) {
      const starts = DateTime.fromJSDate(session.startsAt, { zone: 'Europe/London' });
      expect(starts.weekday).toBe(4);
      expect(starts.toFormat('HH:mm')).toBe('16:00');
      expect(session.endsAt.getTime() - session.startsAt.getTime()).toBe(90 * 60 * 1000);
      expect(session).toMatchObject({
        childId: ids.mia,
        venue: 'Brookside Family Centre',
        supervisedBy: 'Marcia, family time worker',
        transport: 'Sam drives Mia there and back',
        createdBy: ids.hannah,
      });
    }
    expect(sessions[0]!.startsAt.getTime()).toBeGreaterThan(now.getTime() - 43 * 86_400_000);
    expect(sessions.at(-1)!.startsAt.getTime()).toBeLessThan(now.getTime() + 22 * 86_400_000);
  });

  it('has one called off by Dani and one by the agency, and notes on the others', async () => {
    const db = database.db;
    const sessions = await db
      .select()
      .from(familyTimeSessions)
      .orderBy(asc(familyTimeSessions.startsAt));
    const cancelled = sessions.filter((session) => session.status === 'cancelled');
    expect(cancelled.map((session) => session.cancelledByParty)).toEqual(['parent', 'agency']);
    expect(cancelled[0]!.cancelledReason).toContain('I had a hospital appointment');
    expect(cancelled[0]!.cancelledBy).toBe(ids.dani);

    const notes = await db.select().from(familyTimeNotes);
    const count = (party: string) => notes.filter((note) => note.party === party).length;
    expect(count('parent')).toBe(2);
    expect(count('child')).toBe(3);
    expect(
      notes.filter((note) => note.party === 'parent').every((note) => note.authorId === ids.dani),
    ).toBe(true);
    expect(
      notes.filter((note) => note.party === 'carer').every((note) => note.authorId === ids.sam),
    ).toBe(true);
    expect(
      notes.filter((note) => note.party === 'worker').every((note) => note.authorId === ids.hannah),
    ).toBe(true);
    expect(notes.some((note) => note.note.startsWith('I liked playing Uno with Mum'))).toBe(true);
    const ended = sessions.filter((session) => session.endsAt < now).map((session) => session.id);
    expect(notes.every((note) => ended.includes(note.sessionId))).toBe(true);
  });

  it('has Dani saying she will come to the next one, not yet the one after', async () => {
    const db = database.db;
    const coming = await db
      .select({
        startsAt: familyTimeSessions.startsAt,
        confirmedAt: familyTimeInvitees.confirmedAt,
      })
      .from(familyTimeSessions)
      .innerJoin(familyTimeInvitees, eq(familyTimeInvitees.sessionId, familyTimeSessions.id))
      .orderBy(asc(familyTimeSessions.startsAt));
    const future = coming.filter((row) => row.startsAt > now);
    expect(future.map((row) => row.confirmedAt !== null)).toEqual([true, false, false]);
  });

  it('says nothing that looks like it locates anyone', async () => {
    const db = database.db;
    const sessions = await db.select().from(familyTimeSessions);
    const notes = await db.select().from(familyTimeNotes);
    const words = [
      ...sessions.flatMap((session) => [
        session.venue,
        session.notesForFamily,
        session.cancelledReason,
      ]),
      ...notes.map((note) => note.note),
    ];
    expect(words.flatMap((text) => findLocatingDetails(text, []))).toEqual([]);
  });
});
