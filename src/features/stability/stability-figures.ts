// How settled the agency's children are, measured as England measures it: pure functions over the
// placements the agency knows, so the report, a child's page and the tests all count alike. Only
// placements with the agency's own households are known, so a child who spent part of the year
// elsewhere is counted from what the agency saw.
import type { EndReasonKind } from '../../core/db/tables.ts';
import type { Jurisdiction } from '../../core/jurisdiction/england.ts';
import { addMonths } from '../../core/time/working-days.ts';
import { ageOn } from '../../core/time/dates.ts';

type Rules = Jurisdiction['placements'];

/** What the figures need to know about one placement. */
export type PlacementFacts = {
  id: string;
  childId: string;
  startedOn: string;
  endedOn: string | null;
  endReasonKind: EndReasonKind | null;
  /** The rank of the household the worker chose, when the placement came from a matching decision. */
  chosenRank: number | null;
};

/** What the figures need to know about one child. */
export type ChildFacts = { id: string; dateOfBirth: string };

/** A count out of a whole, with its percentage (none when the whole is nothing). */
export type Share = { count: number; of: number; percent: number | null };

/** Why placements ended; an ending recorded before reasons had kinds is "not_recorded". */
export type EndingCounts = Record<EndReasonKind | 'not_recorded', number>;

/** What became of placements that came from one kind of matching decision. */
export type MatchingOutcome = { placements: number; stillGoing: number; endings: EndingCounts };

export type StabilityFigures = {
  /** The year measured: from this date to today, both included. */
  yearFrom: string;
  today: string;
  /** Children in care during the year with the many-moves number of placements or more. */
  manyMoves: Share & { children: Array<{ childId: string; placements: number }> };
  /** Of the younger children long in care, those in the same home for the rule's months. */
  longTermStability: Share;
  /** Placements that ended during the year, by why. */
  endings: { total: number; byReason: EndingCounts };
  /** Placements from decisions that followed the ranking (first chosen) and that overrode it. */
  matching: { followed: MatchingOutcome; overrode: MatchingOutcome };
};

/** A share as a whole percentage; none when there is nothing to share. */
export function shareOf(count: number, of: number): Share {
  return { count, of, percent: of === 0 ? null : Math.round((count * 100) / of) };
}

/** The first day of the year a stability figure looks back over, ending today. */
export function stabilityYearFrom(today: string, rules: Rules): string {
  return addMonths(today, -rules.manyMoves.months);
}

/** True when a placement was going on at some time between yearFrom and today. */
export function isDuringYear(
  placement: Pick<PlacementFacts, 'startedOn' | 'endedOn'>,
  yearFrom: string,
  today: string,
): boolean {
  return (
    placement.startedOn <= today && (placement.endedOn === null || placement.endedOn >= yearFrom)
  );
}

/** How many of a child's placements were going on at some time in the year up to today. */
export function countPlacementsInYear(
  placements: Pick<PlacementFacts, 'startedOn' | 'endedOn'>[],
  today: string,
  rules: Rules,
): number {
  const yearFrom = stabilityYearFrom(today, rules);
  return placements.filter((placement) => isDuringYear(placement, yearFrom, today)).length;
}

function emptyEndings(): EndingCounts {
  return {
    planned: 0,
    disruption: 0,
    move_to_siblings_or_kin: 0,
    return_home: 0,
    adoption: 0,
    special_guardianship: 0,
    turned_18: 0,
    staying_put: 0,
    other: 0,
    not_recorded: 0,
  };
}

function countEndings(placements: PlacementFacts[]): EndingCounts {
  const counts = emptyEndings();
  for (const placement of placements) {
    if (placement.endedOn === null) continue;
    counts[placement.endReasonKind ?? 'not_recorded'] += 1;
  }
  return counts;
}

function groupByChild(placements: PlacementFacts[]): Map<string, PlacementFacts[]> {
  const byChild = new Map<string, PlacementFacts[]>();
  for (const placement of placements) {
    const list = byChild.get(placement.childId) ?? [];
    list.push(placement);
    byChild.set(placement.childId, list);
  }
  return byChild;
}

/**
 * Of children under the rule's age who have been in care the rule's months or more, the share in
 * the same home for the rule's months or more. "In care continuously" is approximated as: their
 * first placement with the agency began that long ago, and they live in one of its homes today.
 */
function longTermStability(
  children: ChildFacts[],
  byChild: Map<string, PlacementFacts[]>,
  today: string,
  rules: Rules,
): Share {
  const rule = rules.longTermStability;
  const inCareSince = addMonths(today, -rule.monthsInCare);
  const sameHomeSince = addMonths(today, -rule.monthsInSamePlacement);
  let of = 0;
  let count = 0;
  for (const child of children) {
    if (ageOn(child.dateOfBirth, today) >= rule.underAge) continue;
    const started = (byChild.get(child.id) ?? []).filter((each) => each.startedOn <= today);
    const current = started.find((each) => each.endedOn === null);
    if (!current) continue;
    const firstStart = started.reduce((first, each) => minDate(first, each.startedOn), today);
    if (firstStart > inCareSince) continue;
    of += 1;
    if (current.startedOn <= sameHomeSince) count += 1;
  }
  return shareOf(count, of);
}

const minDate = (a: string, b: string) => (a <= b ? a : b);

function matchingOutcome(placements: PlacementFacts[]): MatchingOutcome {
  return {
    placements: placements.length,
    stillGoing: placements.filter((each) => each.endedOn === null).length,
    endings: countEndings(placements),
  };
}

/** Every stability figure for the agency, from its children and all their placements. */
export function computeStabilityFigures(
  children: ChildFacts[],
  placements: PlacementFacts[],
  today: string,
  rules: Rules,
): StabilityFigures {
  const yearFrom = stabilityYearFrom(today, rules);
  const byChild = groupByChild(placements);
  let inCareDuringYear = 0;
  const manyMoveChildren: Array<{ childId: string; placements: number }> = [];
  for (const [childId, list] of byChild) {
    const during = list.filter((each) => isDuringYear(each, yearFrom, today)).length;
    if (during === 0) continue;
    inCareDuringYear += 1;
    if (during >= rules.manyMoves.placements)
      manyMoveChildren.push({ childId, placements: during });
  }
  const endedInYear = placements.filter(
    (each) => each.endedOn !== null && each.endedOn >= yearFrom && each.endedOn <= today,
  );
  const fromMatching = placements.filter((each) => each.chosenRank !== null);
  return {
    yearFrom,
    today,
    manyMoves: {
      ...shareOf(manyMoveChildren.length, inCareDuringYear),
      children: manyMoveChildren,
    },
    longTermStability: longTermStability(children, byChild, today, rules),
    endings: { total: endedInYear.length, byReason: countEndings(endedInYear) },
    matching: {
      followed: matchingOutcome(fromMatching.filter((each) => each.chosenRank === 1)),
      overrode: matchingOutcome(fromMatching.filter((each) => (each.chosenRank ?? 0) > 1)),
    },
  };
}
