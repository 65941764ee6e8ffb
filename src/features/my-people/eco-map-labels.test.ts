import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  angularDistance,
  CENTRE,
  CENTRE_RADIUS,
  isInside,
  NODE_RADIUS,
  overlapArea,
  VIEW_BOX,
  type Box,
  type LayoutInput,
} from './eco-map-geometry.ts';
import {
  freestAngle,
  labelToward,
  shortenName,
  shortenText,
  type LabelInput,
} from './eco-map-labels.ts';
import { drawEcoMap, layoutEcoMap, type EcoMapDrawing } from './eco-map-layout.ts';

const RING_WORDS = { 1: 'closest', 2: 'close', 3: 'further away' } as const;

/** The square each person's circle takes up. */
const nodeSquare = (at: { x: number; y: number }): Box => ({
  x: at.x - NODE_RADIUS,
  y: at.y - NODE_RADIUS,
  width: NODE_RADIUS * 2,
  height: NODE_RADIUS * 2,
});
const centreSquare: Box = {
  x: CENTRE - CENTRE_RADIUS,
  y: CENTRE - CENTRE_RADIUS,
  width: CENTRE_RADIUS * 2,
  height: CENTRE_RADIUS * 2,
};

/** Every pair of things on the drawing that overlap, named so a failure says which. */
function overlapsIn(drawing: EcoMapDrawing, people: readonly LabelInput[]): string[] {
  const things = [
    ...drawing.labels.map((label, index) => ({
      what: `${people[index]!.name}’s label`,
      box: label.box,
    })),
    ...drawing.positions.map((at, index) => ({ what: people[index]!.name, box: nodeSquare(at) })),
    { what: 'the centre', box: centreSquare },
    ...drawing.ringLabels.map((label) => ({ what: `“${label.text}”`, box: label.box })),
  ];
  const found: string[] = [];
  things.forEach((one, index) => {
    for (const other of things.slice(index + 1)) {
      const isLabel = (what: string) => what.endsWith('label') || what.startsWith('“');
      if (!isLabel(one.what) && !isLabel(other.what)) continue;
      if (overlapArea(one.box, other.box) > 0) found.push(`${one.what} / ${other.what}`);
    }
  });
  return found;
}

// Zara's map as her worker had arranged it when the names ran into each other: twelve people,
// some with long names and long descriptions, several placed by hand close together.
const ZARAS_MAP: LabelInput[] = [
  { name: 'Lee Parry-Whitfield', relationship: 'Youth worker', ring: 3, angle: 20 },
  {
    name: 'Mrs Patel',
    relationship: 'Family friend; lived next door to Zara and her mum',
    ring: 3,
    angle: 308,
  },
  { name: 'Samira Ahmed', relationship: 'My cousin', ring: 2, angle: 328 },
  { name: 'Maureen Cole', relationship: 'Former foster carer', ring: 2, angle: 40 },
  { name: 'Farida Ahmed', relationship: 'Nan', ring: 1, angle: 330 },
  { name: 'Karim Ahmed', relationship: 'Uncle', ring: 3, angle: 92, hasMarker: true },
  { name: 'Ms Okoro', relationship: 'Form tutor', ring: 2, angle: 112 },
  { name: 'Leah Thompson', relationship: 'Best friend', ring: 1, angle: 150 },
  { name: 'Noor Ahmed', relationship: 'Great-aunt (her grandad’s sister)', ring: 2, angle: 256 },
  { name: 'Pat Hughes', relationship: 'Former neighbour', ring: 3, angle: 236 },
  { name: 'Dean Morris', relationship: 'Football coach', ring: 2, angle: 184 },
  { name: 'Imam Yusuf', relationship: 'Imam at her mosque', ring: 3, angle: 164 },
].map((person, index) => ({ id: `p${index}`, ...person }));

const text = fc.string({ minLength: 1, maxLength: 60 }).filter((each) => each.trim() !== '');
const autoPlaced = fc
  .array(fc.record({ ring: fc.integer({ min: 1, max: 3 }), name: text, relationship: text }), {
    maxLength: 16,
  })
  .map((list): LabelInput[] =>
    list.map((each, index) => ({ id: `p${index}`, angle: null, ...each })),
  );
const people = fc
  .array(
    fc.record({
      ring: fc.integer({ min: 1, max: 3 }),
      angle: fc.option(fc.integer({ min: 0, max: 359 }), { nil: null }),
    }),
    { maxLength: 40 },
  )
  .map((list): LayoutInput[] => list.map((each, index) => ({ id: `p${index}`, ...each })));

