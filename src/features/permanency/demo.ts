// The demo's permanency planning: conversations in the children's own words, decisions, and
// looked-after reviews held on the regulation's rhythm. Zara, Jay and Mia have their stories; every
// other child living with the agency's carers gets a history drawn for their age, about one in ten
// of them left drifting. The supervising social worker records everything. Deterministic for a
// moment; a few queries and one insert per table, whatever the number of children.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  children,
  householdMembers,
  households,
  lookedAfterReviews,
  permanencyConversations,
  permanencyDecisions,
  placements,
  users,
} from '../../core/db/tables.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { permanencyDrift } from '../belonging/review-due.ts';
import {
  chooseDrifting,
  heldReviewDates,
  planGeneratedHistory,
  type PermanencyHistory,
  type PlacedChild,
  type PlannedConversation,
} from './demo-generated.ts';
import { DEMO_STORIES, type DemoStory } from './demo-stories.ts';
import * as store from './store.ts';

/** About one child in this many is left drifting, so the home page's card shows a handful. */
const ONE_DRIFTING_IN = 10;

/** Writes the demo's permanency planning; run once, after the demo's children and homes exist. */
export async function seedDemoPermanency(ctx: Ctx): Promise<void> {
  const { timeZone, permanencyDecisionMonths } = await getAgencySettings(ctx.db);
  const today = DateTime.fromJSDate(ctx.now, { zone: timeZone }).toISODate()!;
  const placed = await findPlacedChildren(ctx.db);
  const histories = new Map<PlacedChild, PermanencyHistory>();
  for (const story of DEMO_STORIES) {
    const child = placed.find((each) => isStoryChild(each, story));
    if (child) histories.set(child, storyHistory(child, story, today));
  }
  const others = placed.filter((child) => !histories.has(child));
  const driftingStories = [...histories].filter(([child, history]) =>
    isDrifting(child, history, today, permanencyDecisionMonths),
  ).length;
  const drifting = chooseDrifting(
    others,
    Math.round(placed.length / ONE_DRIFTING_IN) - driftingStories,
    today,
    permanencyDecisionMonths,
  );
  for (const child of others) {
    histories.set(
      child,
      planGeneratedHistory(child, {
        today,
        decisionMonths: permanencyDecisionMonths,
        drift: drifting.get(child.id) ?? null,
      }),
    );
  }
  await insertHistories(ctx.db, histories, timeZone);
}

// Found as the demo's people tell it: by their last name and the name they go by (or were given).
function isStoryChild(child: PlacedChild, story: DemoStory): boolean {
  return (
    child.lastName === story.lastName &&
    (child.knownAs === story.knownAs || child.firstName === story.knownAs)
  );
}

// A story's days-ago counted back from today; talks from before the child came into care dropped.
function storyHistory(child: PlacedChild, story: DemoStory, today: string): PermanencyHistory {
  const on = (daysAgo: number) => DateTime.fromISO(today).minus({ days: daysAgo }).toISODate()!;
  const reviewDates = heldReviewDates(child.lookedAfterSince, today);
  return {
    conversations: story.conversations
      .map((conversation) => ({
        heldOn: on(conversation.daysAgo),
        withSocialWorker: conversation.withSocialWorker,
        carer: child.carers.find((each) => each.firstName === conversation.withCarer) ?? null,
        options: conversation.options,
        words: conversation.words,
        questions: conversation.questions,
        feelings: conversation.feelings,
        nextSteps: conversation.nextSteps,
      }))
      .filter((conversation) => conversation.heldOn >= child.lookedAfterSince),
    decision: story.decision && { ...story.decision, decidedOn: on(story.decision.daysAgo) },
    reviews: reviewDates.map((heldOn, index) => ({
      heldOn,
      notes: story.recentReviews[reviewDates.length - 1 - index] ?? story.earlierReview,
    })),
  };
}

function isDrifting(
  child: PlacedChild,
  history: PermanencyHistory,
  today: string,
  decisionTargetMonths: number,
): boolean {
  const drift = permanencyDrift(
    {
      lookedAfterSince: child.lookedAfterSince,
      lastConversationOn:
        history.conversations
          .map((each) => each.heldOn)
          .sort()
          .at(-1) ?? null,
      hasDecision: history.decision !== null,
      decisionTargetMonths,
    },
    today,
  );
  return drift.isConversationOverdue || drift.isDecisionOverdue;
}

