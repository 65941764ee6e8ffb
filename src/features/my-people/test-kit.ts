// The world the map's tests share: the belonging scene (Zara, 15, lives with Ruth at Oak; Hannah
// supervises Oak; Dani is Zara's mum; Sam and Olu have nothing to do with Zara; Priya manages),
// the app on a fixed clock, and a few people on Zara's map.
import { and, eq } from 'drizzle-orm';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { buildBelongingScene, type BelongingScene } from '../../../test/support/belonging-scene.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import type { Db, Database } from '../../core/db/connect.ts';
import { auditEvents, childImportantPeople, permanencyPacts } from '../../core/db/tables.ts';

/** The app's clock in these tests: Monday 23 November 2026. */
export const NOW = new Date('2026-11-23T10:00:00Z');

export type World = BelongingScene & {
  database: Database & { drop: () => Promise<void> };
  testApp: TestApp;
  /** Zara's people, by first name. */
  people: Record<'farida' | 'leah' | 'maureen' | 'pat' | 'yasmin' | 'karim', string>;
};

/**
 * Zara's map: her nan Farida and best friend Leah (closest), Maureen her former foster carer
 * (lost touch) and her aunt Yasmin (shared with her mum), Pat a neighbour still to be found, and
 * her uncle Karim, who is not safe and under a no-contact order.
 */
export async function buildWorld(): Promise<World> {
  const database = await openTestDatabase();
  const scene = await buildBelongingScene(database.db);
  const db = database.db;
  const add = (values: Partial<typeof childImportantPeople.$inferInsert>) =>
    addPerson(db, scene.zaraId, { addedBy: scene.hannah.id, ...values });
  const people = {
    farida: await add({
      name: 'Farida Ahmed',
      relationship: 'Nan',
      category: 'relative',
      gives: ['talk', 'lifelong'],
      ring: 1,
      feelings: 'She never forgets my birthday.',
      joinedOn: '2025-09-01',
    }),
    leah: await add({
      name: 'Leah Thompson',
      relationship: 'Best friend',
      category: 'friend',
      ring: 1,
      joinedOn: '2026-01-10',
    }),
    maureen: await add({
      name: 'Maureen Cole',
      relationship: 'Former foster carer',
      category: 'former_carer',
      contactStatus: 'lost_touch',
      couldGive: ['place_to_stay'],
      ring: 2,
      joinedOn: '2026-03-01',
    }),
    pat: await add({
      name: 'Pat Hughes',
      relationship: 'Former neighbour',
      category: 'neighbour',
      contactStatus: 'to_be_found',
      source: 'relatives',
      sourceNotes: 'Farida remembers her.',
      ring: 3,
      joinedOn: '2026-10-01',
    }),
    yasmin: await add({
      name: 'Yasmin Ahmed',
      relationship: 'Aunt',
      category: 'relative',
      isSharedWithFamily: true,
      ring: 2,
      joinedOn: '2025-09-01',
    }),
    karim: await add({
      name: 'Karim Ahmed',
      relationship: 'Uncle',
      category: 'relative',
      contactStatus: 'not_safe',
      hasNoContactOrder: true,
      safeguardingNotes: 'Court order of 2024: keep him away from her school.',
      isSharedWithFamily: true,
      ring: 3,
      joinedOn: '2025-09-01',
    }),
  };
  await db
    .insert(permanencyPacts)
    .values({ connectionId: people.farida, agreedOn: '2026-05-01', commitments: ['Sundays'] });
  const testApp = await startTestApp(database, {}, () => NOW);
  return { ...scene, database, testApp, people };
}

/** Closes the app and drops the database. */
export async function closeWorld(world: World): Promise<void> {
  await world.testApp.close();
  await world.database.drop();
}

/** Puts someone on a child's map directly; returns their id. */
export async function addPerson(
  db: Db,
  childId: string,
  values: Partial<typeof childImportantPeople.$inferInsert>,
): Promise<string> {
  const [row] = await db
    .insert(childImportantPeople)
    .values({ name: 'Someone', relationship: 'Friend', joinedOn: '2026-01-01', ...values, childId })
    .returning({ id: childImportantPeople.id });
  return row!.id;
}

const visitors = new WeakMap<World, Map<string, Visitor>>();

/** A visitor signed in as this person (signed in once per world: signing in is slow on purpose). */
export async function as(world: World, user: TestUser): Promise<Visitor> {
  const known = visitors.get(world) ?? new Map<string, Visitor>();
  visitors.set(world, known);
  const existing = known.get(user.id);
  if (existing) return existing;
  const visitor = await signedInVisitor(world.testApp, user);
  known.set(user.id, visitor);
  return visitor;
}

/** The words of a page as this person reads it. */
export async function readAs(world: World, user: TestUser, url: string): Promise<string> {
  const response = await (await as(world, user)).get(url);
  if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
  return pageText(response.body);
}

/** The people drawn in the map's SVG and those in the list, by id, in the order they appear. */
export function peopleOnPage(html: string): { map: string[]; list: string[] } {
  const svg = /<svg class="eco-map__svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const list = /<div class="people-list">[\s\S]*$/.exec(html)?.[0] ?? '';
  const ids = (part: string, tag: string) =>
    [...part.matchAll(new RegExp(`<${tag}[^>]*data-person-id="([^"]+)"`, 'g'))].map(
      (match) => match[1]!,
    );
  return { map: ids(svg, 'g'), list: ids(list, 'li') };
}

/** The audit entries of one kind about a record. */
export async function auditOf(world: World, action: string, recordId: string) {
  return world.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.recordId, recordId)));
}

/** A person on the map as stored. */
export async function storedPerson(world: World, id: string) {
  const [row] = await world.database.db
    .select()
    .from(childImportantPeople)
    .where(eq(childImportantPeople.id, id));
  return row!;
}
