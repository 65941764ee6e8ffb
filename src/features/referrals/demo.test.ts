import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { apiKeys, localAuthorities, referrals } from '../../core/db/tables.ts';
import { ageOn } from '../../core/time/dates.ts';
import { seedDemoReferrals } from './index.ts';

let database: Database & { drop: () => Promise<void> };
let areaIds: Record<string, string>;

beforeAll(async () => {
  database = await openTestDatabase();
  areaIds = {};
  for (const name of ['Northfield', 'Riverside', 'Eastbrook', 'Hillcrest']) {
    areaIds[name] = await buildArea(database.db, name);
  }
  await seedDemoReferrals(ctxFor(database.db, null, new Date('2026-11-23T10:00:00Z')));
});

afterAll(async () => {
  await database.drop();
});

describe('the demo referrals', () => {
  it('come from two councils, with no API keys (a person makes those)', async () => {
    const councils = await database.db
      .select({ name: localAuthorities.name })
      .from(localAuthorities)
      .orderBy(asc(localAuthorities.name));
    expect(councils.map((council) => council.name)).toEqual([
      'Northshire County Council',
      'Riverbank City Council',
    ]);
    expect(await database.db.select().from(apiKeys)).toEqual([]);
  });

  it('hold an emergency tonight, a planned long-term home, a brother and sister, and one declined', async () => {
    const rows = await database.db.select().from(referrals).orderBy(asc(referrals.reference));
    expect(rows.map((row) => row.reference)).toEqual([
      'R-2026-0001',
      'R-2026-0002',
      'R-2026-0003',
      'R-2026-0004',
    ]);
    const today = '2026-11-23';
    const emergency = rows.find((row) => row.urgency === 'immediate')!;
    expect(emergency).toMatchObject({ careType: 'emergency', status: 'new', neededBy: today });

    const planned = rows.find((row) => row.careType === 'long_term')!;
    expect(planned).toMatchObject({ urgency: 'planned', schoolAreaId: areaIds.Northfield });
    expect(ageOn(planned.childDateOfBirth, today)).toBe(10);
    expect(planned.needs).toEqual(expect.arrayContaining(['attachment', 'trauma']));

    const siblings = rows.find((row) => row.siblingsCount > 0)!;
    expect(siblings).toMatchObject({ siblingsCount: 1, siblingsAges: [5], siblingsTogether: true });

    const declined = rows.find((row) => row.status === 'declined')!;
    expect(declined.response).not.toBe('');
    expect(declined.respondedAt).not.toBeNull();
  });
});
