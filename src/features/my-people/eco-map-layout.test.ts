import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angularDistance, CENTRE, MAP_SIZE } from './eco-map-geometry.ts';
import { layoutEcoMap, minimumAutoGap, type LayoutInput } from './eco-map-layout.ts';

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

  it('keeps people on an empty ring away from the angles of the ring inside it', () => {
    const placed = layoutEcoMap([
      { id: 'nan', ring: 1, angle: null },
      { id: 'leah', ring: 1, angle: null },
      { id: 'dean', ring: 2, angle: null },
      { id: 'ms-okoro', ring: 2, angle: null },
    ]);
    for (const outer of placed.slice(2)) {
      for (const inner of placed.slice(0, 2)) {
        expect(angularDistance(outer.angle, inner.angle)).toBe(90);
      }
    }
  });

  it('turns an empty ring against people already placed on the others', () => {
    const placed = layoutEcoMap([
      { id: 'nan', ring: 1, angle: 330 },
      { id: 'imam', ring: 3, angle: 80 },
      { id: 'leah', ring: 1, angle: null },
      { id: 'pat', ring: 3, angle: null },
      { id: 'maureen', ring: 2, angle: null },
    ]);
    const maureen = placed.at(-1)!;
    for (const other of placed.slice(0, -1)) {
      expect(angularDistance(maureen.angle, other.angle)).toBeGreaterThanOrEqual(55);
    }
  });
});
