// Where everyone sits on the "my people" map. Pure geometry: the young person at the centre,
// three rings around them (1 is closest), closeness drawn as distance. Someone placed by hand keeps
// their angle; everyone else is spread over the room their ring has left, turned against the
// neighbouring rings so nobody lands on top of anybody else. The words beside them are placed by
// eco-map-labels.ts; drawEcoMap puts the two together.
import {
  angularDistance,
  normaliseAngle,
  pointOn,
  RINGS,
  toRing,
  type LayoutInput,
  type MapPosition,
  type Ring,
} from './eco-map-geometry.ts';
import {
  placeLabels,
  placeRingLabels,
  type LabelInput,
  type PersonLabel,
  type RingLabel,
} from './eco-map-labels.ts';

// The map's measures and words, for the pages that draw it and import them from here.
export {
  CENTRE,
  CENTRE_RADIUS,
  NODE_RADIUS,
  RING_RADII,
  RINGS,
  ringRadius,
  toRing,
  VIEW_BOX,
  type LayoutInput,
  type MapPosition,
  type Ring,
} from './eco-map-geometry.ts';
export { LABEL_GAP, LINE_HEIGHT, shortenName, type PersonLabel } from './eco-map-labels.ts';

// Where the first person goes on a ring when nothing else decides it.
const RING_START: Record<Ring, number> = { 1: 0, 2: 40, 3: 20 };

/**
 * The smallest angle the layout keeps between someone it placed and anyone else on the same ring,
 * given how many people share the ring. Evenly spread people are 360/n apart; filling the gaps
 * between hand-placed people never does worse than half that.
 */
export function minimumAutoGap(peopleOnRing: number): number {
  return peopleOnRing <= 1 ? 360 : 180 / peopleOnRing;
}

/** Everyone's place on the map, in the order given. The same people always get the same places. */
export function layoutEcoMap(people: readonly LayoutInput[]): MapPosition[] {
  const angles = new Map<string, { angle: number; isAutoPlaced: boolean }>();
  const handPlaced = people.filter((person) => person.angle !== null);
  for (const person of handPlaced) {
    angles.set(person.id, { angle: normaliseAngle(person.angle!), isAutoPlaced: false });
  }
  const onRing = (ring: Ring) => people.filter((person) => toRing(person.ring) === ring);
  const settle = (waiting: readonly LayoutInput[], spread: readonly number[]) =>
    waiting.forEach((person, index) => {
      angles.set(person.id, { angle: spread[index]!, isAutoPlaced: true });
    });
  // Rings with someone placed by hand fill the gaps between them first; the empty rings then turn
  // against every angle taken on the other rings, closest ring first.
  const [started, empty] = [
    RINGS.filter((ring) => onRing(ring).some((person) => person.angle !== null)),
    RINGS.filter((ring) => onRing(ring).every((person) => person.angle === null)),
  ];
  for (const ring of started) {
    const placed = onRing(ring).filter((person) => person.angle !== null);
    const waiting = onRing(ring).filter((person) => person.angle === null);
    settle(
      waiting,
      spreadOver(
        placed.map((person) => normaliseAngle(person.angle!)),
        waiting.length,
      ),
    );
  }
  for (const ring of empty) {
    const elsewhere = people
      .filter((person) => toRing(person.ring) !== ring && angles.has(person.id))
      .map((person) => angles.get(person.id)!.angle);
    settle(onRing(ring), spreadEvenly(onRing(ring).length, elsewhere, RING_START[ring]));
  }
  return people.map((person) => {
    const ring = toRing(person.ring);
    const { angle, isAutoPlaced } = angles.get(person.id)!;
    return { id: person.id, ring, angle, ...pointOn(ring, angle), isAutoPlaced };
  });
}

/**
 * `count` people evenly round an empty ring, turned (whole degrees) to lie as far as possible from
 * everyone on the other rings, so their names and lines do not stack up behind each other. On a tie
 * the turn nearest the ring's own starting angle wins.
 */
function spreadEvenly(count: number, elsewhere: readonly number[], start: number): number[] {
  if (count === 0) return [];
  const step = 360 / count;
  const at = (turn: number) =>
    Array.from({ length: count }, (_, index) => normaliseAngle(turn + step * index));
  let best = { turn: start, clearance: -1, fromStart: 0 };
  for (let offset = 0; offset < step; offset += 1) {
    const turn = start + offset;
    const clearance = Math.min(
      360,
      ...at(turn).flatMap((angle) => elsewhere.map((other) => angularDistance(angle, other))),
    );
    const fromStart = Math.min(offset, step - offset);
    if (
      clearance > best.clearance ||
      (clearance === best.clearance && fromStart < best.fromStart)
    ) {
      best = { turn, clearance, fromStart };
    }
  }
  return at(best.turn);
}

type Gap = { start: number; length: number; count: number };

/**
 * Angles for `count` people on a ring that already has people at `taken`. Each goes, in turn, into
 * the gap between placed people where the spacing would be widest (the earliest gap on a tie), and
 * each gap's people are spread evenly across it.
 */
function spreadOver(taken: number[], count: number): number[] {
  if (count === 0) return [];
  const sorted = [...taken].sort((a, b) => a - b);
  const gaps: Gap[] = sorted.map((angle, index) => {
    const next = index + 1 < sorted.length ? sorted[index + 1]! : sorted[0]! + 360;
    return { start: angle, length: next - angle, count: 0 };
  });
  const order: Gap[] = [];
  for (let placed = 0; placed < count; placed += 1) {
    let widest = gaps[0]!;
    for (const gap of gaps) {
      if (gap.length / (gap.count + 1) > widest.length / (widest.count + 1)) widest = gap;
    }
    widest.count += 1;
    order.push(widest);
  }
  const used = new Map<Gap, number>();
  return order.map((gap) => {
    const index = used.get(gap) ?? 0;
    used.set(gap, index + 1);
    return normaliseAngle(gap.start + (gap.length * (index + 1)) / (gap.count + 1));
  });
}

/** Everything drawn on the map. */
export type EcoMapDrawing = {
  positions: MapPosition[];
  labels: PersonLabel[];
  ringLabels: RingLabel[];
};

/** The whole map: people's places, their labels and the rings' names. */
export function drawEcoMap(
  people: readonly LabelInput[],
  ringWords: Record<Ring, string>,
): EcoMapDrawing {
  const positions = layoutEcoMap(people);
  const labels = placeLabels(people, positions);
  return {
    positions,
    labels,
    ringLabels: placeRingLabels(people, positions, labels, ringWords),
  };
}
