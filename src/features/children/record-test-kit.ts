// The small world the children's record tests share: two homes, their workers and carers, three
// children, a birth parent and a local authority.
import { and, eq } from 'drizzle-orm';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  addCarer,
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, localAuthorities } from '../../core/db/tables.ts';

export type World = {
  database: Database & { drop: () => Promise<void> };
  testApp: TestApp;
  people: Record<'priya' | 'sam' | 'nina' | 'asha' | 'ben' | 'lena', TestUser>;
  /** Leo and Mia live at Oak (Sam supervises, Asha cares); Noah lives at Elm (Nina, Ben). */
  ids: Record<'oak' | 'elm' | 'leo' | 'mia' | 'noah' | 'northfield', string>;
};

/** Builds the world on a fresh database, with the app's clock at 23 November 2026. */
export async function buildWorld(): Promise<World> {
  const database = await openTestDatabase();
  const db = database.db;
  const people = {
    priya: await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' }),
    sam: await buildUser(db, { role: 'supervising_social_worker', name: 'Sam Ortiz' }),
    nina: await buildUser(db, { role: 'supervising_social_worker', name: 'Nina Berg' }),
    asha: await buildUser(db, { role: 'foster_carer', name: 'Asha Patel' }),
    ben: await buildUser(db, { role: 'foster_carer', name: 'Ben Moss' }),
    lena: await buildUser(db, { role: 'birth_parent', name: 'Lena Lind' }),
  };
  const northfield = await buildArea(db, 'Northfield');
  const oak = await buildHousehold(db, {
    name: 'Oak household',
    supervisingWorkerId: people.sam.id,
  });
  const elm = await buildHousehold(db, {
    name: 'Elm household',
    supervisingWorkerId: people.nina.id,
  });
  await addCarer(db, oak, people.asha);
  await addCarer(db, elm, people.ben);
  const leo = await buildChild(db, {
    firstName: 'Leo',
    lastName: 'Lind',
    dateOfBirth: '2015-06-01',
  });
  const mia = await buildChild(db, {
    firstName: 'Mia',
    lastName: 'Lind',
    dateOfBirth: '2017-03-10',
  });
  const noah = await buildChild(db, { firstName: 'Noah', lastName: 'Nash' });
  await placeChild(db, leo, oak);
  await placeChild(db, mia, oak);
  await placeChild(db, noah, elm);
  await linkBirthParent(db, leo, people.lena);
  await db.insert(localAuthorities).values({ name: 'Northshire County Council' });
  const testApp = await startTestApp(database, {}, () => new Date('2026-11-23T10:00:00Z'));
  return { database, testApp, people, ids: { oak, elm, leo, mia, noah, northfield } };
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

/** The words of a page as someone signed in reads them. */
export async function readAs(world: World, user: TestUser, url: string): Promise<string> {
  return pageText((await getAs(world, user, url)).body);
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
