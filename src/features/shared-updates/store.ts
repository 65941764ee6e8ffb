// The shared updates' SQL: updates, reactions, replies (partnership_messages with update_id set)
// and the life story entry an update becomes. Every read here is for one child whose access the
// service has already decided; delivery.ts then decides which replies each person sees.
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Role } from '../../core/access/roles.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  lifeStoryEntries,
  partnershipMessages,
  sharedUpdateReactions as reactions,
  sharedUpdates as updates,
  users,
  type LifeStoryKind,
  type MessageStatus,
  type UpdateReaction,
  type UpdateTopic,
} from '../../core/db/tables.ts';
import { toCount } from '../../core/db/rows.ts';

// The users table's CHECK allows only roles, so its text is always one.
const asRole = (role: string) => role as Role;

const UPDATE_COLUMNS = {
  id: updates.id,
  childId: updates.childId,
  authorId: updates.authorId,
  authorName: users.name,
  authorRole: users.role,
  topic: updates.topic,
  body: updates.body,
  happenedOn: updates.happenedOn,
  fileId: updates.fileId,
  wasWarned: updates.wasWarned,
  lifeStoryEntryId: updates.lifeStoryEntryId,
  isLifeStoryShared: lifeStoryEntries.isSharedWithFamily,
  createdAt: updates.createdAt,
};

/** An update with its author and, once it is in the life story, whether that is shared. */
export type StoredUpdate = {
  id: string;
  childId: string;
  authorId: string;
  authorName: string;
  authorRole: Role;
  topic: UpdateTopic;
  body: string;
  happenedOn: string;
  fileId: string | null;
  wasWarned: boolean;
  lifeStoryEntryId: string | null;
  isLifeStoryShared: boolean;
  createdAt: Date;
};

function toStoredUpdate(row: {
  authorRole: string;
  isLifeStoryShared: boolean | null;
}): Pick<StoredUpdate, 'authorRole' | 'isLifeStoryShared'> {
  return { authorRole: asRole(row.authorRole), isLifeStoryShared: row.isLifeStoryShared ?? false };
}

function selectUpdates(db: Db) {
  return db
    .select(UPDATE_COLUMNS)
    .from(updates)
    .innerJoin(users, eq(users.id, updates.authorId))
    .leftJoin(lifeStoryEntries, eq(lifeStoryEntries.id, updates.lifeStoryEntryId));
}

