// The demo's family time: Mia Price sees her mum Dani (parent@) every Thursday after school at
// Brookside Family Centre, supervised by Marcia, from six weeks ago to three weeks ahead. Sam
// Okafor (carer@) drives her; Sam and Hannah Kowalski (worker@) write notes afterwards, Dani
// writes some of her own, and Mia's feedback is written down three times. Dani once had to call it
// off, and once the agency did. She has said she will come to the next one, not yet the one after.
import { and, eq, like } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import {
  children,
  users,
  type FamilyTimeAttendance,
  type FamilyTimeParty,
} from '../../core/db/tables.ts';
import { getAgencySettings } from '../../core/settings.ts';
import * as store from './store.ts';

const HOUR_MS = 60 * 60 * 1000;

type DemoNote = {
  who: 'carer' | 'worker' | 'parent' | 'child';
  attendance: FamilyTimeAttendance | null;
  note: string;
};

// The past sessions, oldest first. Two were called off; the others have their notes.
type PastSession =
  { cancelled: { by: 'parent' | 'agency'; reason: string } } | { notes: DemoNote[] };

const PAST: PastSession[] = [
  {
    notes: [
      {
        who: 'carer',
        attendance: 'attended',
        note: 'Mia was quiet in the car on the way, then chatty on the way home. She ate all her tea.',
      },
      {
        who: 'worker',
        attendance: 'attended',
        note: 'Warm greeting. Dani had brought a card game and followed Mia’s lead. Marcia had no concerns.',
      },
      {
        who: 'child',
        attendance: null,
        note: 'I liked playing Uno with Mum. She let me win once but I won the other time by myself.',
      },
    ],
  },
  {
    notes: [
      {
        who: 'carer',
        attendance: 'late',
        note: 'Traffic on the way, so we were ten minutes late. Mia was worried she had missed Mum, so we talked about it in the car.',
      },
      {
        who: 'worker',
        attendance: 'late',
        note: 'Session started late because of traffic. Dani waited patiently and reassured Mia.',
      },
      {
        who: 'parent',
        attendance: 'attended',
        note: 'Lovely to see her. She has grown so much. We did some drawing together.',
      },
    ],
  },
  {
    cancelled: {
      by: 'parent',
      reason: 'I had a hospital appointment and could not move it. Sorry Mia, see you next week.',
    },
  },
  {
    notes: [
      {
        who: 'carer',
        attendance: 'attended',
        note: 'Mia took her reading book to show Mum. Happy and settled at bedtime.',
      },
      {
        who: 'worker',
        attendance: 'attended',
        note: 'Good session. Dani listened to Mia read and praised her. Ended on time with a calm goodbye.',
      },
      {
        who: 'child',
        attendance: null,
        note: 'I read Mum my book. I want to bring the next one too.',
      },
    ],
  },
  {
    cancelled: {
      by: 'agency',
      reason:
        'The family centre was closed for the day, so there was nowhere to meet. It is on again next week.',
    },
  },
  {
    notes: [
      {
        who: 'carer',
        attendance: 'attended',
        note: 'Mia chose what to wear and was excited all afternoon. A bit tearful after, then fine after tea.',
      },
      {
        who: 'worker',
        attendance: 'left_early',
        note: 'Dani had to leave fifteen minutes early for her bus and told Mia at the start, which helped.',
      },
      {
        who: 'parent',
        attendance: 'left_early',
        note: 'Had to go a bit early for the bus. Next time I will get the earlier one so we have the whole time.',
      },
      {
        who: 'child',
        attendance: null,
        note: 'We played Uno again. I was sad when Mum went but she gave me a big hug.',
      },
    ],
  },
];

// A Thursday from before the six most recent ones (when today is a Thursday evening).
const OLDER: PastSession = {
  notes: [
    {
      who: 'carer',
      attendance: 'attended',
      note: 'A good afternoon. Mia was tired but happy on the way home.',
    },
    {
      who: 'worker',
      attendance: 'attended',
      note: 'Relaxed session, no concerns. Dani and Mia did a jigsaw together.',
    },
  ],
};

