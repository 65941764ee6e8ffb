// The small world the household record tests share: Oak, which Sam supervises and Asha cares in
// (with Leo living there), Elm, which Nina supervises and Ben cares in, the registered manager
// Priya, and Olga, a worker who has left.
import { and, eq } from 'drizzle-orm';
import { signedInVisitor, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, users } from '../../core/db/tables.ts';

export type World = {
  database: Database & { drop: () => Promise<void> };
  testApp: TestApp;
  people: Record<'priya' | 'sam' | 'nina' | 'olga' | 'asha' | 'ben', TestUser>;
  ids: Record<'oak' | 'elm' | 'ashaMember', string>;
};

/** Builds the world on a fresh database, with the app's clock at 23 November 2026. */
export async function buildWorld(): Promise<World> {
  const database = await openTestDatabase();
  const db = database.db;
  const people = {
    priya: await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' }),
    sam: await buildUser(db, { role: 'supervising_social_worker', name: 'Sam Ortiz' }),
    nina: await buildUser(db, { role: 'supervising_social_worker', name: 'Nina Berg' }),
    olga: await buildUser(db, { role: 'supervising_social_worker', name: 'Olga Lund' }),
    asha: await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' }),
    ben: await buildUser(db, { role: 'foster_carer', name: 'Ben Moss' }),
  };
  await db.update(users).set({ isActive: false }).where(eq(users.id, people.olga.id));
  const oak = await buildHousehold(db, {
    name: 'Oak household',
    maxChildren: 2,
    ageFrom: 0,
    ageTo: 18,
    supervisingWorkerId: people.sam.id,
  });
  const elm = await buildHousehold(db, {
    name: 'Elm household',
    supervisingWorkerId: people.nina.id,
  });
  const ashaMember = await addCarer(db, oak, people.asha);
  await addCarer(db, elm, people.ben);
  await placeChild(db, await buildChild(db, { firstName: 'Leo' }), oak);
  const testApp = await startTestApp(database, {}, () => new Date('2026-11-23T10:00:00Z'));
  return { database, testApp, people, ids: { oak, elm, ashaMember } };
}

/** Closes the app and drops the database. */
export async function closeWorld(world: World): Promise<void> {
  await world.testApp.close();
  await world.database.drop();
}

/** A GET as someone signed in. */
export async function getAs(world: World, user: TestUser, url: string) {
  return (await signedInVisitor(world.testApp, user)).get(url);
}

/** Posts a form as a browser does, one field per ticked checkbox. */
export async function postAs(
  world: World,
  user: TestUser,
  url: string,
  fields: Record<string, string | string[]>,
) {
  const visitor = await signedInVisitor(world.testApp, user);
  const body = new URLSearchParams({ _csrf: visitor.csrf() });
  for (const [name, value] of Object.entries(fields)) {
    for (const each of Array.isArray(value) ? value : [value]) body.append(name, each);
  }
  return visitor.send({
    method: 'POST',
    url,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

/** The audit entries someone's actions wrote, of one kind. */
export async function auditOf(world: World, user: TestUser, action: string) {
  return world.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, action)));
}