// One insert per table; written up late in the afternoon of the day each thing happened.
async function insertHistories(
  db: Db,
  histories: Map<PlacedChild, PermanencyHistory>,
  timeZone: string,
): Promise<void> {
  const at = (isoDate: string, hour: number) =>
    DateTime.fromISO(isoDate, { zone: timeZone }).set({ hour }).toJSDate();
  const entries = [...histories];
  const conversations = entries.flatMap(([child, history]) =>
    history.conversations.map((conversation) => ({
      childId: child.id,
      heldOn: conversation.heldOn,
      whoWasThere: whoWasThere(child, conversation),
      options: conversation.options,
      youngPersonWords: conversation.words,
      questions: conversation.questions,
      feelings: conversation.feelings,
      nextSteps: conversation.nextSteps,
      recordedBy: child.workerId,
      createdAt: at(conversation.heldOn, 17),
    })),
  );
  const decisions = entries.flatMap(([child, { decision }]) =>
    decision
      ? [
          {
            childId: child.id,
            youngPersonChoice: decision.choice,
            youngPersonWords: decision.words,
            decidedOption: decision.decided,
            reasons: decision.reasons,
            decidedOn: decision.decidedOn,
            recordedBy: child.workerId,
            createdAt: at(decision.decidedOn, 17),
          },
        ]
      : [],
  );
  const reviews = entries.flatMap(([child, history]) =>
    history.reviews.map((review) => ({
      childId: child.id,
      heldOn: review.heldOn,
      permanencyNotes: review.notes,
      recordedBy: child.workerId,
      createdAt: at(review.heldOn, 16),
    })),
  );
  // An insert of no rows is an error.
  if (conversations.length > 0) await db.insert(permanencyConversations).values(conversations);
  if (decisions.length > 0) await db.insert(permanencyDecisions).values(decisions);
  if (reviews.length > 0) await db.insert(lookedAfterReviews).values(reviews);
}

// "Zara, Marcus Reid (Zara’s social worker), Hannah Kowalski and Ruth Bennett".
function whoWasThere(child: PlacedChild, conversation: PlannedConversation): string {
  const { carer } = conversation;
  const people = [
    child.knownAs,
    ...(conversation.withSocialWorker
      ? [
          child.socialWorkerName
            ? `${child.socialWorkerName} (${child.knownAs}’s social worker)`
            : `${child.knownAs}’s social worker`,
        ]
      : []),
    ...(child.workerName ? [child.workerName] : []),
    ...(carer ? [`${carer.firstName} ${carer.lastName}`] : []),
  ];
  return people.length === 1
    ? people[0]!
    : `${people.slice(0, -1).join(', ')} and ${people.at(-1)}`;
}

// Every child living with the agency's carers now, with their home's worker and carers, oldest
// record first. The date they became looked after is the demo's; without one, their first
// placement's start stands for it (and is saved).
async function findPlacedChildren(db: Db): Promise<PlacedChild[]> {
  const firstStart = sql<string | null>`to_char((SELECT min(p.started_on) FROM placements p
    WHERE p.child_id = ${children.id}), 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
      socialWorkerName: children.socialWorkerName,
      lookedAfterSince: children.lookedAfterSince,
      firstStart,
      householdId: placements.householdId,
      careKind: households.careKind,
      workerId: households.supervisingWorkerId,
      workerName: users.name,
    })
    .from(children)
    .innerJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
    .innerJoin(households, eq(households.id, placements.householdId))
    .leftJoin(users, eq(users.id, households.supervisingWorkerId))
    .orderBy(asc(children.createdAt), asc(children.id), asc(placements.startedOn));
  const carers = await findCarers(db, [...new Set(rows.map((row) => row.householdId))]);
  const placed = new Map<string, PlacedChild>();
  for (const row of rows) {
    const since = row.lookedAfterSince ?? row.firstStart;
    if (placed.has(row.id) || !since) continue;
    if (!row.lookedAfterSince) await store.saveLookedAfterSince(db, row.id, since);
    placed.set(row.id, {
      id: row.id,
      firstName: row.firstName,
      knownAs: row.preferredName ?? row.firstName,
      lastName: row.lastName,
      dateOfBirth: row.dateOfBirth,
      lookedAfterSince: since,
      socialWorkerName: row.socialWorkerName,
      isKinshipHome: row.careKind === 'kinship',
      workerId: row.workerId,
      workerName: row.workerName,
      carers: carers.get(row.householdId) ?? [],
    });
  }
  return [...placed.values()];
}

async function findCarers(
  db: Db,
  householdIds: string[],
): Promise<Map<string, PlacedChild['carers']>> {
  const byHousehold = new Map<string, PlacedChild['carers']>();
  if (householdIds.length === 0) return byHousehold;
  const rows = await db
    .select({
      householdId: householdMembers.householdId,
      firstName: householdMembers.firstName,
      lastName: householdMembers.lastName,
    })
    .from(householdMembers)
    .where(
      and(
        inArray(householdMembers.householdId, householdIds),
        eq(householdMembers.memberRole, 'carer'),
      ),
    )
    .orderBy(asc(householdMembers.householdId), asc(householdMembers.id));
  for (const row of rows) {
    byHousehold.set(row.householdId, [...(byHousehold.get(row.householdId) ?? []), row]);
  }
  return byHousehold;
}
