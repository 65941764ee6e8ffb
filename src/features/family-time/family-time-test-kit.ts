// What the family time tests share: the partnership scene (Mia, Sam, Hannah, Dani, Lee and the
// strangers) on a fresh database, the app with its clock standing still, and a quick way to plan
// a session as Hannah would.
import { and, desc, eq } from 'drizzle-orm';
import {
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { actorFor, ctxFor, type TestUser } from '../../../test/support/factories.ts';
import {
  buildPartnershipScene,
  type PartnershipScene,
} from '../../../test/support/partnership-scene.ts';
import type { Database, Db } from '../../core/db/connect.ts';
import { auditEvents } from '../../core/db/tables.ts';
import { planSession } from './plan-service.ts';

/** Tuesday 10 November 2026, 10am in London (Mia has lived with Sam and Alex since October). */
export const NOW = new Date('2026-11-10T10:00:00Z');

/** Thursday's family time, as Hannah fills in the form. */
export const THURSDAY = {
  date: '2026-11-12',
  start_time: '16:00',
  end_time: '17:30',
  kind: 'in_person',
  is_supervised: 'yes',
  supervised_by: 'Marcia, family time worker',
  venue: 'Brookside Family Centre',
  transport: 'Sam drives Mia there and back',
  notes_for_family: 'Mia would love to play cards. Snacks are provided.',
};

export type FamilyTimeWorld = {
  database: Database & { drop: () => Promise<void> };
  scene: PartnershipScene;
  testApp: TestApp;
  visitorFor: (user: TestUser) => Promise<Visitor>;
  /** Plans a session as `by` (Hannah unless said), inviting the parents given. */
  plan: (invitees: TestUser[], form?: Partial<typeof THURSDAY>, by?: TestUser) => Promise<string>;
  close: () => Promise<void>;
};

/** The scene, the app, and a way to sign anyone in. */
export async function openFamilyTimeWorld(): Promise<FamilyTimeWorld> {
  const database = await openTestDatabase();
  const scene = await buildPartnershipScene(database.db);
  const testApp = await startTestApp(database, {}, () => NOW);
  return {
    database,
    scene,
    testApp,
    visitorFor: (user) => signedInVisitor(testApp, user),
    plan: async (invitees, form = {}, by = scene.hannah) => {
      const ctx = ctxFor(database.db, await actorFor(database.db, by), NOW);
      const body = { ...THURSDAY, ...form, invitees: invitees.map((parent) => parent.id) };
      const { sessionId } = await planSession(ctx, scene.miaId, body, testApp.config.publicUrl);
      return sessionId;
    },
    close: async () => {
      await testApp.close();
      await database.drop();
    },
  };
}

/** The staff and carers' address of a session, or the parents'. */
export function sessionUrl(childId: string, sessionId: string, side: 'staff' | 'parent'): string {
  return side === 'parent'
    ? `/family/${childId}/family-time/${sessionId}`
    : `/children/${childId}/family/family-time/${sessionId}`;
}

/** The audit entries left for an action on a record, newest first. */
export async function auditsOf(db: Db, action: string, recordId?: string) {
  return db
    .select({
      actorId: auditEvents.actorId,
      outcome: auditEvents.outcome,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      fields: auditEvents.fields,
    })
    .from(auditEvents)
    .where(
      recordId
        ? and(eq(auditEvents.action, action), eq(auditEvents.recordId, recordId))
        : eq(auditEvents.action, action),
    )
    .orderBy(desc(auditEvents.id));
}

/** Every string that must never reach Mia's parents, for looking through a page or a feed. */
export function leaksIn(text: string, secrets: Record<string, string>): string[] {
  return Object.values(secrets).filter((secret) => text.includes(secret));
}
