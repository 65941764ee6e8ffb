import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visitor } from '../../../test/support/app.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import { familyTimeNotes, familyTimeSessions } from '../../core/db/tables.ts';
import { openFamilyTimeWorld, type FamilyTimeWorld } from './family-time-test-kit.ts';

// Ruth fosters another child, Olu supervises another home, Kim is another child's mother. None of
// them may learn that Mia has family time, through either door, by looking or by posting.
let world: FamilyTimeWorld;
let thursday: string;
let lastThursday: string;

beforeAll(async () => {
  world = await openFamilyTimeWorld();
  thursday = await world.plan([world.scene.dani]);
  lastThursday = await world.plan([world.scene.dani], { date: '2026-11-05' });
});
afterAll(() => world.close());

function addresses(childId: string) {
  const doors = [`/children/${childId}/family/family-time`, `/family/${childId}/family-time`];
  return {
    gets: [
      ...doors.flatMap((door) => [
        door,
        `${door}/${thursday}`,
        `${door}/${lastThursday}`,
        `${door}/calendar`,
      ]),
      `${doors[0]}/new`,
      `${doors[0]}/${thursday}/edit`,
    ],
    posts: [
      ...doors.flatMap((door) => [
        `${door}/${thursday}/confirm`,
        `${door}/${lastThursday}/notes`,
        `${door}/${thursday}/cancel`,
        `${door}/calendar`,
      ]),
      `${doors[0]}/new`,
      `${doors[0]}/${thursday}/edit`,
    ],
  };
}

// A page may send someone round to their own door first; where they end up must be a 404.
async function finalStatus(visitor: Visitor, url: string): Promise<number> {
  const response = await visitor.get(url);
  if (response.statusCode !== 303) return response.statusCode;
  return (await visitor.get(response.headers.location!)).statusCode;
}

describe('people with no part in Mia’s life', () => {
  it.each(['ruth', 'olu', 'kim'] as const)(
    'finds nothing at any family time address: %s',
    async (name) => {
      const stranger = world.scene[name] as TestUser;
      const visitor = await world.visitorFor(stranger);
      const { gets, posts } = addresses(world.scene.miaId);

      for (const url of gets) {
        expect(await finalStatus(visitor, url), `GET ${url}`).toBe(404);
      }
      for (const url of posts) {
        const response = await visitor.post(url, {
          reason: 'Not mine',
          note: 'Not mine',
          attendance: 'attended',
          cancelled_by_party: 'agency',
        });
        expect(response.statusCode, `POST ${url}`).toBe(404);
      }
    },
  );

  it('left nothing changed behind them', async () => {
    const { db } = world.database;
    const sessions = await db.select().from(familyTimeSessions);
    expect(sessions.every((session) => session.status === 'planned')).toBe(true);
    expect(await db.select().from(familyTimeNotes)).toHaveLength(0);
  });
});
