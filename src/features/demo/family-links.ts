// Accounts for birth parents, linked to their children, and for young people old enough to use
// Kinfold themselves.
import { addUser, type Draft, type PlacedChild } from './draft.ts';
import { linkParent } from './featured.ts';
import type { Sex } from './people.ts';

const MORE_BIRTH_PARENTS = 7;
const MORE_YOUNG_PEOPLE = 5;
const YOUNG_PERSON_MIN_AGE = 12;

/** Gives some children's birth parents an account; brothers and sisters share their parent. */
export function addBirthParents(draft: Draft): void {
  const { random, namer } = draft;
  const families = new Map<string, PlacedChild[]>();
  for (const placed of draft.placed) {
    if (placed.isFeatured) continue;
    const key = placed.siblingKey ?? placed.child.id;
    families.set(key, [...(families.get(key) ?? []), placed]);
  }
  const chosen = random.shuffle([...families.values()]).slice(0, MORE_BIRTH_PARENTS);
  for (const family of chosen) {
    const first = family[0]!;
    const relationship = random.pick(['mother', 'mother', 'father', 'parent'] as const);
    const sex: Sex = relationship === 'father' ? 'man' : 'woman';
    const lastName = random.chance(0.8) ? first.child.lastName : undefined;
    const parent = addUser(draft, {
      name: namer.adult(first.group, sex, lastName),
      role: 'birth_parent',
    });
    for (const placed of family) linkParent(draft, parent, placed, relationship);
  }
}

/** Gives some young people of twelve and over their own account. */
export function addYoungPeople(draft: Draft): void {
  const candidates = draft.placed.filter(
    (placed) =>
      !placed.isFeatured &&
      placed.age >= YOUNG_PERSON_MIN_AGE &&
      placed.home.carers.some((carer) => carer.user !== null),
  );
  for (const placed of draft.random.shuffle(candidates).slice(0, MORE_YOUNG_PEOPLE)) {
    const { child } = placed;
    const user = addUser(draft, {
      name: { firstName: child.preferredName ?? child.firstName, lastName: child.lastName },
      role: 'young_person',
    });
    child.youngPersonUserId = user.id;
  }
}