/** Plans Mia's Thursdays with her mum; run once, after the demo's people and children exist. */
export async function seedDemoFamilyTime(ctx: Ctx): Promise<void> {
  const [mia] = await ctx.db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, 'Mia'), eq(children.lastName, 'Price')))
    .limit(1);
  const dani = await findUser(ctx, 'parent@%');
  const sam = await findUser(ctx, 'carer@%');
  const hannah = await findUser(ctx, 'worker@%');
  if (!mia || !dani || !sam || !hannah) return;
  const { timeZone } = await getAgencySettings(ctx.db);
  const authors = { carer: sam, worker: hannah, parent: dani, child: sam };
  const thursdays = thursdaysAround(ctx.now, timeZone);
  const ended = thursdays.filter((day) => day.endsAt.getTime() <= ctx.now.getTime());
  let coming = 0;
  for (const day of thursdays) {
    const sessionId = await planThursday(ctx, mia.id, hannah, dani, day);
    const endedIndex = ended.indexOf(day);
    if (endedIndex >= 0) {
      // The most recent ended Thursday gets the last of PAST, and so on backwards.
      const plan = PAST[PAST.length - ended.length + endedIndex] ?? OLDER;
      await writeAfterwards(ctx, sessionId, day, plan, authors);
    } else if (day.startsAt.getTime() > ctx.now.getTime() && coming++ === 0) {
      await store.confirmInvitee(
        ctx.db,
        sessionId,
        dani,
        new Date(ctx.now.getTime() - 20 * HOUR_MS),
      );
    }
  }
}

async function writeAfterwards(
  ctx: Ctx,
  sessionId: string,
  day: { startsAt: Date; endsAt: Date },
  plan: PastSession,
  authors: Record<DemoNote['who'], string>,
): Promise<void> {
  if ('cancelled' in plan) {
    await store.cancelSession(ctx.db, {
      sessionId,
      party: plan.cancelled.by,
      reason: plan.cancelled.reason,
      by: plan.cancelled.by === 'parent' ? authors.parent : authors.worker,
      at: new Date(day.startsAt.getTime() - 30 * HOUR_MS),
    });
    return;
  }
  for (const [order, note] of plan.notes.entries()) {
    await store.insertNote(ctx.db, {
      sessionId,
      authorId: authors[note.who],
      party: note.who satisfies FamilyTimeParty,
      attendance: note.attendance,
      note: note.note,
      at: new Date(day.endsAt.getTime() + (2 + order) * HOUR_MS),
    });
  }
}

async function findUser(ctx: Ctx, email: string): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(like(users.email, email))
    .limit(1);
  return row?.id;
}

// Thursdays at 16:00 to 17:30, agency time, from six weeks ago to three weeks ahead.
function thursdaysAround(now: Date, timeZone: string): Array<{ startsAt: Date; endsAt: Date }> {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const days: Array<{ startsAt: Date; endsAt: Date }> = [];
  for (let offset = -42; offset <= 21; offset += 1) {
    const day = today.plus({ days: offset });
    if (day.weekday !== 4) continue;
    days.push({
      startsAt: day.set({ hour: 16, minute: 0 }).toJSDate(),
      endsAt: day.set({ hour: 17, minute: 30 }).toJSDate(),
    });
  }
  return days;
}

async function planThursday(
  ctx: Ctx,
  childId: string,
  hannah: string,
  dani: string,
  day: { startsAt: Date; endsAt: Date },
): Promise<string> {
  const sessionId = await store.insertSession(ctx.db, {
    childId,
    startsAt: day.startsAt,
    endsAt: day.endsAt,
    kind: 'in_person',
    isSupervised: true,
    supervisedBy: 'Marcia, family time worker',
    venue: 'Brookside Family Centre',
    transport: 'Sam drives Mia there and back',
    notesForFamily: 'Mia would love to play cards again. Snacks are provided.',
    createdBy: hannah,
    at: new Date(day.startsAt.getTime() - 14 * 24 * HOUR_MS),
  });
  await store.replaceInvitees(ctx.db, sessionId, [dani], false);
  return sessionId;
}
