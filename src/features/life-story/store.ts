// The life story's SQL: entries, their checks and sharing, and the identity page. Every read here
// is for one child whose access the service has already decided; visibility.ts then decides which
// entries each person sees.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  childIdentity,
  children,
  lifeStoryEntries as entries,
  users,
  type LifeStoryKind,
  type LifeStoryStatus,
} from '../../core/db/tables.ts';

const COLUMNS = {
  id: entries.id,
  childId: entries.childId,
  kind: entries.kind,
  title: entries.title,
  body: entries.body,
  happenedOn: entries.happenedOn,
  fileId: entries.fileId,
  addedBy: entries.addedBy,
  addedByRole: entries.addedByRole,
  addedByName: users.name,
  status: entries.status,
  declineReason: entries.declineReason,
  isHiddenFromCarers: entries.isHiddenFromCarers,
  isSharedWithFamily: entries.isSharedWithFamily,
  createdAt: entries.createdAt,
};

/** A life story entry with everything the agency holds about it (filter with visibility.ts). */
export type StoredEntry = Awaited<ReturnType<typeof findEntries>>[number];

/** Every entry in a child's story, oldest first; undated entries after the dated ones. */
export async function findEntries(db: Db, childId: string) {
  return db
    .select(COLUMNS)
    .from(entries)
    .leftJoin(users, eq(users.id, entries.addedBy))
    .where(eq(entries.childId, childId))
    .orderBy(sql`${entries.happenedOn} ASC NULLS LAST`, asc(entries.createdAt), asc(entries.id));
}

/** One entry of this child's story; undefined when it is not in it. */
export async function findEntry(
  db: Db,
  childId: string,
  entryId: string,
): Promise<StoredEntry | undefined> {
  const [row] = await db
    .select(COLUMNS)
    .from(entries)
    .leftJoin(users, eq(users.id, entries.addedBy))
    .where(and(eq(entries.childId, childId), eq(entries.id, entryId)));
  return row;
}

/** A new entry as the service decided it: who added it, and whether it waits for a check. */
export type NewEntry = {
  childId: string;
  kind: LifeStoryKind;
  title: string;
  body: string;
  happenedOn: string | null;
  fileId: string | null;
  addedBy: string;
  addedByRole: string;
  status: LifeStoryStatus;
  isHiddenFromCarers: boolean;
  isSharedWithFamily: boolean;
  createdAt: Date;
};

/** Adds an entry; returns its id. */
export async function insertEntry(db: Db, entry: NewEntry): Promise<string> {
  const [row] = await db.insert(entries).values(entry).returning({ id: entries.id });
  return row!.id;
}

/** Records a worker's check: published or declined (with the reason), and family sharing. */
export async function markChecked(
  db: Db,
  check: {
    id: string;
    status: 'published' | 'declined';
    declineReason: string;
    isSharedWithFamily: boolean;
    checkedBy: string;
    checkedAt: Date;
  },
): Promise<void> {
  await db
    .update(entries)
    .set({
      status: check.status,
      declineReason: check.declineReason,
      isSharedWithFamily: check.isSharedWithFamily,
      checkedBy: check.checkedBy,
      checkedAt: check.checkedAt,
    })
    .where(and(eq(entries.id, check.id), eq(entries.status, 'awaiting_check')));
}

/** Whether an entry is shared with the child's birth family. */
export async function setSharedWithFamily(db: Db, id: string, isShared: boolean): Promise<void> {
  await db.update(entries).set({ isSharedWithFamily: isShared }).where(eq(entries.id, id));
}

/** Whether the young person keeps an entry of their own from their carers. */
export async function setHiddenFromCarers(db: Db, id: string, isHidden: boolean): Promise<void> {
  await db.update(entries).set({ isHiddenFromCarers: isHidden }).where(eq(entries.id, id));
}

/** The identity page: what the child's record says, and what the young person wrote. */
export type IdentityFacts = {
  ethnicity: string;
  faith: string;
  languages: string[];
  cultureNotes: string;
  heritage: string;
  whatMatters: string;
};

/** A child's identity facts; the young person's own words are empty until someone writes them. */
export async function findIdentity(db: Db, childId: string): Promise<IdentityFacts | undefined> {
  const [row] = await db
    .select({
      ethnicity: children.ethnicity,
      faith: children.faith,
      languages: children.languages,
      cultureNotes: children.cultureNotes,
      heritage: childIdentity.heritage,
      whatMatters: childIdentity.whatMatters,
    })
    .from(children)
    .leftJoin(childIdentity, eq(childIdentity.childId, children.id))
    .where(eq(children.id, childId));
  if (!row) return undefined;
  return { ...row, heritage: row.heritage ?? '', whatMatters: row.whatMatters ?? '' };
}

/** Saves the identity page's own words (heritage, what matters), creating it the first time. */
export async function saveIdentity(
  db: Db,
  identity: { childId: string; heritage: string; whatMatters: string; by: string; at: Date },
): Promise<void> {
  const values = {
    heritage: identity.heritage,
    whatMatters: identity.whatMatters,
    updatedBy: identity.by,
    updatedAt: identity.at,
  };
  await db
    .insert(childIdentity)
    .values({ childId: identity.childId, ...values })
    .onConflictDoUpdate({ target: childIdentity.childId, set: values });
}
