// The words on the "my people" map: each person's name and what they are to the child, written
// beside them away from the middle and nudged until no two names, people or lines run into each
// other and none leaves the drawing; then the rings' names, where they run into nobody. eco-map.js
// repeats the first choice of where a name goes (labelToward), so a name follows its person when
// they are moved.
import {
  CENTRE,
  CENTRE_RADIUS,
  crosses,
  distanceTo,
  isInside,
  NODE_RADIUS,
  normaliseAngle,
  overlapArea,
  pointOn,
  RINGS,
  roundTenth,
  VIEW_BOX,
  type Box,
  type LayoutInput,
  type MapPosition,
  type Point,
  type Ring,
  type Segment,
} from './eco-map-geometry.ts';

// Names and what people are to the child, written beside them. Text cannot be measured on the
// server, so each line's width is estimated from its letters, generously enough for the wide
// system fonts (DejaVu Sans); the sizes match kinfold.css's "My people map" section.

/** Text sizes of a person's two lines, and how far the second sits below the first. */
export const NAME_SIZE = 22;
export const RELATIONSHIP_SIZE = 17;
export const LINE_HEIGHT = 20;
const RING_LABEL_SIZE = 17;

// Room between a person's circle and their name, and around each label's text.
export const LABEL_GAP = 8;
const PADDING = 3;
const NAME_ASCENT = 17;
const DESCENT = 5;

const MOST_NAME = 20;
const MOST_RELATIONSHIP = 22;

/** A person as their label needs them. `hasMarker` for the red square drawn at their top right. */
export type LabelInput = LayoutInput & { name: string; relationship: string; hasMarker?: boolean };

export type LabelAnchor = 'start' | 'middle' | 'end';

/** A person's label: the words drawn, and where, relative to the centre of their circle. */
export type PersonLabel = {
  id: string;
  name: string;
  relationship: string;
  /** True when a line was cut short to fit; the full words go in the node's title. */
  isShortened: boolean;
  anchor: LabelAnchor;
  /** The start of the name's baseline, from the person's centre; the relationship is a line below. */
  dx: number;
  dy: number;
  /** The box the words take up, in the map's units. */
  box: Box;
};

/**
 * A ring's name ("closest") centred on its ring where it runs into nobody; or, on a map too full
 * for that, all three in one line in a corner ("closest → close → further away"), with no ring.
 */
export type RingLabel = { ring: Ring | null; text: string; x: number; y: number; box: Box };

