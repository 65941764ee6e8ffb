// Builders for the matching service and page tests: areas at known places, local authorities,
// referrals, and carers' completed courses, so each test reads as a short story.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../core/db/connect.ts';
import {
  areas,
  localAuthorities,
  referrals,
  trainingCompletions,
  trainingCourses,
} from '../../core/db/tables.ts';

const unique = () => randomBytes(4).toString('hex');

/** An area with its middle at a known place. */
export async function buildAreaAt(
  db: Db,
  name: string,
  at: { latitude: number; longitude: number } | null,
): Promise<string> {
  const [row] = await db
    .insert(areas)
    .values({ name: `${name} ${unique()}`, latitude: at?.latitude, longitude: at?.longitude })
    .returning({ id: areas.id });
  return row!.id;
}

/** A local authority that refers children. */
export async function buildAuthority(db: Db, name = 'Northshire County Council'): Promise<string> {
  const [row] = await db
    .insert(localAuthorities)
    .values({ name: `${name} ${unique()}` })
    .returning({ id: localAuthorities.id });
  return row!.id;
}

/** A referral: Mia Price, born 2017-03-04, long-term care, attachment and trauma needs. */
export async function buildReferral(
  db: Db,
  authorityId: string,
  overrides: Partial<typeof referrals.$inferInsert> = {},
): Promise<string> {
  const [row] = await db
    .insert(referrals)
    .values({
      reference: `R-${unique()}`,
      authorityId,
      receivedVia: 'staff',
      childFirstName: 'Mia',
      childLastName: 'Price',
      childDateOfBirth: '2017-03-04',
      careType: 'long_term',
      urgency: 'within_week',
      needs: ['attachment', 'trauma'],
      needsSummary: 'Mia has moved three times and finds new adults hard to trust.',
      schoolName: 'St Anne’s Primary',
      socialWorkerName: 'Priya Shah',
      socialWorkerEmail: 'priya.shah@northshire.example',
      socialWorkerPhone: '01632 960 111',
      ...overrides,
    })
    .returning({ id: referrals.id });
  return row!.id;
}

/** A course that prepares for some needs, completed by a carer (a household member). */
export async function completeCourse(
  db: Db,
  carerMemberId: string,
  preparesForNeeds: string[],
): Promise<void> {
  const [course] = await db
    .insert(trainingCourses)
    .values({
      title: `Course ${unique()}`,
      durationMinutes: 180,
      deliveryMode: 'classroom',
      audience: 'all_carers',
      preparesForNeeds,
    })
    .returning({ id: trainingCourses.id });
  await db.insert(trainingCompletions).values({
    carerId: carerMemberId,
    courseId: course!.id,
    completedOn: '2025-05-01',
    source: 'recorded',
  });
}
