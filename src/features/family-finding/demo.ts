// The demo's family finding: Zara Ahmed's great-aunt Noor, found in old records and now one of
// her committed adults, and Mrs Patel, whom Zara remembered, written to and not yet answered; pacts
// from the people the map already holds for her, so Zara has four committed adults of five and
// shows on her worker's home page; and one promise for another young person who has fewer still.
import { and, asc, desc, eq, inArray, isNull, like, lte, ne, or, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  childImportantPeople as people,
  children,
  connectionOutreach,
  households,
  permanencyPacts,
  placements,
} from '../../core/db/tables.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { getAgencySettings } from '../../core/settings.ts';
import {
  FOUND_FOR_ZARA,
  ONE_PACT_FOR_ANOTHER,
  PACTS_FOR_ZARAS_PEOPLE,
  type DemoPact,
} from './demo-stories.ts';

type Clock = {
  daysAgo: (days: number) => string;
  yearsAgo: (years: number) => string;
  at: (date: string, hour: number) => Date;
};

/** Writes the demo's family finding; run after the demo agency and the people on its maps exist. */
export async function seedDemoFamilyFinding(ctx: Ctx): Promise<void> {
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = DateTime.fromJSDate(ctx.now, { zone: timeZone }).startOf('day');
  const clock: Clock = {
    daysAgo: (days) => today.minus({ days }).toISODate()!,
    yearsAgo: (years) => today.minus({ years }).toISODate()!,
    at: (date, hour) => DateTime.fromISO(date, { zone: timeZone }).set({ hour }).toJSDate(),
  };
  const zara = await findPlacedChild(ctx.db, 'Zara', 'Ahmed');
  if (!zara || (await isAlreadySeeded(ctx.db, zara.id))) return;
  for (const found of FOUND_FOR_ZARA) {
    const joinedOn = clock.daysAgo(found.steps[0]?.daysAgo ?? 30);
    const { steps, pact, ...person } = found;
    const [row] = await ctx.db
      .insert(people)
      .values({
        ...person,
        childId: zara.id,
        joinedOn,
        addedBy: zara.workerId,
        createdAt: clock.at(joinedOn, 11),
        updatedAt: clock.at(clock.daysAgo(steps.at(-1)?.daysAgo ?? 0), 16),
      })
      .returning({ id: people.id });
    for (const step of steps) {
      const stepOn = clock.daysAgo(step.daysAgo);
      await ctx.db.insert(connectionOutreach).values({
        connectionId: row!.id,
        stepOn,
        kind: step.kind,
        safetyOutcome: step.safetyOutcome ?? null,
        notes: step.notes,
        outcome: step.outcome ?? '',
        recordedBy: zara.workerId,
        createdAt: clock.at(stepOn, 15),
      });
    }
    if (pact) await addPact(ctx.db, clock, row!.id, joinedOn, pact, zara.workerId);
  }
  for (const pact of PACTS_FOR_ZARAS_PEOPLE) {
    const [person] = await ctx.db
      .select({ id: people.id, joinedOn: people.joinedOn })
      .from(people)
      .where(
        and(
          eq(people.childId, zara.id),
          or(eq(people.name, pact.name), like(people.name, `${pact.name} %`)),
        ),
      )
      .limit(1);
    if (person) await addPact(ctx.db, clock, person.id, person.joinedOn, pact, zara.workerId);
  }
  await addOnePactForAnother(ctx.db, clock, zara);
}

// A pact is agreed on its day, or on the day the person joined the map if that came later.
async function addPact(
  db: Db,
  clock: Clock,
  connectionId: string,
  joinedOn: string,
  pact: DemoPact,
  recordedBy: string | null,
): Promise<void> {
  const wanted = clock.daysAgo(pact.daysAgo);
  const agreedOn = wanted < joinedOn ? joinedOn : wanted;
  await db
    .insert(permanencyPacts)
    .values({
      connectionId,
      commitments: pact.commitments,
      inTheirWords: pact.inTheirWords,
      agreedOn,
      recordedBy,
      updatedAt: clock.at(agreedOn, 17),
    })
    .onConflictDoNothing();
}

// Another young person old enough to count, in the homes Zara's worker supervises if there is
// one (anywhere otherwise), gets a single promise from someone already on their map.
async function addOnePactForAnother(
  db: Db,
  clock: Clock,
  zara: { id: string; workerId: string | null },
): Promise<void> {
  const bornBy = clock.yearsAgo(ENGLAND.belonging.committedAdultsFromAge.age);
  const sameWorker = zara.workerId
    ? sql`${households.supervisingWorkerId} = ${zara.workerId}`
    : sql`false`;
  const [person] = await db
    .select({ id: people.id, joinedOn: people.joinedOn })
    .from(people)
    .innerJoin(children, eq(children.id, people.childId))
    .innerJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(
      and(
        ne(children.id, zara.id),
        lte(children.dateOfBirth, bornBy),
        eq(people.status, 'confirmed'),
        eq(people.contactStatus, 'in_touch'),
        eq(people.hasNoContactOrder, false),
      ),
    )
    .orderBy(desc(sameWorker), asc(children.lastName), asc(children.firstName), asc(people.name))
    .limit(1);
  if (person) {
    await addPact(db, clock, person.id, person.joinedOn, ONE_PACT_FOR_ANOTHER, zara.workerId);
  }
}

// A child living with one of the agency's households now, and the worker who supervises it.
async function findPlacedChild(db: Db, firstName: string, lastName: string) {
  const [row] = await db
    .select({ id: children.id, workerId: households.supervisingWorkerId })
    .from(children)
    .innerJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(and(eq(children.firstName, firstName), eq(children.lastName, lastName)))
    .limit(1);
  return row;
}

// Seeding twice would put Noor on the map twice.
async function isAlreadySeeded(db: Db, childId: string): Promise<boolean> {
  const found = FOUND_FOR_ZARA.map((person) => person.name);
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.childId, childId), inArray(people.name, found)))
    .limit(1);
  return rows.length > 0;
}
