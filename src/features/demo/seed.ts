// Loads the fictional demo agency into an empty database, for trying Kinfold in every role.
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { hashPassword } from '../accounts/index.ts';
import { seedDemoRecruitment } from '../recruitment/index.ts';
import { seedDemoEvents } from '../enquiries/index.ts';
import { seedDemoArticles } from '../news/index.ts';
import { seedDemoDailyRecords } from '../daily-records/index.ts';
import { seedDemoPlacementRecords } from '../placements/index.ts';
import { seedDemoReferrals } from '../referrals/index.ts';
import { seedDemoMatching } from '../matching/index.ts';
import { seedDemoMyPeople } from '../my-people/index.ts';
import { seedDemoFamilyFinding } from '../family-finding/index.ts';
import { seedDemoPermanency } from '../permanency/index.ts';
import { seedDemoLifeStory } from '../life-story/index.ts';
import { seedDemoVoice } from '../voice/index.ts';
import { seedDemoPartnershipSpace } from '../partnership/index.ts';
import { seedDemoHeldMessage, seedDemoMessages } from '../partnership-messages/index.ts';
import { seedDemoUpdates } from '../shared-updates/index.ts';
import { seedDemoDecisions } from '../shared-decisions/index.ts';
import { seedDemoReunification } from '../reunification/index.ts';
import { seedDemoFamilyTime } from '../family-time/index.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import {
  seedDemoBookings,
  seedDemoCompliance,
  seedDemoElearning,
  seedDemoTraining,
} from '../training/index.ts';
import { generateDemoAgency } from './generate.ts';
import { insertDemoAgency } from './store.ts';
import type { DemoSignIn } from './types.ts';

export type { DemoSignIn } from './types.ts';

/** The password every demo account shares; it is printed at start-up. */
export const DEMO_PASSWORD = 'kinfold-demo-2026';

/**
 * Loads the fictional demo agency into an empty database and returns its sign-ins. With a file
 * store, the life stories get their photos too.
 */
export async function seedDemoAgency(
  ctx: Ctx,
  files: FileStore | null = null,
): Promise<DemoSignIn[]> {
  const agency = generateDemoAgency(ctx.now);
  // Hashed once for every account: argon2 is slow on purpose, and they all share one password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await inTransaction(ctx, async (tx) => {
    await insertDemoAgency(tx.db, agency, passwordHash, ctx.now);
    await seedDemoArticles(tx);
    await seedDemoEvents(tx);
    await seedDemoRecruitment(tx);
    await seedDemoTraining(tx);
    await seedDemoElearning(tx.db);
    await seedDemoBookings(tx);
    await seedDemoCompliance(tx);
    // Placement plans and endings first: it moves two start dates the daily records then follow.
    await seedDemoPlacementRecords(tx);
    await seedDemoDailyRecords(tx);
    await seedDemoReferrals(tx);
    await seedDemoMatching(tx);
    // The map first: family finding adds pacts to people on it.
    await seedDemoMyPeople(tx);
    await seedDemoFamilyFinding(tx);
    await seedDemoPermanency(tx);
    await seedDemoVoice(tx);
    if (files) await seedDemoLifeStory(tx, files);
    // The partnership with birth families: the space first, as it says who is in it.
    await seedDemoPartnershipSpace(tx);
    await seedDemoMessages(tx);
    await seedDemoHeldMessage(tx);
    await seedDemoUpdates(tx, files);
    await seedDemoFamilyTime(tx);
    await seedDemoDecisions(tx);
    await seedDemoReunification(tx);
    await recordAudit(tx, {
      action: 'demo.seeded',
      recordType: 'settings',
      recordId: null,
      fields: [
        'areas',
        'users',
        'households',
        'household_members',
        'children',
        'placements',
        'birth_parents',
        'household_member_checks',
        'child_siblings',
        'child_important_people',
        'child_delegated_authority',
        'partnership_spaces',
        'partnership_messages',
        'shared_updates',
        'family_time_sessions',
        'decision_requests',
        'reunification_plans',
      ],
    });
  });
  return agency.signIns.map((signIn) => ({ ...signIn, password: DEMO_PASSWORD }));
}
