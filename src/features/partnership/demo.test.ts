import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import {
  birthParents,
  children,
  partnershipChildGuides,
  partnershipSpaces,
  partnershipStarts,
  placements,
  users,
} from '../../core/db/tables.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { seedDemoPartnershipSpace } from './index.ts';
import { introMeetingDeadline } from './start-rules.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';

// The demo: Dani is in Mia's space with her messages arriving as sent; she met Sam and Jess a few
// days after Mia arrived, Sam phoned her the next day, and she has told them about Mia. Theo's
// space says Grace is his mum's mum.
let database: Database & { drop: () => Promise<void> };
const now = new Date();

beforeAll(async () => {
  database = await openTestDatabase();
  const ctx = ctxFor(database.db, null, now);
  await seedDemoAgency(ctx);
  await seedDemoPartnershipSpace(ctx);
});
afterAll(async () => database.drop());

async function childNamed(firstName: string, lastName: string) {
  const [child] = await database.db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, firstName), eq(children.lastName, lastName)));
  return child!.id;
}

describe('the demo partnership spaces', () => {
  it('puts Dani in Mia’s space with her messages arriving as sent', async () => {
    const miaId = await childNamed('Mia', 'Price');
    const [dani] = await database.db
      .select({ level: birthParents.spaceLevel, reason: birthParents.spaceLevelReason })
      .from(birthParents)
      .innerJoin(users, eq(users.id, birthParents.userId))
      .where(and(eq(birthParents.childId, miaId), eq(users.name, 'Dani Price')));
    expect(dani).toEqual({ level: 'direct', reason: '' });
  });

  it('records Mia’s first days: the meeting within the rule, the call the day after she arrived', async () => {
    const miaId = await childNamed('Mia', 'Price');
    const [home] = await database.db
      .select({ id: placements.id, startedOn: placements.startedOn })
      .from(placements)
      .where(and(eq(placements.childId, miaId), isNull(placements.endedOn)));
    const [start] = await database.db
      .select()
      .from(partnershipStarts)
      .where(eq(partnershipStarts.placementId, home!.id));
    const today = await agencyToday(database.db, now);
    expect(start!.childId).toBe(miaId);
    expect(start!.introHeldOn! > home!.startedOn).toBe(true);
    expect(start!.introHeldOn! <= introMeetingDeadline(home!.startedOn, ENGLAND).dueOn).toBe(true);
    expect(start!.introHeldOn! <= today).toBe(true);
    expect(start!.introScheduledAt).not.toBeNull();
    expect(start!.introPlace).not.toBe('');
    const dayAfter = new Date(`${home!.startedOn}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    expect(start!.comfortCallHeldOn).toBe(dayAfter.toISOString().slice(0, 10));
  });

  it('has Dani’s guide for Mia’s carers, every part of it written, Mr Buttons and all', async () => {
    const miaId = await childNamed('Mia', 'Price');
    const [guide] = await database.db
      .select({
        routines: partnershipChildGuides.routines,
        comforts: partnershipChildGuides.comforts,
        food: partnershipChildGuides.food,
        bedtime: partnershipChildGuides.bedtime,
        writer: users.name,
      })
      .from(partnershipChildGuides)
      .innerJoin(users, eq(users.id, partnershipChildGuides.updatedBy))
      .where(eq(partnershipChildGuides.childId, miaId));
    expect(guide!.writer).toBe('Dani Price');
    for (const answer of [guide!.routines, guide!.comforts, guide!.food, guide!.bedtime]) {
      expect(answer.length).toBeGreaterThan(40);
    }
    expect(guide!.comforts).toContain('Mr Buttons');
  });

  it('says in Theo’s space how Grace is related to his mum', async () => {
    const theoId = await childNamed('Theo', 'Mensah');
    const [space] = await database.db
      .select()
      .from(partnershipSpaces)
      .where(eq(partnershipSpaces.childId, theoId));
    expect(space!.carersRelationship).toBe('Grace is Theo’s grandmother: his mum’s mum');
    expect(space!.emailLabel).toBe('');
  });

  it('does nothing in an agency without them', async () => {
    const empty = await openTestDatabase();
    try {
      await seedDemoPartnershipSpace(ctxFor(empty.db, null, now));
      expect(await empty.db.select().from(partnershipStarts)).toEqual([]);
      expect(await empty.db.select().from(partnershipSpaces)).toEqual([]);
    } finally {
      await empty.drop();
    }
  });
});
