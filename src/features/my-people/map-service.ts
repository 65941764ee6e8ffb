// Reading a child's map: the staff and carers' page, the young person's own, a birth parent's
// view, the JSON, and "then and now". Each filters through people-view.ts for its viewer and
// writes its read to the audit trail.
import { DateTime } from 'luxon';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { withBelongingChild, type BelongingChild } from '../belonging/child-access.ts';
import { findConnections, type Connection } from '../belonging/connection-store.ts';
import { isConnectionVisible, type Viewer } from '../belonging/visibility.ts';
import {
  countCommittedAdults,
  isInNetworkOn,
  peopleOnMap,
  personJson,
  viewPeople,
  type PersonView,
} from './people-view.ts';
import { findUserNames } from './store.ts';
import { familyPeoplePath, OWN_PEOPLE_PATH, peoplePath } from './words.ts';

/** A page meant for someone else: the young person and birth parents have their own views. */
export type Elsewhere = { kind: 'elsewhere'; to: string };

/** Where a viewer's own view of a child's people is, when it is not the staff and carers' page. */
export function ownViewOf(viewer: Viewer, childId: string): Elsewhere | null {
  if (viewer === 'young_person') return { kind: 'elsewhere', to: OWN_PEOPLE_PATH };
  if (viewer === 'birth_parent') return { kind: 'elsewhere', to: familyPeoplePath(childId) };
  return null;
}

/** A child's map as the staff and carers' page shows it. */
export type MapPage = {
  kind: 'page';
  child: BelongingChild;
  viewer: Viewer;
  today: string;
  /** Everyone on the map and in the list. */
  people: PersonView[];
  /** Suggestions waiting for a worker's check (staff), or the viewer's own (carers). */
  waiting: PersonView[];
  /** Staff only: people who have left the network. */
  left: PersonView[];
  committed: { count: number; target: number };
  abilities: { canManage: boolean; canContribute: boolean };
};

const readOf = (tx: Ctx, childId: string, viewer: Viewer) =>
  recordAudit(tx, {
    action: 'belonging.read',
    recordType: 'child',
    recordId: childId,
    fields: viewer === 'staff' ? ['people', 'safeguarding'] : ['people'],
  });

async function namesFor(ctx: Ctx, viewer: Viewer, people: readonly Connection[]) {
  if (viewer !== 'staff') return new Map<string, string>();
  return findUserNames(
    ctx.db,
    people.flatMap((person) => [person.addedBy, person.flagShownBy]),
  );
}

/** The staff and carers' map of a child's people; the young person and parents are sent on. */
export async function readPeopleMap(ctx: Ctx, childId: string): Promise<MapPage | Elsewhere> {
  return withBelongingChild(ctx, 'belonging.read', childId, async (scene) => {
    const { tx, actor, viewer, child, today } = scene;
    const elsewhere = ownViewOf(viewer, child.id);
    if (elsewhere) return elsewhere;
    const everyone = await findConnections(tx.db, child.id);
    const names = await namesFor(tx, viewer, everyone);
    const people = viewPeople(viewer, peopleOnMap(viewer, actor.userId, everyone, today), names);
    const left =
      viewer === 'staff'
        ? viewPeople(
            viewer,
            everyone.filter(
              (person) =>
                person.status === 'confirmed' && person.leftOn !== null && person.leftOn <= today,
            ),
            names,
          )
        : [];
    const { committedAdultsTarget } = await getAgencySettings(tx.db);
    const resource = { kind: 'child' as const, id: child.id };
    await readOf(tx, child.id, viewer);
    return {
      kind: 'page',
      child,
      viewer,
      today,
      people,
      waiting: people.filter((person) => person.isWaitingForCheck),
      left,
      committed: {
        count: countCommittedAdults(everyone, today),
        target: committedAdultsTarget,
      },
      abilities: {
        canManage: can(actor, 'belonging.manage', resource).allowed,
        canContribute: can(actor, 'belonging.contribute', resource).allowed,
      },
    };
  });
}

/** The young person's own map, or that their account is not linked to a record yet. */
export type OwnMap =
  { kind: 'not_linked' } | { kind: 'page'; child: BelongingChild; people: PersonView[] };

/** The child id of the signed-in young person's own record; null when not linked yet. */
export function ownChildIdOf(ctx: Ctx): string | null {
  if (ctx.actor?.role !== 'young_person') throw new NotFound();
  return ctx.actor.reach.ownRecordChildId;
}

