// Placements that have ended: children who moved between the agency's homes, and children whose
// time in the agency's care is over (home to family, adopted, on to supported lodgings).
import { daysLived } from './calendar.ts';
import { pickLegalBasis, type CareType } from './children.ts';
import type { Draft, Home, PlacedChild } from './draft.ts';
import { LEAVING_REASONS, MOVE_REASONS, NAME_GROUPS } from './names.ts';
import type { DemoPlacement } from './types.ts';

const MOVERS = 10;
const EMERGENCY_ENDED = 'Emergency stay ended as planned';

/** Gives some children living in a home now an earlier placement in another of the agency's homes. */
export function addEarlierHomes(draft: Draft, formerHomes: readonly Home[]): void {
  const { random } = draft;
  const candidates = draft.placed.filter(
    (placed) =>
      !placed.isFeatured &&
      (placed.placement.careType === 'long_term' || placed.placement.careType === 'short_term') &&
      placed.startedDaysAgo + 60 <= placed.daysLived,
  );
  for (const placed of random.shuffle(candidates).slice(0, MOVERS)) {
    const endedDaysAgo = Math.min(placed.startedDaysAgo + random.int(0, 2), placed.daysLived - 3);
    // The earlier home was approved well before the child left it.
    const others = formerHomes.filter(
      (home) => home !== placed.home && (home.approvedDaysAgo ?? 0) >= endedDaysAgo + 60,
    );
    const suitable = others.filter((home) => fitsAge(home, placed.age - 1));
    const home = random.pick(suitable.length > 0 ? suitable : others);
    const stayed = random.int(12, 540);
    const isEmergency = stayed < 30;
    addEndedPlacement(draft, placed, home, {
      careType: isEmergency ? 'emergency' : 'short_term',
      startedDaysAgo: endedDaysAgo + stayed,
      endedDaysAgo,
      endReason: isEmergency
        ? EMERGENCY_ENDED
        : random.pick(MOVE_REASONS.filter((reason) => reason !== EMERGENCY_ENDED)),
    });
  }
}

/** Adds children who lived with the agency's carers and have since left care, one for each way of leaving. */
export function addChildrenWhoLeft(draft: Draft, formerHomes: readonly Home[]): void {
  const { random } = draft;
  const ageRanges: Readonly<Record<string, [number, number]>> = {
    Adopted: [2, 6],
    'Moved to supported lodgings': [18, 19],
    'Special guardianship order granted to an aunt': [3, 10],
  };
  for (const endReason of LEAVING_REASONS) {
    const [youngest, oldest] = ageRanges[endReason] ?? [4, 14];
    const age = random.int(youngest, oldest);
    const careType: CareType = age >= 18 ? 'long_term' : 'short_term';
    const placed = addChildWhoLeft(draft, age, careType);
    const endedDaysAgo = Math.min(random.int(20, 600), Math.floor(placed.daysLived / 2));
    const approvedLongBefore = formerHomes.filter(
      (home) => (home.approvedDaysAgo ?? 0) >= endedDaysAgo + 180,
    );
    const home = random.pick(approvedLongBefore.length > 0 ? approvedLongBefore : formerHomes);
    addEndedPlacement(draft, placed, home, {
      careType,
      startedDaysAgo: endedDaysAgo + random.int(120, 900),
      endedDaysAgo,
      endReason,
    });
  }
}

function addChildWhoLeft(
  draft: Draft,
  age: number,
  careType: CareType,
): Pick<PlacedChild, 'child' | 'daysLived'> {
  const { random, calendar, namer } = draft;
  const daysSinceBirthday = random.int(20, 340);
  const group = random.pick(NAME_GROUPS);
  const isGirl = random.chance(0.5);
  const name = namer.child(isGirl ? group.girls : group.boys, namer.surname(group));
  const child = {
    id: random.uuid(),
    firstName: name.firstName,
    lastName: name.lastName,
    preferredName: null,
    dateOfBirth: calendar.birthDate(age, daysSinceBirthday),
    gender: isGirl ? 'girl' : 'boy',
    ...pickLegalBasis(draft, careType),
    youngPersonUserId: null,
  };
  draft.agency.children.push(child);
  return { child, daysLived: daysLived(age, daysSinceBirthday) };
}

function addEndedPlacement(
  draft: Draft,
  placed: Pick<PlacedChild, 'child' | 'daysLived'>,
  home: Home,
  story: { careType: string; startedDaysAgo: number; endedDaysAgo: number; endReason: string },
): void {
  const latest = [story.startedDaysAgo, placed.daysLived - 2];
  if (home.approvedDaysAgo !== null) latest.push(home.approvedDaysAgo - 7);
  const startedDaysAgo = Math.max(story.endedDaysAgo, Math.min(...latest));
  const placement: DemoPlacement = {
    id: draft.random.uuid(),
    childId: placed.child.id,
    householdId: home.household.id,
    careType: story.careType,
    startedOn: draft.calendar.daysAgo(startedDaysAgo),
    plannedEndOn: null,
    endedOn: draft.calendar.daysAgo(story.endedDaysAgo),
    endReason: story.endReason,
    isConfidential: true,
  };
  draft.agency.placements.push(placement);
}

function fitsAge(home: Home, age: number): boolean {
  const { ageFrom, ageTo } = home.household;
  return (ageFrom ?? 0) <= age && age <= (ageTo ?? 18);
}
