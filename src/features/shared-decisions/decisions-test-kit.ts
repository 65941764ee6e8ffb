// What the shared decisions tests share: the partnership scene (Mia with Sam and Alex in a
// confidential home, her mum Dani and dad Lee, Hannah, Priya, and the strangers Ruth, Olu and Kim)
// in the whole application on Tuesday 10 November 2026, with who decides what agreed for Mia.
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
import {
  auditEvents,
  childDelegatedAuthority,
  type DecidedBy,
  type DelegatedTopic,
} from '../../core/db/tables.ts';

/** Five weeks after Mia came to Sam and Alex. */
export const NOW = new Date('2026-11-10T10:00:00Z');
export const TODAY = '2026-11-10';

/**
 * Mia's plan: her carers decide haircuts and sleepovers, her parents her faith, her social worker
 * medical treatment, holidays abroad together; the rest is not agreed yet.
 */
export const MIA_PLAN: Array<[DelegatedTopic, DecidedBy, string]> = [
  ['haircuts', 'carers', 'Nothing drastic without asking Dani first.'],
  ['sleepovers', 'carers', ''],
  ['religious_observance', 'birth_parents', 'Dani takes Mia to Mass when they can.'],
  ['medical_treatment', 'social_worker', ''],
  ['holidays_abroad', 'shared', ''],
];

export type DecisionsWorld = {
  database: Database & { drop: () => Promise<void> };
  scene: PartnershipScene;
  testApp: TestApp;
  /** One signed-in visitor per person, kept for the whole file. */
  visitorFor: (user: TestUser) => Promise<Visitor>;
  close: () => Promise<void>;
};

/** The scene, Mia's plan, and the app with its clock standing still. */
export async function openDecisionsWorld(): Promise<DecisionsWorld> {
  const database = await openTestDatabase();
  const scene = await buildPartnershipScene(database.db);
  await agreeWhoDecides(database.db, scene.miaId, MIA_PLAN, scene.hannah.id);
  const testApp = await startTestApp(database, {}, () => NOW);
  const visitors = new Map<string, Visitor>();
  return {
    database,
    scene,
    testApp,
    visitorFor: async (user) => {
      const known = visitors.get(user.id);
      if (known) return known;
      const visitor = await signedInVisitor(testApp, user);
      visitors.set(user.id, visitor);
      return visitor;
    },
    close: async () => {
      await testApp.close();
      await database.drop();
    },
  };
}

/** Records who decides what for a child, as staff would on the child's record. */
export async function agreeWhoDecides(
  db: Db,
  childId: string,
  plan: Array<[DelegatedTopic, DecidedBy, string]>,
  updatedBy: string,
): Promise<void> {
  await db
    .insert(childDelegatedAuthority)
    .values(
      plan.map(([topic, decidedBy, notes]) => ({ childId, topic, decidedBy, notes, updatedBy })),
    );
}

/** The staff and carers' address of Mia's decisions, and the parents'. */
export function decisionsPath(side: 'record' | 'family', childId: string): string {
  return side === 'record'
    ? `/children/${childId}/family/decisions`
    : `/family/${childId}/decisions`;
}

/** The request's id at the end of a redirect to its page. */
export function requestIdOf(location: string | string[] | number | undefined): string {
  const match = /\/decisions\/([0-9a-f-]{36})$/.exec(String(location));
  if (!match) throw new Error(`not a request's address: ${String(location)}`);
  return match[1]!;
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
