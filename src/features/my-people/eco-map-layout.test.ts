import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  angularDistance,
  CENTRE,
  freestAngle,
  layoutEcoMap,
  MAP_SIZE,
  minimumAutoGap,
  type LayoutInput,
} from './eco-map-layout.ts';

const person = fc.record({
  ring: fc.integer({ min: 1, max: 3 }),
  angle: fc.option(fc.integer({ min: 0, max: 359 }), { nil: null }),
});
const people = fc
  .array(person, { maxLength: 40 })
  .map((list): LayoutInput[] => list.map((each, index) => ({ id: `p${index}`, ...each })));

const distanceFromCentre = (point: { x: number; y: number }) =>
  Math.hypot(point.x - CENTRE, point.y - CENTRE);

describe('the map’s layout', () => {
  it('puts Zara’s nan at the top of the closest ring and spreads three friends evenly round the next', () => {
    const placed = layoutEcoMap([
      { id: 'nan', ring: 1, angle: 0 },
      { id: 'leah', ring: 2, angle: null },
      { id: 'dean', ring: 2, angle: null },
      { id: 'ms-okoro', ring: 2, angle: null },
    ]);
    expect(placed[0]).toMatchObject({ id: 'nan', angle: 0, x: CENTRE, isAutoPlaced: false });
    const friends = placed.slice(1).map((each) => each.angle);
    expect(angularDistance(friends[0]!, friends[1]!)).toBeCloseTo(120);
    expect(angularDistance(friends[1]!, friends[2]!)).toBeCloseTo(120);
  });

  it('fills the widest space between people placed by hand', () => {
    const placed = layoutEcoMap([
      { id: 'a', ring: 1, angle: 0 },
      { id: 'b', ring: 1, angle: 90 },
      { id: 'new', ring: 1, angle: null },
    ]);
    expect(placed[2]!.angle).toBeCloseTo(225);
  });

  it('gives every person a place inside the square', () => {
    fc.assert(
      fc.property(people, (list) => {
        const placed = layoutEcoMap(list);
        expect(placed.map((each) => each.id)).toEqual(list.map((each) => each.id));
        for (const each of placed) {
          expect(each.x).toBeGreaterThanOrEqual(0);
          expect(each.x).toBeLessThanOrEqual(MAP_SIZE);
          expect(each.y).toBeGreaterThanOrEqual(0);
          expect(each.y).toBeLessThanOrEqual(MAP_SIZE);
        }
      }),
    );
  });

  it('draws closer rings nearer the centre, always', () => {
    fc.assert(
      fc.property(people, (list) => {
        const placed = layoutEcoMap(list);
        for (const near of placed) {
          for (const far of placed) {
            if (near.ring < far.ring) {
              expect(distanceFromCentre(near)).toBeLessThan(distanceFromCentre(far));
            }
          }
        }
      }),
    );
  });

  it('keeps the angle of anyone placed by hand', () => {
    fc.assert(
      fc.property(people, (list) => {
        const placed = layoutEcoMap(list);
        list.forEach((each, index) => {
          if (each.angle !== null) expect(placed[index]!.angle).toBe(each.angle);
        });
      }),
    );
  });

  it('never puts someone it placed closer than the minimum gap to anyone on their ring', () => {
    fc.assert(
      fc.property(people, (list) => {
        const placed = layoutEcoMap(list);
        for (const auto of placed.filter((each) => each.isAutoPlaced)) {
          const ring = placed.filter((each) => each.ring === auto.ring);
          for (const other of ring) {
            if (other.id === auto.id) continue;
            expect(angularDistance(auto.angle, other.angle)).toBeGreaterThanOrEqual(
              minimumAutoGap(ring.length) - 1e-9,
            );
          }
        }
      }),
    );
  });

  it('gives the same people the same places every time', () => {
    fc.assert(
      fc.property(people, (list) => {
        expect(layoutEcoMap(list)).toEqual(layoutEcoMap(structuredClone(list)));
      }),
    );
  });

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
});