/** A name cut to at most `most` characters, with an ellipsis: as much of it as fits. */
export function shortenName(name: string, most: number): string {
  const letters = [...name];
  return letters.length <= most
    ? name
    : `${letters
        .slice(0, most - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Words cut to at most `most` characters with an ellipsis, at the end of the first phrase or of a
 * word, so what is left still makes sense; unchanged when they fit.
 */
export function shortenText(text: string, most: number): string {
  if ([...text].length <= most) return text;
  // The first part of "Family friend; lived next door…" or "Great-aunt (her grandad's sister)".
  const clause = /^(.{3,}?)\s*(?:[;,:(]|\s[-–—]\s)/.exec(text)?.[1];
  if (clause !== undefined && clause.length < most) return `${clause}…`;
  const cut = [...text].slice(0, most - 1).join('');
  const space = cut.lastIndexOf(' ');
  const words = space >= most / 2 ? cut.slice(0, space) : cut;
  // "Youth worker…", never "Youth worker and…".
  return `${words.replace(TRAILING_LINKS, '').replace(/[\s,;:(–—-]+$/, '')}…`;
}

const TRAILING_LINKS =
  /(?:[\s,;:(-]+(?:and|or|of|the|a|an|at|to|in|on|for|with|her|his|their|my|from))+$/i;

// Widths of letters as fractions of the text size (DejaVu Sans, which is wider than most).
const NARROW = /[ijlItf.,;:'’!|()[\]\s-]/;
const WIDE = /[mwMW@…]/;
/** The estimated width of a line of text. */
export function textWidth(text: string, size: number, isBold: boolean): number {
  let ems = 0;
  for (const letter of text) {
    if (NARROW.test(letter)) ems += 0.34;
    else if (WIDE.test(letter)) ems += 0.92;
    // Chinese, Japanese, Korean and emoji are a full square each.
    else if (letter.codePointAt(0)! >= 0x2e80) ems += 1.1;
    else if (letter !== letter.toLowerCase()) ems += 0.72;
    else ems += 0.6;
  }
  return ems * size * (isBold ? 1.1 : 1);
}

type Size = { width: number; height: number };

/** The square a person's circle takes up, with the red square at its top right when drawn. */
function nodeBox(at: Point, hasMarker: boolean): Box {
  const reach = NODE_RADIUS + 2;
  const box = { x: at.x - reach, y: at.y - reach, width: reach * 2, height: reach * 2 };
  return hasMarker ? { ...box, y: box.y - 8, width: box.width + 6, height: box.height + 8 } : box;
}

const CENTRE_BOX: Box = {
  x: CENTRE - CENTRE_RADIUS,
  y: CENTRE - CENTRE_RADIUS,
  width: CENTRE_RADIUS * 2,
  height: CENTRE_RADIUS * 2,
};

/**
 * Where a label goes when written towards `direction` (degrees clockwise from the top) from a
 * person's centre, `push` further out than touching: beside them, its text starting or ending
 * there, on the left and right; centred above or below them near the top and bottom.
 */
export function labelToward(
  at: Point,
  size: Size,
  direction: number,
  push = 0,
): { box: Box; anchor: LabelAnchor } {
  const radians = (normaliseAngle(direction) * Math.PI) / 180;
  const across = Math.sin(radians);
  const up = Math.cos(radians);
  const reach = NODE_RADIUS + LABEL_GAP + push;
  if (Math.abs(across) >= 0.5) {
    const left = across > 0 ? at.x + reach * across : at.x + reach * across - size.width;
    const top = at.y - up * (reach + size.height / 2) - size.height / 2;
    return { box: { x: left, y: top, ...size }, anchor: across > 0 ? 'start' : 'end' };
  }
  const top = up > 0 ? at.y - reach - size.height : at.y + reach;
  return { box: { x: at.x + across * reach - size.width / 2, y: top, ...size }, anchor: 'middle' };
}

type Sized = { id: string; name: string; relationship: string; isShortened: boolean; size: Size };

function sizeLabel(person: LabelInput): Sized {
  const name = shortenName(person.name.trim(), MOST_NAME);
  const relationship = shortenText(person.relationship.trim(), MOST_RELATIONSHIP);
  const width = Math.max(
    textWidth(name, NAME_SIZE, true),
    // With the space the view writes before it, so the two lines read as two phrases.
    relationship === '' ? 0 : textWidth(` ${relationship}`, RELATIONSHIP_SIZE, false),
  );
  const height = NAME_ASCENT + (relationship === '' ? 0 : LINE_HEIGHT) + DESCENT;
  return {
    id: person.id,
    name,
    relationship,
    isShortened: name !== person.name.trim() || relationship !== person.relationship.trim(),
    size: { width: width + PADDING * 2, height: height + PADDING * 2 },
  };
}

function finishLabel(sized: Sized, at: Point, choice: Choice): PersonLabel {
  const { box, anchor } = choice;
  const anchorX = {
    start: box.x + PADDING,
    middle: box.x + box.width / 2,
    end: box.x + box.width - PADDING,
  };
  return {
    id: sized.id,
    name: sized.name,
    relationship: sized.relationship,
    isShortened: sized.isShortened,
    anchor,
    dx: roundTenth(anchorX[anchor] - at.x),
    dy: roundTenth(box.y + PADDING + NAME_ASCENT - at.y),
    box,
  };
}

// The nudges tried for a label, best first: turning away from straight out, pushing further out,
// sliding along the ring. Each costs a little, so a label only moves as far as it must.
const TURNS = [0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180];
const PUSHES = [0, 14, 28, 48, 72];
const SLIDES = [0, 24, -24, 48, -48, 72, -72];
const MOST_ROUNDS = 12;

type Choice = { box: Box; anchor: LabelAnchor };

/** What every label is placed among: people, the centre, the lines out to people, the frame. */
type Scene = { people: Point[]; solids: Box[]; lines: Segment[] };

/**
 * How bad a place for label `own` is: running into another label, a person or the centre worst;
 * then sitting nearer someone else than its own person (it would name the wrong one); then each
 * line through it (its halo keeps it readable); then how far from its person it is.
 */
function costOf(
  box: Box,
  own: number,
  boxes: readonly (Box | null)[],
  scene: Scene,
  enough: number,
): number {
  const distance = distanceTo(scene.people[own]!, box);
  let cost = distance * 5;
  boxes.forEach((other, index) => {
    if (other !== null && index !== own) cost += overlapArea(box, other) * 100;
  });
  for (const solid of scene.solids) cost += overlapArea(box, solid) * 100;
  // Already worse than the best so far: the rest cannot make it better.
  if (cost >= enough) return cost;
  scene.people.forEach((person, index) => {
    if (index !== own && distanceTo(person, box) < distance + NODE_RADIUS) cost += 300;
  });
  scene.lines.forEach((line, index) => {
    if (crosses(line, box)) cost += index === own ? 200 : 100;
  });
  return cost;
}

function bestChoice(
  position: MapPosition,
  size: Size,
  own: number,
  boxes: readonly (Box | null)[],
  scene: Scene,
): Choice {
  const along = ((position.angle + 90) * Math.PI) / 180;
  let best: (Choice & { cost: number }) | null = null;
  for (const [turnIndex, turn] of TURNS.entries()) {
    for (const push of PUSHES) {
      for (const slide of SLIDES) {
        const placed = labelToward(position, size, position.angle + turn, push);
        const box = {
          ...placed.box,
          x: placed.box.x + slide * Math.sin(along),
          y: placed.box.y - slide * Math.cos(along),
        };
        if (!isInside(box, VIEW_BOX)) continue;
        const nudged = turnIndex * 8 + push * 0.5 + Math.abs(slide) * 0.5;
        const enough: number = (best?.cost ?? Infinity) - nudged;
        if (enough <= 0) continue;
        const cost: number = costOf(box, own, boxes, scene, enough) + nudged;
        if (best === null || cost < best.cost) best = { box, anchor: placed.anchor, cost };
      }
    }
  }
  return best ?? clampInto(labelToward(position, size, position.angle + 180), VIEW_BOX);
}

/** A label moved the least it must to lie inside the frame. */
function clampInto(choice: Choice, frame: Box): Choice {
  const { box } = choice;
  const x = Math.min(Math.max(box.x, frame.x), frame.x + frame.width - box.width);
  const y = Math.min(Math.max(box.y, frame.y), frame.y + frame.height - box.height);
  return { ...choice, box: { ...box, x, y } };
}

function hasClash(index: number, boxes: readonly (Box | null)[], scene: Scene): boolean {
  const box = boxes[index]!;
  return (
    boxes.some((other, at) => other !== null && at !== index && overlapArea(box, other) > 0) ||
    scene.solids.some((solid) => overlapArea(box, solid) > 0)
  );
}

/**
 * Everyone's label, in the order given. Each is placed in turn, inner rings first as they have the
 * least room, at its cheapest nudge; then, for a bounded number of rounds, every label that still
 * runs into another label or a person moves to its cheapest nudge given where the others are now.
 */
export function placeLabels(
  people: readonly LabelInput[],
  positions: readonly MapPosition[],
): PersonLabel[] {
  const sized = people.map(sizeLabel);
  const scene: Scene = {
    people: [...positions],
    solids: [
      ...positions.map((position, index) => nodeBox(position, people[index]!.hasMarker ?? false)),
      CENTRE_BOX,
    ],
    lines: positions.map((position) => ({ from: { x: CENTRE, y: CENTRE }, to: position })),
  };
  const order = positions
    .map((position, index) => ({ ring: position.ring, index }))
    .sort((a, b) => a.ring - b.ring || a.index - b.index)
    .map(({ index }) => index);
  const choices: (Choice | null)[] = positions.map(() => null);
  const boxesNow = () => choices.map((choice) => choice?.box ?? null);
  const choose = (index: number) =>
    bestChoice(positions[index]!, sized[index]!.size, index, boxesNow(), scene);
  for (const index of order) choices[index] = choose(index);
  for (let round = 0; round < MOST_ROUNDS; round += 1) {
    let hasMoved = false;
    for (const index of order) {
      if (!hasClash(index, boxesNow(), scene)) continue;
      const better = choose(index);
      const current = choices[index]!;
      if (better.box.x !== current.box.x || better.box.y !== current.box.y) {
        choices[index] = better;
        hasMoved = true;
      }
    }
    if (!hasMoved) break;
  }
  return choices.map((choice, index) => finishLabel(sized[index]!, positions[index]!, choice!));
}

/**
 * The angle furthest from everyone on the map: the middle of the widest gap between them, where
 * the rings' names are looked for first (top left on an empty map).
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

/**
 * Where the rings' names go: along one line out from the centre where none of the three comes
 * near a person, a label or a line, looked for from the widest gap between people round; failing
 * that, each ring's name on its own clear spot; failing that, one line in the clearest corner.
 */
export function placeRingLabels(
  people: readonly LabelInput[],
  positions: readonly MapPosition[],
  labels: readonly PersonLabel[],
  words: Record<Ring, string>,
): RingLabel[] {
  const solids = [
    ...labels.map((label) => label.box),
    ...positions.map((position, index) => nodeBox(position, people[index]!.hasMarker ?? false)),
  ];
  const lines = positions.map((position) => ({ from: { x: CENTRE, y: CENTRE }, to: position }));
  // Room kept round a ring's name, so it is not read as part of someone's label.
  const clashes = (label: RingLabel, others: readonly RingLabel[] = []) => {
    const room = { x: label.box.x - 8, y: label.box.y - 6, width: label.box.width + 16 };
    const kept = { ...room, height: label.box.height + 12 };
    return (
      (isInside(label.box, VIEW_BOX) ? 0 : 1e9) +
      [...solids, ...others.map((other) => other.box)].reduce(
        (sum, solid) => sum + overlapArea(kept, solid),
        0,
      ) +
      lines.filter((line) => crosses(line, label.box)).length * 400
    );
  };
  const freest = freestAngle(positions);
  const angles = Array.from({ length: 72 }, (_, index) =>
    normaliseAngle(freest + (index % 2 === 0 ? 1 : -1) * Math.ceil(index / 2) * 5),
  );
  const onRing = (ring: Ring, angle: number) => ringWordAt(words[ring], ring, pointOn(ring, angle));
  for (const angle of angles) {
    const together = RINGS.map((ring) => onRing(ring, angle));
    if (together.every((label, index) => clashes(label, together.slice(0, index)) === 0)) {
      return together;
    }
  }
  const apart: RingLabel[] = [];
  for (const ring of RINGS) {
    const clearest = angles
      .map((angle) => onRing(ring, angle))
      .reduce((best, label) => (clashes(label, apart) < clashes(best, apart) ? label : best));
    apart.push(clearest);
  }
  if (apart.every((label, index) => clashes(label, apart.slice(0, index)) === 0)) return apart;
  const key = cornerKeys(`${words[1]} → ${words[2]} → ${words[3]}`).reduce((best, label) =>
    clashes(label) < clashes(best) ? label : best,
  );
  return [key];
}

function ringWordAt(text: string, ring: Ring | null, centre: Point): RingLabel {
  const width = textWidth(text, RING_LABEL_SIZE, false) + PADDING * 2;
  const height = RING_LABEL_SIZE + PADDING * 2;
  const box = { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
  return {
    ring,
    text,
    x: roundTenth(centre.x),
    y: roundTenth(centre.y + RING_LABEL_SIZE * 0.35),
    box,
  };
}

/** The key of the rings' names in each corner of the picture, bottom left first. */
function cornerKeys(text: string): RingLabel[] {
  const { width, height } = ringWordAt(text, null, { x: 0, y: 0 }).box;
  const inset = 4;
  const left = VIEW_BOX.x + inset + width / 2;
  const right = VIEW_BOX.x + VIEW_BOX.width - inset - width / 2;
  const top = VIEW_BOX.y + inset + height / 2;
  const bottom = VIEW_BOX.y + VIEW_BOX.height - inset - height / 2;
  return [
    { x: left, y: bottom },
    { x: right, y: bottom },
    { x: left, y: top },
    { x: right, y: top },
  ].map((centre) => ringWordAt(text, null, centre));
}
