// The SQL of messages in a child's partnership space: the conversation, one message, the messages
// waiting for a worker, read receipts, and the home page's list of children with messages waiting.
import {
  and,
  asc,
  count,
  countDistinct,
  desc,
  eq,
  inArray,
  isNull,
  lt,
  min,
  or,
} from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import type { Role } from '../../core/access/roles.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  children,
  partnershipMessages as messages,
  partnershipReads as reads,
  users,
  type MessageStatus,
} from '../../core/db/tables.ts';
import type { Party } from '../partnership/space.ts';

/** A message with its author's name and role, as the pages need it. */
export type MessageRow = {
  id: string;
  childId: string;
  authorId: string;
  authorName: string;
  authorRole: Role;
  updateId: string | null;
  body: string;
  fileId: string | null;
  fileKind: 'photo' | 'document' | null;
  status: MessageStatus;
  wasWarned: boolean;
  moderationNote: string;
  createdAt: Date;
  deliveredAt: Date | null;
};

const MESSAGE_COLUMNS = {
  id: messages.id,
  childId: messages.childId,
  authorId: messages.authorId,
  authorName: users.name,
  authorRole: users.role,
  updateId: messages.updateId,
  body: messages.body,
  fileId: messages.fileId,
  fileKind: messages.fileKind,
  status: messages.status,
  wasWarned: messages.wasWarned,
  moderationNote: messages.moderationNote,
  createdAt: messages.createdAt,
  deliveredAt: messages.deliveredAt,
};

const asMessage = (row: Omit<MessageRow, 'authorRole'> & { authorRole: string }): MessageRow => ({
  ...row,
  authorRole: row.authorRole as Role,
});

// isMessageVisible (partnership/delivery.ts) in SQL, so a page of 50 holds 50 the reader may see;
// the service still passes every row through isMessageVisible.
function visibleTo(reader: { party: Party; userId: string }): SQL | undefined {
  if (reader.party === 'staff') return undefined;
  return or(eq(messages.status, 'delivered'), eq(messages.authorId, reader.userId));
}

/**
 * The conversation about a child (not the replies to updates), newest first: `limit` messages
 * written before `before`, or the latest.
 */
export async function findConversation(
  db: Db,
  childId: string,
  reader: { party: Party; userId: string },
  before: Date | null,
  limit: number,
): Promise<MessageRow[]> {
  const rows = await db
    .select(MESSAGE_COLUMNS)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(
      and(
        eq(messages.childId, childId),
        isNull(messages.updateId),
        visibleTo(reader),
        before ? lt(messages.createdAt, before) : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
  return rows.map(asMessage);
}

/** One message of this child's space (a reply to an update too), or undefined. */
export async function findMessage(
  db: Db,
  childId: string,
  messageId: string,
): Promise<MessageRow | undefined> {
  const [row] = await db
    .select(MESSAGE_COLUMNS)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.childId, childId), eq(messages.id, messageId)));
  return row ? asMessage(row) : undefined;
}

/** Every message and reply about this child waiting for a worker, oldest first. */
export async function findHeldMessages(db: Db, childId: string): Promise<MessageRow[]> {
  const rows = await db
    .select(MESSAGE_COLUMNS)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.childId, childId), eq(messages.status, 'held')))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return rows.map(asMessage);
}

/** How many messages and replies about this child wait for a worker. */
export async function countHeldMessages(db: Db, childId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(messages)
    .where(and(eq(messages.childId, childId), eq(messages.status, 'held')));
  return toCount(row?.total);
}

/** Keeps a new message; returns its id. */
export async function insertMessage(
  db: Db,
  values: {
    childId: string;
    authorId: string;
    body: string;
    fileId: string | null;
    fileKind: 'photo' | 'document' | null;
    status: 'delivered' | 'held';
    wasWarned: boolean;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(messages)
    .values({ ...values, deliveredAt: values.status === 'delivered' ? values.createdAt : null })
    .returning({ id: messages.id });
  return row!.id;
}

/**
 * A worker's decision on a held message. Only a message still held changes (two workers deciding
 * at once: the second finds nothing); returns the message as it was, or undefined.
 */
export async function moderateMessage(
  db: Db,
  input: {
    childId: string;
    messageId: string;
    status: 'delivered' | 'rejected';
    note: string;
    by: string;
    at: Date;
  },
): Promise<{ authorId: string; updateId: string | null } | undefined> {
  const [row] = await db
    .update(messages)
    .set({
      status: input.status,
      deliveredAt: input.status === 'delivered' ? input.at : null,
      moderationNote: input.note,
      moderatedBy: input.by,
      moderatedAt: input.at,
    })
    .where(
      and(
        eq(messages.id, input.messageId),
        eq(messages.childId, input.childId),
        eq(messages.status, 'held'),
      ),
    )
    .returning({ authorId: messages.authorId, updateId: messages.updateId });
  return row;
}

/** How far each person has read this child's space, with how they are named. */
export async function findReads(
  db: Db,
  childId: string,
): Promise<Array<{ userId: string; name: string; role: Role; lastReadAt: Date }>> {
  const rows = await db
    .select({
      userId: reads.userId,
      name: users.name,
      role: users.role,
      lastReadAt: reads.lastReadAt,
    })
    .from(reads)
    .innerJoin(users, eq(users.id, reads.userId))
    .where(eq(reads.childId, childId));
  return rows.map((row) => ({ ...row, role: row.role as Role }));
}

/** Records that this person has read the child's space up to `at`. */
export async function markRead(db: Db, childId: string, userId: string, at: Date): Promise<void> {
  await db
    .insert(reads)
    .values({ childId, userId, lastReadAt: at })
    .onConflictDoUpdate({ target: [reads.childId, reads.userId], set: { lastReadAt: at } });
}

// The children whose messages this worker moderates: the manager's are everyone's; a supervising
// social worker's are those in their homes and those they support after going home.
function moderatedBy(actor: Actor): SQL | undefined {
  const supported = actor.reach.childIdsInReunificationSupport;
  return supported.length > 0
    ? or(scope(actor, 'children'), inArray(children.id, supported))
    : scope(actor, 'children');
}

/** How many children in the worker's scope have messages waiting. */
export async function countChildrenWithHeldMessages(db: Db, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ total: countDistinct(messages.childId) })
    .from(messages)
    .innerJoin(children, eq(children.id, messages.childId))
    .where(and(eq(messages.status, 'held'), moderatedBy(actor)));
  return toCount(row?.total);
}

/** The children in the worker's scope with messages waiting longest: name, count, since when. */
export async function findChildrenWithHeldMessages(db: Db, actor: Actor, limit: number) {
  const rows = await db
    .select({
      childId: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      waiting: count(),
      since: min(messages.createdAt),
    })
    .from(messages)
    .innerJoin(children, eq(children.id, messages.childId))
    .where(and(eq(messages.status, 'held'), moderatedBy(actor)))
    .groupBy(children.id, children.firstName, children.preferredName)
    .orderBy(asc(min(messages.createdAt)), asc(children.id))
    .limit(limit);
  return rows.map((row) => ({
    childId: row.childId,
    firstName: row.preferredName ?? row.firstName,
    waiting: toCount(row.waiting),
    since: row.since!,
  }));
}
