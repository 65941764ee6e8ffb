// Where each person sits on the "my people" map. Pure geometry: the young person at the centre of
// a square, three rings around them (1 is closest), closeness drawn as distance. Someone placed by
// hand keeps their angle; everyone else is spread over the room their ring has left, so nobody
// lands on top of anybody else. eco-map.js repeats the ring radii and the angle convention.

/** The side of the square the map is drawn in (SVG user units). */
export const MAP_SIZE = 700;

/** The centre of the map, on both axes. */
export const CENTRE = MAP_SIZE / 2;

/** How far from the centre each ring is drawn. */
export const RING_RADII = [115, 200, 285] as const;

/** The rings, closest first. */
export const RINGS = [1, 2, 3] as const;
export type Ring = (typeof RINGS)[number];

// Where the first person goes on a ring nobody has placed anyone on, turned a little per ring so
// that one person on each ring does not make a single straight line.
const RING_START: Record<Ring, number> = { 1: 0, 2: 40, 3: 20 };

/** A person as the layout needs them: which ring, and their angle if someone placed them. */
export type LayoutInput = { id: string; ring: number; angle: number | null };

/** A person's place on the map. Angles are degrees clockwise from the top (12 o'clock). */
export type MapPosition = {
  id: string;
  ring: Ring;
  angle: number;
  x: number;
  y: number;
  /** True when the layout chose the angle (nobody placed them). */
  isAutoPlaced: boolean;
};

/** The ring a stored value stands for, kept within the three rings. */
export function toRing(ring: number): Ring {
  if (ring <= 1) return 1;
  return ring >= 3 ? 3 : 2;
}

/** The radius a ring is drawn at. */
export function ringRadius(ring: Ring): number {
  return RING_RADII[ring - 1]!;
}

/** An angle turned into the range 0 (inclusive) to 360 (exclusive). */
export function normaliseAngle(angle: number): number {
  const turned = angle % 360;
  return turned < 0 ? turned + 360 : turned;
}

/** The shorter way round between two angles, in degrees (0 to 180). */
export function angularDistance(a: number, b: number): number {
  const apart = Math.abs(normaliseAngle(a) - normaliseAngle(b));
  return Math.min(apart, 360 - apart);
}

/** The point on a ring at an angle, rounded to a tenth of a unit. */
export function pointOn(ring: Ring, angle: number): { x: number; y: number } {
  const radians = (normaliseAngle(angle) * Math.PI) / 180;
  const radius = ringRadius(ring);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    x: round(CENTRE + radius * Math.sin(radians)),
    y: round(CENTRE - radius * Math.cos(radians)),
  };
}

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
  for (const ring of RINGS) {
    const onRing = people.filter((person) => toRing(person.ring) === ring);
    const placed = onRing.filter((person) => person.angle !== null);
    const waiting = onRing.filter((person) => person.angle === null);
    for (const person of placed) {
      angles.set(person.id, { angle: normaliseAngle(person.angle!), isAutoPlaced: false });
    }
    const spread = spreadOver(
      placed.map((person) => normaliseAngle(person.angle!)),
      waiting.length,
      RING_START[ring],
    );
    waiting.forEach((person, index) => {
      angles.set(person.id, { angle: spread[index]!, isAutoPlaced: true });
    });
  }
  return people.map((person) => {
    const ring = toRing(person.ring);
    const { angle, isAutoPlaced } = angles.get(person.id)!;
    return { id: person.id, ring, angle, ...pointOn(ring, angle), isAutoPlaced };
  });
}

type Gap = { start: number; length: number; count: number };

/**
 * Angles for `count` people on a ring that already has people at `taken`. With nobody placed they
 * go evenly round from `start`. Otherwise each goes, in turn, into the gap between placed people
 * where the spacing would be widest (the earliest gap on a tie), and each gap's people are spread
 * evenly across it.
 */
function spreadOver(taken: number[], count: number, start: number): number[] {
  if (count === 0) return [];
  if (taken.length === 0) {
    return Array.from({ length: count }, (_, index) =>
      normaliseAngle(start + (360 * index) / count),
    );
  }
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

/**
 * The angle furthest from everyone on the map: the middle of the widest gap between them, where
 * the rings' names can be written without running into anybody (top left on an empty map).
 */
export function freestAngle(positions: readonly Pick<MapPosition, 'angle'>[]): number {
  if (positions.length === 0) return 315;
  const sorted = positions.map((position) => normaliseAngle(position.angle)).sort((a, b) => a - b);
  let best = { start: sorted.at(-1)!, length: sorted[0]! + 360 - sorted.at(-1)! };
  sorted.forEach((angle, index) => {
    const next = sorted[index + 1];
    if (next !== undefined && next - angle > best.length)
      best = { start: angle, length: next - angle };
  });
  return normaliseAngle(best.start + best.length / 2);
}
