import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { trainingCourses } from '../../core/db/tables.ts';
import { seedDemoTraining } from '../training/index.ts';
import { DEMO_COURSE_NEEDS } from './demo-matching.ts';
import { seedDemoMatching } from './index.ts';

let database: Database & { drop: () => Promise<void> };

beforeAll(async () => {
  database = await openTestDatabase();
  for (const name of ['Northfield', 'Riverside', 'Eastbrook', 'Hillcrest']) {
    await buildArea(database.db, name);
  }
  const ctx = ctxFor(database.db, null, new Date('2026-11-23T10:00:00Z'));
  await seedDemoTraining(ctx);
  await seedDemoMatching(ctx);
});
afterAll(() => database.drop());

describe('the demo courses and the needs they prepare carers for', () => {
  it('says what each named demo course prepares for, so no title goes unmatched', async () => {
    const courses = await database.db
      .select({ title: trainingCourses.title, needs: trainingCourses.preparesForNeeds })
      .from(trainingCourses);
    const byTitle = new Map(courses.map((course) => [course.title, course.needs]));

    for (const [title, needs] of Object.entries(DEMO_COURSE_NEEDS)) {
      expect(byTitle.get(title), title).toEqual(needs);
    }
    expect(byTitle.get('Skills to Foster')).toEqual([]);
  });
});
