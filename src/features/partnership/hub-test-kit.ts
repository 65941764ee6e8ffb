// The world the space's page tests share: the partnership scene (Mia with Sam and Alex, her mum
// Dani and dad Lee, Hannah, Priya; Theo with his grandmother Grace; the strangers) in the whole
// application on Thursday 8 October 2026, three days after Mia arrived.
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import {
  MIA_SECRETS,
  buildPartnershipScene,
  type PartnershipScene,
} from '../../../test/support/partnership-scene.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents } from '../../core/db/tables.ts';

/** The day the tests live on: Mia came to Sam and Alex on Monday 5 October 2026. */
export const TODAY = '2026-10-08';

export type World = {
  database: Database & { drop: () => Promise<void> };
  testApp: TestApp;
  scene: PartnershipScene;
  visitors: Map<string, Visitor>;
};

/** Opens a database, builds the scene and starts the application on TODAY. */
export async function buildWorld(): Promise<World> {
  const database = await openTestDatabase();
  const scene = await buildPartnershipScene(database.db);
  const testApp = await startTestApp(database, {}, () => new Date(`${TODAY}T10:00:00Z`));
  return { database, testApp, scene, visitors: new Map() };
}

/** Stops the application and drops the database. */
export async function closeWorld(world: World): Promise<void> {
  await world.testApp.close();
  await world.database.drop();
}

/** A visitor signed in as this person (once per world). */
export async function as(world: World, user: TestUser): Promise<Visitor> {
  let visitor = world.visitors.get(user.id);
  if (!visitor) {
    visitor = await signedInVisitor(world.testApp, user);
    world.visitors.set(user.id, visitor);
  }
  return visitor;
}

/** The status a page ends on, following the redirects between the two sides of the space. */
export async function finalStatus(visitor: Visitor, url: string): Promise<number> {
  let response = await visitor.get(url);
  for (let hops = 0; hops < 3 && response.statusCode === 303; hops += 1) {
    response = await visitor.get(String(response.headers.location));
  }
  return response.statusCode;
}

/** What this person did of one kind, as the audit trail has it. */
export async function auditOf(world: World, user: TestUser, action: string) {
  return world.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, action)));
}

/** Asserts that nothing that would locate Mia is anywhere in what a parent received. */
export function expectNoSecrets(body: string): void {
  const text = `${body}\n${pageText(body)}`.toLowerCase();
  for (const secret of Object.values(MIA_SECRETS)) {
    expect(text, `a parent could read “${secret}”`).not.toContain(secret.toLowerCase());
  }
}
