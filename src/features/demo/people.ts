// Gives out names and email addresses so that no two people in the demo share either.
import type { NameGroup } from './names.ts';
import type { Random } from './random.ts';

export const DEMO_EMAIL_DOMAIN = 'demo.kinfold.org';

export type Sex = 'woman' | 'man';
export type PersonName = { firstName: string; lastName: string };

export type Namer = {
  /**
   * Claims a name chosen by hand (staff, featured families), so no one else is given it; their
   * surname is kept for them too, so no stranger seems to be their relative.
   */
  reserve: (name: PersonName) => PersonName;
  /** An adult of the group, optionally with a surname already decided (a partner, a parent). */
  adult: (group: NameGroup, sex: Sex, lastName?: string) => PersonName;
  /** A surname of the group that no hand-chosen person or household has, where one is left. */
  surname: (group: NameGroup) => string;
  /** Like surname, and from now on the name of a household, so no two households share a name. */
  familySurname: (group: NameGroup) => string;
  /** A child whose first name comes from a list and whose surname is already decided. */
  child: (firstNames: readonly string[], lastName: string) => PersonName;
  /** An unused demo address for a name, or the exact local part asked for. */
  email: (name: PersonName, localPart?: string) => string;
};

/** Creates a namer drawing from the given random source. */
export function createNamer(random: Random): Namer {
  const names = new Set<string>();
  const keptSurnames = new Set<string>();
  const familySurnames = new Set<string>();
  const emails = new Set<string>();
  const claim = (name: PersonName): boolean => {
    const key = `${name.firstName} ${name.lastName}`;
    if (names.has(key)) return false;
    names.add(key);
    return true;
  };
  // Pools are small: after a few clashes a middle initial keeps the name unique and readable.
  const choose = (make: () => PersonName): PersonName => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const name = make();
      if (claim(name)) return name;
    }
    const fallback = make();
    for (const initial of 'ABCDEFGHJKLMNPRSTW') {
      const name = { ...fallback, firstName: `${fallback.firstName} ${initial}.` };
      if (claim(name)) return name;
    }
    throw new Error('ran out of demo names');
  };
  const surname = (group: NameGroup): string => {
    const unkept = group.surnames.filter((each) => !keptSurnames.has(each));
    const free = unkept.filter((each) => !familySurnames.has(each));
    return random.pick(free.length > 0 ? free : unkept.length > 0 ? unkept : group.surnames);
  };
  return {
    reserve: (name) => {
      if (!claim(name)) throw new Error(`demo name used twice: ${name.firstName} ${name.lastName}`);
      keptSurnames.add(name.lastName);
      familySurnames.add(name.lastName);
      return name;
    },
    surname,
    familySurname: (group) => {
      const chosen = surname(group);
      familySurnames.add(chosen);
      return chosen;
    },
    adult: (group, sex, lastName) =>
      choose(() => ({
        firstName: random.pick(sex === 'woman' ? group.women : group.men),
        lastName: lastName ?? surname(group),
      })),
    child: (firstNames, lastName) =>
      choose(() => ({ firstName: random.pick(firstNames), lastName })),
    email: (name, localPart) => {
      const base = localPart ?? toLocalPart(name);
      let candidate = base;
      for (let n = 2; emails.has(candidate); n += 1) candidate = `${base}${n}`;
      emails.add(candidate);
      return `${candidate}@${DEMO_EMAIL_DOMAIN}`;
    },
  };
}

function toLocalPart(name: PersonName): string {
  return `${name.firstName}.${name.lastName}`
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '')
    .replace(/\.{2,}/g, '.');
}
