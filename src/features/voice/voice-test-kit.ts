// What the voice tests share: the belonging scene (Zara, Ruth, Hannah, Dani, Sam, Olu, Priya) on
// a fresh database, the app with its clock standing still, and reading the audit trail.
import { and, desc, eq } from 'drizzle-orm';
import {
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { buildBelongingScene, type BelongingScene } from '../../../test/support/belonging-scene.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import type { Database, Db } from '../../core/db/connect.ts';
import { auditEvents } from '../../core/db/tables.ts';

/** Tuesday 10 March 2026, 10am in London. */
export const NOW = new Date('2026-03-10T10:00:00Z');

export type VoiceWorld = {
  database: Database & { drop: () => Promise<void> };
  scene: BelongingScene;
  testApp: TestApp;
  visitorFor: (user: TestUser) => Promise<Visitor>;
  close: () => Promise<void>;
};

/** The scene, the app, and a way to sign anyone in. */
export async function openVoiceWorld(clock: () => Date = () => NOW): Promise<VoiceWorld> {
  const database = await openTestDatabase();
  const scene = await buildBelongingScene(database.db);
  const testApp = await startTestApp(database, {}, clock);
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

/** The id at the end of a redirect or a form's address: /my/voice/<id>/sharing. */
export function voiceIdsIn(html: string): string[] {
  return [...html.matchAll(/\/my\/voice\/([0-9a-f-]{36})\/sharing/g)].map((match) => match[1]!);
}

/** The audit entries this person left for an action, newest first. */
export async function auditedBy(db: Db, actorId: string, action: string) {
  return db
    .select({
      outcome: auditEvents.outcome,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), eq(auditEvents.action, action)))
    .orderBy(desc(auditEvents.id));
}