/** One page of a child's updates, the newest first. */
export async function findUpdatePage(
  db: Db,
  childId: string,
  page: { limit: number; offset: number },
): Promise<StoredUpdate[]> {
  const rows = await selectUpdates(db)
    .where(eq(updates.childId, childId))
    .orderBy(desc(updates.createdAt), desc(updates.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((row) => ({ ...row, ...toStoredUpdate(row) }));
}

/** How many updates a child has. */
export async function countUpdates(db: Db, childId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(updates)
    .where(eq(updates.childId, childId));
  return toCount(row?.total);
}

/** One update of this child's; undefined when it is not one of theirs. */
export async function findUpdate(
  db: Db,
  childId: string,
  updateId: string,
): Promise<StoredUpdate | undefined> {
  const [row] = await selectUpdates(db).where(
    and(eq(updates.childId, childId), eq(updates.id, updateId)),
  );
  return row ? { ...row, ...toStoredUpdate(row) } : undefined;
}

/** The newest updates about a child, in brief (for the space's home pages). */
export async function findLatestUpdates(db: Db, childId: string, limit: number) {
  return db
    .select({
      id: updates.id,
      topic: updates.topic,
      happenedOn: updates.happenedOn,
      authorId: updates.authorId,
      createdAt: updates.createdAt,
    })
    .from(updates)
    .where(eq(updates.childId, childId))
    .orderBy(desc(updates.createdAt), desc(updates.id))
    .limit(limit);
}

/** Adds an update; returns its id. */
export async function insertUpdate(
  db: Db,
  update: {
    childId: string;
    authorId: string;
    topic: UpdateTopic;
    body: string;
    happenedOn: string;
    fileId: string | null;
    wasWarned: boolean;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(updates).values(update).returning({ id: updates.id });
  return row!.id;
}

/** A reaction, with who gave it. */
export type StoredReaction = {
  updateId: string;
  userId: string;
  name: string;
  role: Role;
  reaction: UpdateReaction;
};

/** The reactions to these updates, the earliest first. */
export async function findReactions(db: Db, updateIds: string[]): Promise<StoredReaction[]> {
  if (updateIds.length === 0) return [];
  const rows = await db
    .select({
      updateId: reactions.updateId,
      userId: reactions.userId,
      name: users.name,
      role: users.role,
      reaction: reactions.reaction,
    })
    .from(reactions)
    .innerJoin(users, eq(users.id, reactions.userId))
    .where(inArray(reactions.updateId, updateIds))
    .orderBy(reactions.createdAt, users.name);
  return rows.map((row) => ({ ...row, role: asRole(row.role) }));
}

/** Gives someone's reaction to an update, in place of any they gave before. */
export async function saveReaction(
  db: Db,
  reaction: { updateId: string; userId: string; reaction: UpdateReaction; at: Date },
): Promise<void> {
  await db
    .insert(reactions)
    .values({
      updateId: reaction.updateId,
      userId: reaction.userId,
      reaction: reaction.reaction,
      createdAt: reaction.at,
    })
    .onConflictDoUpdate({
      target: [reactions.updateId, reactions.userId],
      set: { reaction: reaction.reaction, createdAt: reaction.at },
    });
}

/** Takes someone's reaction to an update away. */
export async function removeReaction(db: Db, updateId: string, userId: string): Promise<void> {
  await db
    .delete(reactions)
    .where(and(eq(reactions.updateId, updateId), eq(reactions.userId, userId)));
}

/** A reply to an update, with who wrote it and where moderation left it. */
export type StoredReply = {
  id: string;
  updateId: string;
  authorId: string;
  authorName: string;
  authorRole: Role;
  body: string;
  status: MessageStatus;
  moderationNote: string;
  createdAt: Date;
};

/** The replies to these updates, the earliest first (filter them with delivery.ts). */
export async function findReplies(db: Db, childId: string, updateIds: string[]) {
  if (updateIds.length === 0) return [];
  const rows = await db
    .select({
      id: partnershipMessages.id,
      updateId: partnershipMessages.updateId,
      authorId: partnershipMessages.authorId,
      authorName: users.name,
      authorRole: users.role,
      body: partnershipMessages.body,
      status: partnershipMessages.status,
      moderationNote: partnershipMessages.moderationNote,
      createdAt: partnershipMessages.createdAt,
    })
    .from(partnershipMessages)
    .innerJoin(users, eq(users.id, partnershipMessages.authorId))
    .where(
      and(
        eq(partnershipMessages.childId, childId),
        inArray(partnershipMessages.updateId, updateIds),
      ),
    )
    .orderBy(partnershipMessages.createdAt, partnershipMessages.id);
  return rows.map((row): StoredReply => ({
    ...row,
    updateId: row.updateId!,
    authorRole: asRole(row.authorRole),
  }));
}

/** Adds a reply to an update; delivered_at is set exactly when it is delivered. */
export async function insertReply(
  db: Db,
  reply: {
    childId: string;
    updateId: string;
    authorId: string;
    body: string;
    status: 'delivered' | 'held';
    wasWarned: boolean;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(partnershipMessages)
    .values({ ...reply, deliveredAt: reply.status === 'delivered' ? reply.createdAt : null })
    .returning({ id: partnershipMessages.id });
  return row!.id;
}

/**
 * Adds a life story entry made from an update, as carers' and workers' additions are kept: in
 * the story at once, under the name and role of whoever added it.
 */
export async function insertLifeStoryEntry(
  db: Db,
  entry: {
    childId: string;
    kind: LifeStoryKind;
    title: string;
    body: string;
    happenedOn: string;
    fileId: string | null;
    addedBy: string;
    addedByRole: Role;
    isSharedWithFamily: boolean;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(lifeStoryEntries)
    .values({ ...entry, status: 'published', isHiddenFromCarers: false })
    .returning({ id: lifeStoryEntries.id });
  return row!.id;
}

/**
 * Records that an update is in the life story. Only an update not yet added changes, so two
 * people adding it at once cannot both succeed: false means someone else got there first.
 */
export async function linkLifeStoryEntry(
  db: Db,
  updateId: string,
  entryId: string,
): Promise<boolean> {
  const changed = await db
    .update(updates)
    .set({ lifeStoryEntryId: entryId })
    .where(and(eq(updates.id, updateId), isNull(updates.lifeStoryEntryId)))
    .returning({ id: updates.id });
  return changed.length === 1;
}
