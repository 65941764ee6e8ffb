// A small seeded pseudo-random source (mulberry32): the same seed always gives the same demo
// agency, so a screenshot, a guide and a bug report all describe the same people.

export type Random = {
  /** A number in [0, 1). */
  fraction: () => number;
  /** A whole number from min to max, both included. */
  int: (min: number, max: number) => number;
  /** True with the given probability. */
  chance: (probability: number) => boolean;
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** A shuffled copy of a list. */
  shuffle: <T>(items: readonly T[]) => T[];
  /** A version 4 UUID made from the seeded sequence, so ids are the same on every run. */
  uuid: () => string;
};

/** Creates a deterministic random source from a seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const fraction = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(fraction() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[int(0, items.length - 1)]!;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  const uuid = () => {
    const bytes = Array.from({ length: 16 }, () => int(0, 255));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
  return { fraction, int, chance: (probability) => fraction() < probability, pick, shuffle, uuid };
}
