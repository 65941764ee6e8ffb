// The demo agency's placements after they start: why each ended one ended, placement plans for
// most current placements (a few new ones still due, one of worker@'s overdue), and a couple of
// short emergency stays so that some children show the many moves England counts. Deterministic:
// the same agency always gets the same records, counted back from the day the demo is loaded.
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { selectRows } from '../../core/db/rows.ts';
import { placementPlans, placements, type EndReasonKind } from '../../core/db/tables.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { ageOn } from '../../core/time/dates.ts';
import { addWorkingDays, isWorkingDay } from '../../core/time/working-days.ts';
import { stabilityYearFrom } from '../stability/index.ts';
import { planFor } from './demo-plans.ts';
import { agencyToday } from './visible.ts';

type DemoPlacement = {
  id: string;
  child_id: string;
  household_id: string;
  care_type: string;
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
  date_of_birth: string;
  first_name: string;
  worker_id: string | null;
  worker_email: string | null;
  /** The child or their home is one a demo sign-in sees: its story is left as it is. */
  is_featured: boolean;
};

type DemoHousehold = { id: string; name: string; approved_on: string | null; care_types: string[] };

const WORKER_EMAIL_PREFIX = 'worker@';

// The generator's words for why placements ended, and the kinds they are.
const KIND_OF_REASON: Record<string, EndReasonKind> = {
  'Planned move to a long-term home': 'planned',
  'Moved to live with a brother or sister': 'move_to_siblings_or_kin',
  'Moved nearer to school and family': 'planned',
  'The carers’ circumstances changed': 'disruption',
  'Emergency stay ended as planned': 'planned',
  'The home was no longer able to meet the child’s needs': 'disruption',
  'Returned home to family': 'return_home',
  'Special guardianship order granted to an aunt': 'special_guardianship',
  Adopted: 'adoption',
  'Moved to supported lodgings': 'turned_18',
  'Returned home to family with a support plan': 'return_home',
};

/** Adds end reason kinds, placement plans and a few emergency stays to the demo's placements. */
export async function seedDemoPlacementRecords(ctx: Ctx): Promise<void> {
  const { today } = await agencyToday(ctx.db, ctx.now);
  await classifyEndings(ctx.db, await findDemoPlacements(ctx.db));
  await addEmergencyStays(ctx.db, await findDemoPlacements(ctx.db), today);
  const all = await findDemoPlacements(ctx.db);
  const waiting = await makeWorkerPlansWait(ctx.db, all, today);
  await addPlans(ctx.db, all, waiting, today);
}

async function findDemoPlacements(db: Db): Promise<DemoPlacement[]> {
  return selectRows<DemoPlacement>(
    db,
    sql`SELECT p.id, p.child_id, p.household_id, p.care_type, p.started_on::text AS started_on,
          p.ended_on::text AS ended_on, p.end_reason, c.date_of_birth::text AS date_of_birth,
          c.first_name, h.supervising_worker_id AS worker_id, u.email AS worker_email,
          (c.young_person_user_id IS NOT NULL
            OR EXISTS (SELECT 1 FROM birth_parents b WHERE b.child_id = c.id)
            OR EXISTS (SELECT 1 FROM household_members m JOIN users mu ON mu.id = m.user_id
                       WHERE m.household_id = h.id
                         AND (mu.email LIKE 'carer@%' OR mu.email LIKE 'kinship@%'))) AS is_featured
        FROM placements p
        JOIN children c ON c.id = p.child_id
        JOIN households h ON h.id = p.household_id
        LEFT JOIN users u ON u.id = h.supervising_worker_id
        ORDER BY p.started_on, p.id`,
  );
}

async function classifyEndings(db: Db, all: DemoPlacement[]): Promise<void> {
  for (const placement of all) {
    if (placement.ended_on === null) continue;
    const kind = KIND_OF_REASON[placement.end_reason ?? ''] ?? 'other';
    await db.update(placements).set({ endReasonKind: kind }).where(eq(placements.id, placement.id));
  }
}

const STAYS_WANTED = 2;
const STAY_DAYS = 12;

/**
 * A child who moved this year spent a night or a few days with an emergency carer between homes,
 * or before their first: such a stay is a placement, and it makes the year's third.
 */
