// The demo's maps of people (demo-people.ts) for Zara, Mia, Jay and Theo. The children, their
// workers and Zara's own account are found through the database by name. People the demo agency
// already listed for them are given their place on the map; someone the demo drew at random in a
// role a hand-written person fills (Zara's "Nan") becomes that person, so nobody has two nans.
// Seeding again changes nobody twice. Permanency pacts are family finding's, seeded after this.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  childImportantPeople as people,
  children,
  households,
  placements,
} from '../../core/db/tables.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import {
  GENERIC_CATEGORIES,
  JAY_PEOPLE,
  MIA_PEOPLE,
  THEO_PEOPLE,
  ZARA_PEOPLE,
  type DemoPerson,
} from './demo-people.ts';

type DemoChild = {
  id: string;
  youngPersonUserId: string | null;
  movedInOn: string;
  workerId: string | null;
};

/** Gives the demo's featured children their maps; run once, after the demo agency exists. */
export async function seedDemoMyPeople(ctx: Ctx): Promise<void> {
  const today = await agencyToday(ctx.db, ctx.now);
  const maps: Array<[string, string, DemoPerson[]]> = [
    ['Zara', 'Ahmed', ZARA_PEOPLE],
    ['Mia', 'Price', MIA_PEOPLE],
    ['Jay', 'Walsh', JAY_PEOPLE],
    ['Theo', 'Mensah', THEO_PEOPLE],
  ];
  for (const [knownAs, lastName, list] of maps) {
    const child = await findDemoChild(ctx.db, knownAs, lastName);
    if (!child) continue;
    for (const person of list) await placePerson(ctx, child, person, today);
    await mapTheRest(ctx.db, child.id);
  }
}

async function findDemoChild(
  db: Db,
  knownAs: string,
  lastName: string,
): Promise<DemoChild | undefined> {
  const [row] = await db
    .select({
      id: children.id,
      youngPersonUserId: children.youngPersonUserId,
      movedInOn: placements.startedOn,
      workerId: households.supervisingWorkerId,
    })
    .from(children)
    .innerJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(
      and(
        eq(sql`coalesce(${children.preferredName}, ${children.firstName})`, knownAs),
        eq(children.lastName, lastName),
      ),
    )
    .limit(1);
  return row;
}

// The day someone joined: never in the future, never before anyone could have known of them.
function joinedOnOf(person: DemoPerson, child: DemoChild, today: string): string {
  const day =
    'monthsAgo' in person.joined
      ? DateTime.fromISO(today).minus({ months: person.joined.monthsAgo, days: 6 })
      : DateTime.fromISO(child.movedInOn).plus({ days: person.joined.daysAfterMoving });
  const iso = day.toISODate()!;
  return iso > today ? today : iso;
}

async function placePerson(ctx: Ctx, child: DemoChild, person: DemoPerson, today: string) {
  const addedBy = person.isOwnSuggestion ? child.youngPersonUserId : child.workerId;
  const fields = {
    name: person.name,
    relationship: person.relationship,
    category: person.category,
    gives: person.gives ?? [],
    couldGive: person.couldGive ?? [],
    contactStatus: person.contactStatus ?? ('in_touch' as const),
    ring: person.ring,
    angle: person.angle ?? null,
    feelings: person.feelings ?? '',
    source: person.source ?? ('worker' as const),
    sourceNotes: person.sourceNotes ?? '',
    hasNoContactOrder: person.hasNoContactOrder ?? false,
    safeguardingNotes: person.safeguardingNotes ?? '',
    isSharedWithFamily: person.isSharedWithFamily ?? false,
    status: person.status ?? ('confirmed' as const),
    joinedOn: joinedOnOf(person, child, today),
    addedBy,
    updatedAt: ctx.now,
    ...(person.notes !== undefined ? { notes: person.notes } : {}),
  };
  const existing = await findStandIn(ctx.db, child.id, person);
  if (existing) await ctx.db.update(people).set(fields).where(eq(people.id, existing));
  else await ctx.db.insert(people).values({ childId: child.id, ...fields });
}

// Someone already listed whom this person is: the same name, or a person the demo drew at random
// (nobody added them and they have no kind yet) in a role this person fills.
async function findStandIn(db: Db, childId: string, person: DemoPerson): Promise<string | null> {
  const listed = await db
    .select({
      id: people.id,
      name: people.name,
      relationship: people.relationship,
      category: people.category,
      addedBy: people.addedBy,
    })
    .from(people)
    .where(eq(people.childId, childId));
  const byName = listed.find((row) => row.name === person.name);
  if (byName) return byName.id;
  const roles = (person.replaces ?? []).map((role) => role.toLowerCase());
  const drawn = listed.find(
    (row) =>
      row.addedBy === null &&
      row.category === 'other' &&
      roles.includes(row.relationship.toLowerCase()),
  );
  return drawn?.id ?? null;
}

// Whoever else the demo listed for the child goes on the outer ring, with the kind their role
// says, so the map and the old list agree.
async function mapTheRest(db: Db, childId: string): Promise<void> {
  const listed = await db
    .select({ id: people.id, relationship: people.relationship })
    .from(people)
    .where(and(eq(people.childId, childId), eq(people.category, 'other'), isNull(people.addedBy)));
  for (const row of listed) {
    const category = GENERIC_CATEGORIES[row.relationship.toLowerCase()];
    if (!category) continue;
    await db.update(people).set({ category, ring: 3 }).where(eq(people.id, row.id));
  }
}
