import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildChild, buildUser, ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { youngPersonVoice } from '../../core/db/tables.ts';
import { seedDemoVoice } from './index.ts';

// The demo's Zara Ahmed has written four things over the last months: one answered by Hannah.
let database: Database & { drop: () => Promise<void> };
let hannahId: string;
let zaraId: string;
const now = new Date('2026-06-01T09:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  hannahId = (
    await buildUser(db, {
      role: 'supervising_social_worker',
      name: 'Hannah Kowalski',
      email: 'worker@kinfold.demo',
    })
  ).id;
  const zara = await buildUser(db, { role: 'young_person', name: 'Zara Ahmed' });
  // Another Zara, with no account of her own, is left alone.
  await buildChild(db, { firstName: 'Zara', lastName: 'Ahmed' });
  zaraId = await buildChild(db, {
    firstName: 'Zara',
    lastName: 'Ahmed',
    youngPersonUserId: zara.id,
  });
  await seedDemoVoice(ctxFor(db, null, now));
});
afterAll(async () => database.drop());

describe('the demo voice', () => {
  it('gives Zara two things to know and two questions over the last months, one answered', async () => {
    const rows = await database.db
      .select()
      .from(youngPersonVoice)
      .orderBy(asc(youngPersonVoice.createdAt));
    expect(rows.map((row) => [row.kind, row.isSharedWithCarers, row.childId])).toEqual([
      ['want_to_know', true, zaraId],
      ['want_to_know', false, zaraId],
      ['question', true, zaraId],
      ['question', false, zaraId],
    ]);
    expect(rows.every((row) => row.createdAt < now)).toBe(true);
    expect(rows[0]!.createdAt.getTime()).toBeLessThan(now.getTime() - 90 * 24 * 3600 * 1000);
    const answered = rows.filter((row) => row.answeredAt !== null);
    expect(answered).toHaveLength(1);
    expect(answered[0]!.answeredBy).toBe(hannahId);
    expect(answered[0]!.answeredAt!.getTime()).toBeGreaterThan(answered[0]!.createdAt.getTime());
    expect(answered[0]!.answeredAt!.getTime()).toBeLessThan(now.getTime());
  });
});