async function addEmergencyStays(db: Db, all: DemoPlacement[], today: string): Promise<void> {
  const yearFrom = stabilityYearFrom(today, ENGLAND.placements);
  const homes = await selectRows<DemoHousehold>(
    db,
    sql`SELECT id, name, approved_on::text AS approved_on, care_types FROM households
        WHERE status = 'approved' ORDER BY name, id`,
  );
  const byChild = new Map<string, DemoPlacement[]>();
  for (const placement of all) {
    byChild.set(placement.child_id, [...(byChild.get(placement.child_id) ?? []), placement]);
  }
  let added = 0;
  for (const list of byChild.values()) {
    if (added >= STAYS_WANTED || list.length < 2 || list.some((each) => each.is_featured)) continue;
    const stay = stayFor(list, yearFrom);
    if (!stay) continue;
    const used = new Set(list.map((each) => each.household_id));
    const home = homes.find(
      (each) =>
        !used.has(each.id) &&
        each.approved_on !== null &&
        each.approved_on <= stay.startedOn &&
        (each.care_types.length === 0 || each.care_types.includes('emergency')),
    );
    if (!home) continue;
    await db.insert(placements).values({
      childId: list[0]!.child_id,
      householdId: home.id,
      careType: 'emergency',
      startedOn: stay.startedOn,
      endedOn: stay.endedOn,
      endReasonKind: 'planned',
      endReason: 'Emergency stay ended as planned',
      isConfidential: true,
    });
    added += 1;
  }
}

// Between two homes with days between them, or just before a first home that began this year.
function stayFor(
  list: DemoPlacement[],
  yearFrom: string,
): { startedOn: string; endedOn: string } | null {
  for (let index = 1; index < list.length; index += 1) {
    const before = list[index - 1]!;
    const after = list[index]!;
    if (before.ended_on && before.ended_on >= yearFrom && after.started_on > before.ended_on) {
      return { startedOn: before.ended_on, endedOn: after.started_on };
    }
  }
  const first = list[0]!;
  const startedOn = daysBefore(first.started_on, STAY_DAYS);
  return startedOn > yearFrom && startedOn >= first.date_of_birth
    ? { startedOn, endedOn: first.started_on }
    : null;
}

function daysBefore(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** The date n working days before a date. */
function workingDaysBefore(isoDate: string, days: number): string {
  let date = isoDate;
  let counted = 0;
  while (counted < days) {
    date = daysBefore(date, 1);
    if (isWorkingDay(date, ENGLAND.holidays)) counted += 1;
  }
  return date;
}

/**
 * worker@'s two newest placements (of children who have lived nowhere else) wait for their plan:
 * one began 3 working days ago and is due, the other 8 working days ago and is overdue.
 */
async function makeWorkerPlansWait(
  db: Db,
  all: DemoPlacement[],
  today: string,
): Promise<Set<string>> {
  const homesOf = new Map<string, number>();
  for (const placement of all) {
    homesOf.set(placement.child_id, (homesOf.get(placement.child_id) ?? 0) + 1);
  }
  const candidates = all
    .filter(
      (each) =>
        each.ended_on === null &&
        !each.is_featured &&
        each.care_type !== 'short_break' &&
        each.worker_email?.startsWith(WORKER_EMAIL_PREFIX) &&
        homesOf.get(each.child_id) === 1,
    )
    .sort((a, b) => b.started_on.localeCompare(a.started_on));
  const waiting = new Set<string>();
  for (const days of [3, 8]) {
    const startedOn = workingDaysBefore(today, days);
    const pick = candidates.find(
      (each) => !waiting.has(each.id) && each.date_of_birth <= startedOn,
    );
    if (!pick) continue;
    await db.update(placements).set({ startedOn }).where(eq(placements.id, pick.id));
    waiting.add(pick.id);
  }
  return waiting;
}

// Plans made before the child arrived: a planned short break or move to a long-term home.
const PLANNED_AHEAD = ['short_break', 'long_term'];

async function addPlans(
  db: Db,
  all: DemoPlacement[],
  waiting: Set<string>,
  today: string,
): Promise<void> {
  const rows: (typeof placementPlans.$inferInsert)[] = [];
  for (const [index, placement] of all.entries()) {
    if (placement.ended_on !== null || waiting.has(placement.id)) continue;
    const dueOn = addWorkingDays(placement.started_on, 5, ENGLAND.holidays);
    const isPlannedAhead = PLANNED_AHEAD.includes(placement.care_type);
    // Newly arrived in an emergency: the plan is still being agreed, within its working days.
    if (dueOn >= today && !isPlannedAhead) continue;
    // Most plans are agreed on time; now and then one is a day or two late.
    const late = index % 9 === 4 ? 6 + (index % 2) : index % 5;
    const agreedOn = isPlannedAhead
      ? placement.started_on
      : addWorkingDays(placement.started_on, late, ENGLAND.holidays);
    rows.push({
      placementId: placement.id,
      agreedOn: agreedOn > today ? today : agreedOn,
      ...planFor(placement.first_name, ageOn(placement.date_of_birth, today), index),
      recordedBy: placement.worker_id,
    });
  }
  for (let start = 0; start < rows.length; start += 200) {
    await db.insert(placementPlans).values(rows.slice(start, start + 200));
  }
}
