// The demo's shared updates: eight from Sam Okafor (carer@) about Mia Price over the last six
// weeks, Dani Price's (parent@) reactions and three replies, and one update kept in Mia's life
// story and shared with Dani. The people are found by name, as the other demo seeds do.
import { and, eq, isNull, like } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Role } from '../../core/access/roles.ts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  children,
  households,
  partnershipMessages,
  placements,
  users,
} from '../../core/db/tables.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { saveImage } from '../../core/files/stored-files.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { statusForNewMessage } from '../partnership/delivery.ts';
import { findSpaceMembers } from '../partnership/members.ts';
import { findCurrentHome } from '../partnership/space.ts';
import { drawUpdatePicture } from './demo-pictures.ts';
import { DEMO_UPDATES, type DemoUpdate } from './demo-words.ts';
import * as store from './store.ts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

type Account = { id: string; role: Role };

/** Writes Mia's updates; run once, after the demo's people, homes and life stories exist. */
export async function seedDemoUpdates(ctx: Ctx, files: FileStore | null): Promise<void> {
  const mia = await findMia(ctx.db);
  const sam = await findAccount(ctx.db, 'carer@%');
  const dani = await findAccount(ctx.db, 'parent@%');
  if (!mia || !sam || !dani) return;
  const today = await agencyToday(ctx.db, ctx.now);
  const home = await findCurrentHome(ctx.db, mia.id);
  const members = await findSpaceMembers(ctx.db, mia.id, home);
  const replyStatus = statusForNewMessage('parent', dani.id, members);
  for (const demo of DEMO_UPDATES) {
    const createdAt = new Date(ctx.now.getTime() - demo.daysAgo * DAY_MS - HOUR_MS);
    const happenedOn = dayOf(demo, today, mia.movedInOn);
    const fileId =
      demo.picture && files
        ? await saveImage(ctx.db, files, {
            bytes: await drawUpdatePicture(demo.picture),
            field: 'photo',
            uploadedBy: sam.id,
          })
        : null;
    const common = { childId: mia.id, body: demo.body, happenedOn, fileId };
    const updateId = await store.insertUpdate(ctx.db, {
      ...common,
      authorId: sam.id,
      topic: demo.topic,
      wasWarned: false,
      createdAt,
    });
    if (demo.reaction) {
      const at = new Date(createdAt.getTime() + 2 * HOUR_MS);
      await store.saveReaction(ctx.db, { updateId, userId: dani.id, reaction: demo.reaction, at });
    }
    if (demo.reply) {
      const at = new Date(createdAt.getTime() + 3 * HOUR_MS);
      const replyId = await store.insertReply(ctx.db, {
        childId: mia.id,
        updateId,
        authorId: dani.id,
        body: demo.reply,
        status: 'delivered',
        wasWarned: false,
        createdAt: at,
      });
      // Where Dani's words are read by a worker first, Hannah passed these on that evening.
      if (replyStatus === 'held' && mia.workerId) {
        await markReleased(ctx.db, replyId, mia.workerId, new Date(at.getTime() + 2 * HOUR_MS));
      }
    }
    if (demo.lifeStoryTitle) {
      const entryId = await store.insertLifeStoryEntry(ctx.db, {
        ...common,
        kind: fileId ? 'photo' : 'memory',
        title: demo.lifeStoryTitle,
        addedBy: sam.id,
        addedByRole: sam.role,
        isSharedWithFamily: true,
        createdAt: new Date(createdAt.getTime() + DAY_MS),
      });
      await store.linkLifeStoryEntry(ctx.db, updateId, entryId);
    }
  }
}

// The day an update is about: never after today, never before Mia moved in.
function dayOf(demo: DemoUpdate, today: string, movedInOn: string): string {
  const day = DateTime.fromISO(today).minus({ days: demo.daysAgo }).toISODate()!;
  return day < movedInOn ? movedInOn : day;
}

async function markReleased(db: Db, replyId: string, workerId: string, at: Date): Promise<void> {
  await db
    .update(partnershipMessages)
    .set({ moderatedBy: workerId, moderatedAt: at, deliveredAt: at })
    .where(eq(partnershipMessages.id, replyId));
}

async function findAccount(db: Db, emailPattern: string): Promise<Account | undefined> {
  const [user] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(like(users.email, emailPattern))
    .limit(1);
  // The users table's CHECK allows only roles.
  return user ? { id: user.id, role: user.role as Role } : undefined;
}

async function findMia(db: Db) {
  const [child] = await db
    .select({
      id: children.id,
      movedInOn: placements.startedOn,
      workerId: households.supervisingWorkerId,
    })
    .from(children)
    .innerJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(and(eq(children.firstName, 'Mia'), eq(children.lastName, 'Price')))
    .limit(1);
  return child;
}