describe('the map’s labels', () => {
  it('writes the rings’ names in the widest space between people', () => {
    expect(freestAngle([])).toBe(315);
    expect(freestAngle([{ angle: 0 }, { angle: 90 }])).toBe(225);
    expect(freestAngle([{ angle: 350 }, { angle: 10 }, { angle: 100 }])).toBe(225);
    fc.assert(
      fc.property(people, (list) => {
        const placed = layoutEcoMap(list);
        const free = freestAngle(placed);
        const nearest = Math.min(...placed.map((each) => angularDistance(each.angle, free)));
        if (placed.length > 0) expect(nearest).toBeGreaterThanOrEqual(180 / placed.length - 1e-9);
      }),
    );
  });

  it('cuts long words at the end of a phrase or a word, and names as late as it can', () => {
    expect(shortenText('Nan', 22)).toBe('Nan');
    expect(shortenText('Family friend; lived next door to Zara and her mum', 22)).toBe(
      'Family friend…',
    );
    expect(shortenText('Great-aunt (her grandad’s sister)', 22)).toBe('Great-aunt…');
    expect(shortenText('Youth worker and a family friend from before', 22)).toBe('Youth worker…');
    expect(shortenName('Christopher Wainwright-Hughes', 20)).toBe('Christopher Wainwri…');
  });

  it('writes names outwards: after people on the right, before those on the left, centred at the top and bottom', () => {
    const size = { width: 120, height: 40 };
    const at = { x: 300, y: 300 };
    const right = labelToward(at, size, 90);
    const left = labelToward(at, size, 270);
    const top = labelToward(at, size, 0);
    const bottom = labelToward(at, size, 180);
    expect(right).toMatchObject({ anchor: 'start' });
    expect(right.box.x).toBeGreaterThan(at.x + NODE_RADIUS);
    expect(left).toMatchObject({ anchor: 'end' });
    expect(left.box.x + left.box.width).toBeLessThan(at.x - NODE_RADIUS);
    expect(top).toMatchObject({ anchor: 'middle' });
    expect(top.box.y + top.box.height).toBeLessThan(at.y - NODE_RADIUS);
    expect(bottom).toMatchObject({ anchor: 'middle' });
    expect(bottom.box.y).toBeGreaterThan(at.y + NODE_RADIUS);
  });

  it('draws Zara’s twelve people with no label running into another, a person or a ring’s name', () => {
    const drawing = drawEcoMap(ZARAS_MAP, RING_WORDS);
    expect(overlapsIn(drawing, ZARAS_MAP)).toEqual([]);
    for (const label of [...drawing.labels, ...drawing.ringLabels]) {
      expect(isInside(label.box, VIEW_BOX), JSON.stringify(label)).toBe(true);
    }
    expect(drawing.ringLabels.map((label) => label.text)).toEqual([
      'closest',
      'close',
      'further away',
    ]);
  });

  it('puts each of Zara’s labels nearer its own person than anyone else', () => {
    const drawing = drawEcoMap(ZARAS_MAP, RING_WORDS);
    drawing.labels.forEach((label, index) => {
      const nearest = drawing.positions
        .map((at, each) => ({ each, distance: distanceToBox(at, label.box) }))
        .sort((a, b) => a.distance - b.distance)[0]!;
      expect(ZARAS_MAP[nearest.each]!.name, ZARAS_MAP[index]!.name).toBe(ZARAS_MAP[index]!.name);
    });
  });

  it('says which labels were cut short, keeping the words that fit', () => {
    const drawing = drawEcoMap(ZARAS_MAP, RING_WORDS);
    const patel = drawing.labels[1]!;
    expect(patel).toMatchObject({ name: 'Mrs Patel', relationship: 'Family friend…' });
    expect(patel.isShortened).toBe(true);
    expect(drawing.labels[4]).toMatchObject({ name: 'Farida Ahmed', isShortened: false });
  });

  it('keeps every label inside the picture for up to sixteen people it places itself', () => {
    fc.assert(
      fc.property(autoPlaced, (list) => {
        const drawing = drawEcoMap(list, RING_WORDS);
        for (const label of [...drawing.labels, ...drawing.ringLabels]) {
          expect(isInside(label.box, VIEW_BOX)).toBe(true);
        }
      }),
    );
  });

  it('draws the same map for the same people every time', () => {
    fc.assert(
      fc.property(autoPlaced, (list) => {
        expect(drawEcoMap(list, RING_WORDS)).toEqual(drawEcoMap(structuredClone(list), RING_WORDS));
      }),
      { numRuns: 20 },
    );
  });
});

function distanceToBox(point: { x: number; y: number }, box: Box): number {
  const dx = Math.max(box.x - point.x, 0, point.x - box.x - box.width);
  const dy = Math.max(box.y - point.y, 0, point.y - box.y - box.height);
  return Math.hypot(dx, dy);
}
