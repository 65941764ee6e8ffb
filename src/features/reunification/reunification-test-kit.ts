// What the going-home tests share: the partnership scene (Mia with Sam and Alex in a confidential
// home supervised by Hannah; her mum Dani; Ruth, Olu and Kim as strangers; Priya the manager) on a
// fresh database, the app with its clock standing still, and a plan written through the forms.
import { and, desc, eq } from 'drizzle-orm';
import {
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import {
  buildPartnershipScene,
  type PartnershipScene,
} from '../../../test/support/partnership-scene.ts';
import type { Database, Db } from '../../core/db/connect.ts';
import { auditEvents, placements } from '../../core/db/tables.ts';

/** Tuesday 17 November 2026, 10am in London: six weeks after Mia came to Sam and Alex. */
export const NOW = new Date('2026-11-17T10:00:00Z');
export const TODAY = '2026-11-17';

export type ReunificationWorld = {
  database: Database & { drop: () => Promise<void> };
  scene: PartnershipScene;
  testApp: TestApp;
  visitorFor: (user: TestUser) => Promise<Visitor>;
  close: () => Promise<void>;
};

/** The scene, the app, and a way to sign anyone in. */
export async function openReunificationWorld(): Promise<ReunificationWorld> {
  const database = await openTestDatabase();
  const scene = await buildPartnershipScene(database.db);
  const testApp = await startTestApp(database, {}, () => NOW);
  return {
    database,
    scene,
    testApp,
    visitorFor: (user) => signedInVisitor(testApp, user),
    close: async () => {
      await testApp.close();
      await database.drop();
    },
  };
}

/** The staff address of Mia's going-home page, or of one of its forms. */
export const staffPath = (childId: string, form = '') =>
  `/children/${childId}/family/going-home${form ? `/${form}` : ''}`;

/** The parents' address of the going-home page. */
export const familyPath = (childId: string) => `/family/${childId}/going-home`;

/** What Hannah writes: the words are the tests' to look for. */
export const PLAN = {
  aim: 'Mia goes home to live with Dani, safe and settled, by the spring.',
  support: 'A parenting course, help with housing, and family time growing week by week.',
  familyStep: 'Finish the parenting course',
  agencyStep: 'Write a letter for the housing team',
  togetherStep: 'Plan bedtimes together',
  doneStep: 'Go to the housing appointment',
  goal: 'A settled home for Mia',
  forFamily: 'A good review: you have been at every family time.',
  staffNotes: 'Rent arrears still to check with the housing officer.',
};

/** Hannah starts Mia's plan with a goal, four steps and a review, all through the forms. */
export async function writeMiasPlan(hannah: Visitor, miaId: string): Promise<void> {
  const posts: Array<[string, Record<string, string>]> = [
    [
      'plan',
      {
        aim: PLAN.aim,
        support_offered: PLAN.support,
        target_on: '2027-03-01',
        next_review_on: '2026-12-08',
      },
    ],
    ['steps/new', step('goal', PLAN.goal, 'together', 'going')],
    ['steps/new', step('step', PLAN.familyStep, 'family', 'going', '8 of 12 sessions done')],
    ['steps/new', step('step', PLAN.agencyStep, 'agency', 'not_started')],
    ['steps/new', step('step', PLAN.togetherStep, 'together', 'not_started')],
    ['steps/new', step('step', PLAN.doneStep, 'family', 'done')],
    [
      'reviews/new',
      {
        held_on: '2026-11-10',
        how_it_is: 'going_well',
        for_family: PLAN.forFamily,
        staff_notes: PLAN.staffNotes,
        next_on: '2026-12-01',
      },
    ],
  ];
  for (const [form, fields] of posts) {
    const response = await hannah.post(staffPath(miaId, form), fields);
    if (response.statusCode !== 303) {
      throw new Error(`${form} answered ${response.statusCode}: ${response.body.slice(0, 2000)}`);
    }
  }
}

function step(
  kind: 'goal' | 'step',
  title: string,
  who: string,
  status: string,
  progress = '',
): Record<string, string> {
  return { kind, title, detail: '', who, due_on: '', status, progress, position: '' };
}

/** Ends Mia's time with Sam and Alex, as the placement's own form would: she went home. */
export async function endMiasPlacement(db: Db, placementId: string, endedOn: string) {
  await db
    .update(placements)
    .set({ endedOn, endReason: 'Went home to her mum', endReasonKind: 'return_home' })
    .where(eq(placements.id, placementId));
}

/** The audit entries this person left for an action, newest first. */
export async function auditedBy(db: Db, actorId: string, action: string) {
  return db
    .select({
      outcome: auditEvents.outcome,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      fields: auditEvents.fields,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), eq(auditEvents.action, action)))
    .orderBy(desc(auditEvents.id));
}
