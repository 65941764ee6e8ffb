// Who is in a child's partnership space, and how each of them is named to the others. A carer is
// named to a parent by first name only while the home is confidential: a surname can be searched.
import { and, eq } from 'drizzle-orm';
import type { Role } from '../../core/access/roles.ts';
import { isCarer } from '../../core/access/roles.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  birthParents,
  children,
  households,
  reunificationPlans,
  users,
  type SpaceLevel,
} from '../../core/db/tables.ts';
import { findCarerAccounts } from './confidentiality-store.ts';
import type { CurrentHome, Party } from './space.ts';

export type SpaceParent = {
  userId: string;
  name: string;
  email: string;
  relationship: 'mother' | 'father' | 'parent' | 'other';
  level: SpaceLevel;
  levelReason: string;
};
export type SpaceCarer = { userId: string; firstName: string; email: string };
export type SpaceWorker = { userId: string; name: string; email: string };

/** Everyone in the space, and the child's social worker at the placing authority (no account). */
export type SpaceMembers = {
  parents: SpaceParent[];
  carers: SpaceCarer[];
  worker: SpaceWorker | null;
  childSocialWorkerName: string;
};

/** The members of a child's space. Parents kept out of it are listed with that level. */
export async function findSpaceMembers(
  db: Db,
  childId: string,
  home: CurrentHome | null,
): Promise<SpaceMembers> {
  const parents = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      relationship: birthParents.relationship,
      level: birthParents.spaceLevel,
      levelReason: birthParents.spaceLevelReason,
    })
    .from(birthParents)
    .innerJoin(users, eq(users.id, birthParents.userId))
    .where(and(eq(birthParents.childId, childId), eq(users.isActive, true)))
    .orderBy(users.name);
  const [child] = await db
    .select({ socialWorkerName: children.socialWorkerName })
    .from(children)
    .where(eq(children.id, childId));
  return {
    parents,
    carers: home ? await findCarerAccounts(db, home.householdId) : [],
    worker: await findSpaceWorker(db, childId, home),
    childSocialWorkerName: child?.socialWorkerName ?? '',
  };
}

/** The supervising social worker of the child's home, or after they went home, their support. */
async function findSpaceWorker(
  db: Db,
  childId: string,
  home: CurrentHome | null,
): Promise<SpaceWorker | null> {
  const [row] = home
    ? await db
        .select({ userId: users.id, name: users.name, email: users.email })
        .from(households)
        .innerJoin(users, eq(users.id, households.supervisingWorkerId))
        .where(eq(households.id, home.householdId))
    : await db
        .select({ userId: users.id, name: users.name, email: users.email })
        .from(reunificationPlans)
        .innerJoin(users, eq(users.id, reunificationPlans.supportWorkerId))
        .where(eq(reunificationPlans.childId, childId));
  return row ?? null;
}

/** Members who should hear of something new: parents in the space, carers and the worker. */
export function recipientsOf(
  members: SpaceMembers,
  exceptUserId: string,
): Array<{ userId: string; name: string; email: string; party: Party }> {
  const all = [
    ...members.parents
      .filter((parent) => parent.level !== 'not_in_space')
      .map((parent) => ({ ...parent, party: 'parent' as const })),
    ...members.carers.map((carer) => ({
      ...carer,
      name: carer.firstName,
      party: 'carer' as const,
    })),
    ...(members.worker ? [{ ...members.worker, party: 'staff' as const }] : []),
  ];
  return all.filter((member) => member.userId !== exceptUserId);
}

const ROLE_WORDS: Partial<Record<Role, string>> = {
  foster_carer: 'foster carer',
  kinship_carer: 'kinship carer',
  supervising_social_worker: 'supervising social worker',
  registered_manager: 'registered manager',
  birth_parent: 'parent',
};

/**
 * How an author is named to the person reading. To a parent, a carer in a confidential home is
 * their first name and what they are ("Sam, foster carer"); everyone else is named in full.
 */
export function nameAsSeenBy(
  reader: Party,
  author: { name: string; role: Role },
  isHomeConfidential: boolean,
): string {
  const what = ROLE_WORDS[author.role];
  const shown =
    reader === 'parent' && isCarer(author.role) && isHomeConfidential
      ? (author.name.split(' ')[0] ?? author.name)
      : author.name;
  return what ? `${shown}, ${what}` : shown;
}
