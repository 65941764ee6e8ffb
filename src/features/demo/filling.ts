// Decides how many children live in each home now, within its terms of approval, and fills it.
import {
  drawPlacementTiming,
  pickCareType,
  pickLegalBasis,
  placeChild,
  randomChildSpec,
  type BirthFamily,
  type CareType,
} from './children.ts';
import type { Draft, Home } from './draft.ts';
import { NAME_GROUPS } from './names.ts';

// Most homes are full; a few have room, as a real agency's do while matching goes on.
const SPARE_PLACES = 6;
const MOST_CHILDREN = 3;

/** Places `count` children across the homes, never more than a home's terms allow. */
export function fillHomes(draft: Draft, homes: readonly Home[], count: number): void {
  const approved = homes.filter((home) => home.household.status === 'approved');
  const foster = approved.filter((home) => home.household.careKind === 'foster');
  let capacity = approved.reduce((total, home) => total + home.occupancy, 0);
  while (capacity < count + SPARE_PLACES) {
    const home = draft.random.pick(foster.filter((each) => each.occupancy < MOST_CHILDREN));
    home.occupancy += 1;
    home.household.maxChildren = Math.max(home.household.maxChildren ?? 0, home.occupancy);
    capacity += 1;
  }
  while (capacity > count) {
    draft.random.pick(foster.filter((each) => each.occupancy > 0)).occupancy -= 1;
    capacity -= 1;
  }
  const wanted: CareType[] = ['parent_and_child', 'short_break', 'emergency', 'remand'];
  for (const home of approved) fillHome(draft, home, wanted);
}

function fillHome(draft: Draft, home: Home, wanted: CareType[]): void {
  const { random } = draft;
  let remaining = home.occupancy;
  const isKinship = home.household.careKind === 'kinship';
  while (remaining > 0) {
    // Kinship carers care for related children; foster homes sometimes keep brothers and sisters together.
    const isSiblingGroup = remaining >= 2 && (isKinship || random.chance(0.4));
    const ages = Array.from({ length: isSiblingGroup ? 2 : 1 }, () => drawAge(draft, home));
    const family = drawFamily(draft, home, ages, wanted);
    for (const age of ages) placeChild(draft, home, randomChildSpec(draft, home, family, age));
    remaining -= ages.length;
  }
}

function drawFamily(
  draft: Draft,
  home: Home,
  ages: readonly number[],
  wanted: CareType[],
): BirthFamily {
  const { random } = draft;
  const isKinship = home.household.careKind === 'kinship';
  const group = isKinship ? home.group : random.pick(NAME_GROUPS);
  const carerSurname = home.carers[0]!.name.lastName;
  const lastName = isKinship && random.chance(0.5) ? carerSurname : draft.namer.surname(group);
  const isSiblingGroup = ages.length > 1;
  // Brothers and sisters placed together are staying a while, not on a short break or remand.
  const careType = isSiblingGroup
    ? random.chance(0.6)
      ? 'long_term'
      : 'short_term'
    : pickCareType(draft, home, ages[0]!, wanted);
  return {
    group,
    lastName,
    careType,
    ...pickLegalBasis(draft, careType),
    ...drawPlacementTiming(draft, careType),
    siblingKey: isSiblingGroup ? random.uuid() : null,
  };
}

function drawAge(draft: Draft, home: Home): number {
  const from = home.household.ageFrom ?? 0;
  const to = Math.min(home.household.ageTo ?? 17, 17);
  return draft.random.int(from, to);
}