/** The signed-in young person's own map. */
export async function readOwnPeople(ctx: Ctx): Promise<OwnMap> {
  const childId = ownChildIdOf(ctx);
  if (!childId) return { kind: 'not_linked' };
  return withBelongingChild(ctx, 'belonging.read', childId, async (scene) => {
    const { tx, actor, viewer, child, today } = scene;
    const everyone = await findConnections(tx.db, child.id);
    const people = viewPeople(
      viewer,
      peopleOnMap(viewer, actor.userId, everyone, today),
      new Map(),
    );
    await readOf(tx, child.id, viewer);
    return { kind: 'page', child, people };
  });
}

/** What a birth parent sees of their child's people: only those a worker shared with them. */
export type FamilyMap = { kind: 'page'; child: BelongingChild; people: PersonView[] };

/** A birth parent's view of their child's people; anyone else is sent to their own view. */
export async function readFamilyPeople(ctx: Ctx, childId: string): Promise<FamilyMap | Elsewhere> {
  return withBelongingChild(ctx, 'belonging.read', childId, async (scene) => {
    const { tx, actor, viewer, child, today } = scene;
    if (viewer !== 'birth_parent') {
      return ownViewOf(viewer, child.id) ?? { kind: 'elsewhere', to: peoplePath(child.id) };
    }
    const everyone = await findConnections(tx.db, child.id);
    const people = viewPeople(
      viewer,
      peopleOnMap(viewer, actor.userId, everyone, today),
      new Map(),
    );
    await readOf(tx, child.id, viewer);
    return { kind: 'page', child, people };
  });
}

/** The map as JSON: exactly what this viewer's page shows them. */
export async function readPeopleJson(ctx: Ctx, childId: string) {
  return withBelongingChild(ctx, 'belonging.read', childId, async (scene) => {
    const { tx, actor, viewer, child, today } = scene;
    const everyone = await findConnections(tx.db, child.id);
    const names = await namesFor(tx, viewer, everyone);
    const people = viewPeople(viewer, peopleOnMap(viewer, actor.userId, everyone, today), names);
    await readOf(tx, child.id, viewer);
    return {
      child: { id: child.id, knownAs: child.knownAs },
      people: people.map(personJson),
    };
  });
}

/** The network on two days: the day asked about and today. */
export type ThenAndNow = {
  kind: 'page';
  child: BelongingChild;
  viewer: Viewer;
  on: string;
  today: string;
  then: { people: PersonView[]; committed: number };
  now: { people: PersonView[]; committed: number };
  /** Who joined between the two days, in the order they joined. */
  joinedSince: string[];
};

/**
 * The map as it stood on a day (the date the child became looked after, or a year ago, unless
 * one is given) beside the map today. A day in the future is refused, naming the field.
 */
export async function readThenAndNow(
  ctx: Ctx,
  childId: string,
  on: string | null,
): Promise<ThenAndNow | Elsewhere> {
  return withBelongingChild(ctx, 'belonging.read', childId, async (scene) => {
    const { tx, actor, viewer, child, today } = scene;
    const elsewhere = ownViewOf(viewer, child.id);
    if (elsewhere) return elsewhere;
    if (on !== null && on > today) {
      throw new Invalid({ on: 'The date to compare with must be today or earlier' });
    }
    const day = on ?? defaultThenOf(child, today);
    const everyone = await findConnections(tx.db, child.id);
    const names = await namesFor(tx, viewer, everyone);
    const visible = everyone.filter((person) => isConnectionVisible(viewer, actor.userId, person));
    const then = visible.filter((person) => isInNetworkOn(person, day));
    const now = visible.filter((person) => isInNetworkOn(person, today));
    const wasThere = new Set(then.map((person) => person.id));
    await readOf(tx, child.id, viewer);
    return {
      kind: 'page',
      child,
      viewer,
      on: day,
      today,
      then: {
        people: viewPeople(viewer, then, names),
        committed: countCommittedAdults(networkOn(everyone, day), day),
      },
      now: {
        people: viewPeople(viewer, now, names),
        committed: countCommittedAdults(networkOn(everyone, today), today),
      },
      joinedSince: now.filter((person) => !wasThere.has(person.id)).map((person) => person.name),
    };
  });
}

// Committed adults are counted among the people in the network that day: a pact recorded with
// someone who only joined the map later does not make them part of it before.
const networkOn = (people: readonly Connection[], day: string) =>
  people.filter((person) => isInNetworkOn(person, day));

// The day "then" starts from when none is asked for: when the child became looked after, or a
// year ago when that is not recorded.
function defaultThenOf(child: BelongingChild, today: string): string {
  if (child.lookedAfterSince && child.lookedAfterSince <= today) return child.lookedAfterSince;
  return DateTime.fromISO(today).minus({ years: 1 }).toISODate()!;
}
