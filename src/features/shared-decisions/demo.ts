// The demo's shared decisions for Mia Price: who decides what (any topic the plan left open is
// filled in), a school trip Dani gave her views on and Hannah agreed, a summer haircut answered
// after Dani's views, and pierced ears still waiting for Dani's views.
import { and, eq, like } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  children,
  decisionRequests,
  users,
  type DecidedBy,
  type DelegatedTopic,
} from '../../core/db/tables.ts';
import { mayDecide } from './rules.ts';
import * as store from './store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const PLAN: Array<[DelegatedTopic, DecidedBy]> = [
  ['haircuts', 'carers'],
  ['school_trips', 'carers'],
  ['sleepovers', 'carers'],
  ['routine_medical', 'carers'],
  ['medical_treatment', 'social_worker'],
  ['religious_observance', 'birth_parents'],
  ['holidays_abroad', 'shared'],
  ['social_media', 'shared'],
  ['photographs', 'carers'],
];

/** Writes Mia's decisions; run once, after the demo agency's people and children exist. */
export async function seedDemoDecisions(ctx: Ctx): Promise<void> {
  const { db } = ctx;
  const [mia] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, 'Mia'), eq(children.lastName, 'Price')))
    .limit(1);
  const sam = await findUserId(db, 'carer@%');
  const hannah = await findUserId(db, 'worker@%');
  const dani = await findUserId(db, 'parent@%');
  if (!mia || !sam || !hannah || !dani) return;
  await store.insertAuthorityIfMissing(
    db,
    PLAN.map(([topic, decidedBy]) => ({
      childId: mia.id,
      topic,
      decidedBy,
      notes: '',
      updatedBy: hannah,
    })),
  );
  const [already] = await db
    .select({ id: decisionRequests.id })
    .from(decisionRequests)
    .where(eq(decisionRequests.childId, mia.id))
    .limit(1);
  if (already) return;

  // Late afternoon, after school, a few days apart.
  const daysAgo = (days: number) => new Date(ctx.now.getTime() - days * DAY_MS - 5 * HOUR_MS);
  const haircutDecider = mayDecide('carer', await store.findDeciderOf(db, mia.id, 'haircuts'))
    ? sam
    : hannah;
  const requests = [
    {
      topic: 'school_trips' as const,
      question:
        'Mia’s class is going away for three nights next month, to an outdoor activity centre: climbing, canoeing and a night walk. Can she go? The form and deposit are due back in two weeks.',
      askedBy: sam,
      askedAt: daysAgo(24),
      neededBy: DateTime.fromJSDate(daysAgo(10)).toISODate(),
      views: {
        text: 'Yes, she’ll love it, please make sure she takes her inhaler',
        at: daysAgo(23),
      },
      answer: {
        outcome: 'agreed' as const,
        notes: 'Agreed. Sam will pack the inhaler and give the trip leaders Mia’s asthma plan.',
        by: hannah,
        at: daysAgo(21),
      },
    },
    {
      topic: 'haircuts' as const,
      question:
        'Mia would like her hair cut short for the summer, just above her shoulders. Is that all right with everyone?',
      askedBy: sam,
      askedAt: daysAgo(12),
      neededBy: null,
      views: {
        text: 'Fine by me if it’s what she wants. Could you post a photo after?',
        at: daysAgo(11),
      },
      answer: {
        outcome: 'agreed' as const,
        notes: 'Booked for Saturday morning. We’ll share a photo in the updates.',
        by: haircutDecider,
        at: daysAgo(10),
      },
    },
    {
      topic: 'other' as const,
      question:
        'Mia has asked if she can have her ears pierced, like a few of her friends. What do you think?',
      askedBy: sam,
      askedAt: daysAgo(6),
      neededBy: null,
      views: null,
      answer: null,
    },
  ];
  for (const request of requests) {
    const id = await store.insertRequest(db, {
      childId: mia.id,
      topic: request.topic,
      question: request.question,
      neededBy: request.neededBy,
      askedBy: request.askedBy,
      askedAt: request.askedAt,
    });
    if (request.views) {
      await store.updateViews(db, mia.id, id, {
        text: request.views.text,
        by: dani,
        at: request.views.at,
      });
    }
    if (request.answer) await store.updateOutcome(db, mia.id, id, request.answer);
  }
}

async function findUserId(db: Db, emailPattern: string): Promise<string | undefined> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(like(users.email, emailPattern))
    .limit(1);
  return user?.id;
}
