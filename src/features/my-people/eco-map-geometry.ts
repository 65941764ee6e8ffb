// The measures the "my people" map is drawn with, shared by the layout of people on the rings
// (eco-map-layout.ts) and of the words beside them (eco-map-labels.ts): the frame, the rings,
// angles and points on them, and the boxes everything takes up. eco-map.js repeats the angle
// convention, so a person dragged on the page lands where the server would put them.

/** The side of the square the rings are drawn in (SVG user units). */
export const MAP_SIZE = 700;

/** The centre of the map, on both axes. */
export const CENTRE = MAP_SIZE / 2;

/** How far from the centre each ring is drawn. */
export const RING_RADII = [115, 200, 285] as const;

/** The rings, closest first. */
export const RINGS = [1, 2, 3] as const;
export type Ring = (typeof RINGS)[number];

/** The circle drawn for each person, and the one for the young person in the middle. */
export const NODE_RADIUS = 20;
export const CENTRE_RADIUS = 58;

/** A rectangle in the map's units. */
export type Box = { x: number; y: number; width: number; height: number };

/** A point in the map's units. */
export type Point = { x: number; y: number };

/** A straight line between two points, such as the one out to a person. */
export type Segment = { from: Point; to: Point };

/**
 * The picture's frame: the rings' square with room either side for the names of people at three
 * and nine o'clock, written outwards, and a little above and below.
 */
export const VIEW_BOX: Box = { x: -80, y: -20, width: MAP_SIZE + 160, height: MAP_SIZE + 40 };

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
export function pointOn(ring: Ring, angle: number): Point {
  const radians = (normaliseAngle(angle) * Math.PI) / 180;
  const radius = ringRadius(ring);
  return {
    x: roundTenth(CENTRE + radius * Math.sin(radians)),
    y: roundTenth(CENTRE - radius * Math.cos(radians)),
  };
}

/** A value rounded to a tenth of a unit, so the drawing's numbers stay short. */
export function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The overlapping area of two boxes (0 when apart). */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** True when a box lies wholly inside another. */
export function isInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** How far a box's nearest edge is from a point (0 when the point is inside). */
export function distanceTo(point: Point, box: Box): number {
  const dx = Math.max(box.x - point.x, 0, point.x - box.x - box.width);
  const dy = Math.max(box.y - point.y, 0, point.y - box.y - box.height);
  return Math.hypot(dx, dy);
}

/** True when a line segment passes through a box (Liang–Barsky clipping). */
export function crosses(segment: Segment, box: Box): boolean {
  const dx = segment.to.x - segment.from.x;
  const dy = segment.to.y - segment.from.y;
  let enter = 0;
  let leave = 1;
  const edges: [number, number][] = [
    [-dx, segment.from.x - box.x],
    [dx, box.x + box.width - segment.from.x],
    [-dy, segment.from.y - box.y],
    [dy, box.y + box.height - segment.from.y],
  ];
  for (const [step, room] of edges) {
    if (step === 0) {
      if (room < 0) return false;
    } else if (step < 0) enter = Math.max(enter, room / step);
    else leave = Math.min(leave, room / step);
  }
  return enter < leave;
}
