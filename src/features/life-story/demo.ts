// The demo's life stories: Zara's book over fifteen years (with one memory waiting for her
// worker and one she keeps from her carers) and Mia's, two of its pages shared with her mum Dani,
// whose letter waits for a check. The people are found by name, as the other demo seeds do.
import { and, asc, eq, isNotNull, isNull, like } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { children, householdMembers, households, placements, users } from '../../core/db/tables.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import { saveImage } from '../../core/files/stored-files.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { drawDemoPicture } from './demo-pictures.ts';
import {
  MIA_IDENTITY,
  MIA_STORY,
  ZARA_IDENTITY,
  ZARA_STORY,
  type DemoAuthor,
  type DemoEntry,
  type DemoWhen,
} from './demo-stories.ts';
import { insertEntry, markChecked, saveIdentity } from './store.ts';

type DemoAccount = { id: string; role: string };

/** A demo child and the people who add to their story. */
type DemoChild = {
  id: string;
  dateOfBirth: string;
  movedInOn: string;
  authors: Partial<Record<DemoAuthor, DemoAccount>>;
  workerId: string;
};

/** Writes the demo's life stories; run once, after the demo agency's people and homes exist. */
export async function seedDemoLifeStory(ctx: Ctx, files: FileStore): Promise<void> {
  const today = await agencyToday(ctx.db, ctx.now);
  const parent = await findAccount(ctx.db, 'parent@%');
  const zara = await findDemoChild(ctx.db, { child: ['Zara', 'Ahmed'], carers: ['Ruth', 'Dave'] });
  if (zara) {
    await seedStory(ctx, files, zara, ZARA_STORY, today);
    await saveIdentity(ctx.db, {
      childId: zara.id,
      ...ZARA_IDENTITY,
      by: zara.workerId,
      at: ctx.now,
    });
  }
  const mia = await findDemoChild(ctx.db, { child: ['Mia', 'Price'], carers: ['Sam', 'Jess'] });
  if (mia) {
    if (parent) mia.authors.parent = parent;
    await seedStory(ctx, files, mia, MIA_STORY, today);
    await saveIdentity(ctx.db, { childId: mia.id, ...MIA_IDENTITY, by: mia.workerId, at: ctx.now });
  }
}

async function seedStory(
  ctx: Ctx,
  files: FileStore,
  child: DemoChild,
  story: DemoEntry[],
  today: string,
): Promise<void> {
  for (const [index, entry] of story.entries()) {
    const author = child.authors[entry.by];
    if (!author) continue;
    const fileId = entry.picture
      ? await saveImage(ctx.db, files, {
          bytes: await drawDemoPicture(entry.picture, entry.candles),
          field: 'photo',
          uploadedBy: author.id,
        })
      : null;
    const status = entry.status ?? 'published';
    const isFromChildOrFamily = entry.by === 'child' || entry.by === 'parent';
    const id = await insertEntry(ctx.db, {
      childId: child.id,
      kind: entry.kind,
      title: entry.title,
      body: entry.body,
      happenedOn: dateOf(entry.when, child, today),
      fileId,
      addedBy: author.id,
      addedByRole: author.role,
      // What the young person and the family add is checked first, as it would be for real.
      status: isFromChildOrFamily ? 'awaiting_check' : status,
      isHiddenFromCarers: entry.isHiddenFromCarers ?? false,
      isSharedWithFamily: entry.isSharedWithFamily ?? false,
      createdAt: new Date(ctx.now.getTime() - (story.length - index) * 60_000),
    });
    if (isFromChildOrFamily && status === 'published') {
      await markChecked(ctx.db, {
        id,
        status: 'published',
        declineReason: '',
        isSharedWithFamily: entry.isSharedWithFamily ?? false,
        checkedBy: child.workerId,
        checkedAt: ctx.now,
      });
    }
  }
}

// The day an entry happened, never after today and never before the child was born.
function dateOf(when: DemoWhen, child: DemoChild, today: string): string | null {
  if (when === null) return null;
  let date: DateTime;
  switch (when.from) {
    case 'birth':
      date = DateTime.fromISO(child.dateOfBirth).plus({
        years: when.years,
        months: when.months ?? 0,
      });
      break;
    case 'moved_in':
      date = DateTime.fromISO(child.movedInOn).plus({ days: when.days });
      break;
    case 'today':
      date = DateTime.fromISO(today).plus({ days: when.days });
      break;
    case 'secondary_school':
      date = firstDayOfSecondary(child.dateOfBirth).plus({ days: when.days });
      break;
  }
  const iso = date.toISODate()!;
  if (iso > today) return today;
  return iso < child.dateOfBirth ? child.dateOfBirth : iso;
}

// In England a child starts secondary school in the September after their eleventh birthday,
// counting school years from September: someone born in October starts the year after.
function firstDayOfSecondary(dateOfBirth: string): DateTime {
  const born = DateTime.fromISO(dateOfBirth);
  const year = born.year + (born.month >= 9 ? 12 : 11);
  return DateTime.fromObject({ year, month: 9, day: 4 });
}

async function findAccount(db: Db, emailPattern: string): Promise<DemoAccount | undefined> {
  const [user] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(like(users.email, emailPattern))
    .limit(1);
  return user;
}

// The child, the home they live in now, its carers with accounts (by first name) and its worker.
async function findDemoChild(
  db: Db,
  names: { child: [string, string]; carers: [string, string] },
): Promise<DemoChild | undefined> {
  const [firstName, lastName] = names.child;
  const [child] = await db
    .select({
      id: children.id,
      dateOfBirth: children.dateOfBirth,
      youngPersonUserId: children.youngPersonUserId,
      householdId: placements.householdId,
      movedInOn: placements.startedOn,
      workerId: households.supervisingWorkerId,
    })
    .from(children)
    .innerJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(and(eq(children.firstName, firstName), eq(children.lastName, lastName)))
    .limit(1);
  if (!child?.workerId) return undefined;
  const carers = await db
    .select({ id: users.id, role: users.role, firstName: householdMembers.firstName })
    .from(householdMembers)
    .innerJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(
        eq(householdMembers.householdId, child.householdId),
        eq(householdMembers.memberRole, 'carer'),
        isNotNull(householdMembers.userId),
      ),
    )
    .orderBy(asc(householdMembers.firstName));
  const carerNamed = (name: string) => {
    const carer = carers.find((each) => each.firstName === name) ?? carers[0];
    return carer ? { id: carer.id, role: carer.role } : undefined;
  };
  const worker = { id: child.workerId, role: 'supervising_social_worker' };
  const young = child.youngPersonUserId
    ? { id: child.youngPersonUserId, role: 'young_person' }
    : undefined;
  return {
    id: child.id,
    dateOfBirth: child.dateOfBirth,
    movedInOn: child.movedInOn,
    workerId: child.workerId,
    authors: {
      worker,
      firstCarer: carerNamed(names.carers[0]),
      secondCarer: carerNamed(names.carers[1]),
      ...(young ? { child: young } : {}),
    },
  };
}
