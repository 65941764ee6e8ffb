// The demo agency's courses say which of a child's needs they prepare a carer for, so matching
// can weigh carers' training against a child's needs. Referrals are seeded by the referrals feature.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../core/context.ts';
import { trainingCourses } from '../../core/db/tables.ts';
import type { NeedCode } from '../children/index.ts';

/** Which needs each demo course (by title) prepares carers for. */
export const DEMO_COURSE_NEEDS: Record<string, NeedCode[]> = {
  'Attachment and therapeutic care': ['attachment', 'trauma'],
  'Managing behaviour': ['behaviour'],
  'Safeguarding children': ['exploitation', 'sexualised_behaviour'],
  'Health and wellbeing': ['emotional_wellbeing', 'substance_use'],
  'Child development': ['baby', 'learning_disability'],
  'Identity, culture and faith': ['asylum'],
  'Relationships and family time': ['teenager'],
};

/** Sets what each demo course prepares for; courses not named keep what they have. */
export async function seedDemoMatching(tx: Ctx): Promise<void> {
  for (const [title, needs] of Object.entries(DEMO_COURSE_NEEDS)) {
    await tx.db
      .update(trainingCourses)
      .set({ preparesForNeeds: needs })
      .where(eq(trainingCourses.title, title));
  }
}
