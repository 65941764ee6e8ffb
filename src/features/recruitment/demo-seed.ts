// The demo agency's recruitment: about twenty-five people at every stage, from every way in,
// shared among the team, a few overdue, with checks, a report under way and panel meetings.
import { DateTime } from 'luxon';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { ASSESSMENT_SECTIONS } from './assessment-sections.ts';
import * as checks from './checks-store.ts';
import * as decisions from './decision-store.ts';
import * as panels from './panel-store.ts';
import { PIPELINE_STAGES, type RecruitmentStage } from './stages.ts';
import { PEOPLE, type Person } from './demo-people.ts';
import * as store from './store.ts';

type Terms = { maxChildren: number | null; ageFrom: number | null; ageTo: number | null };

type Seeding = {
  ctx: Ctx;
  day: (daysAgo: number) => string;
  at: (daysAgo: number) => Date;
  team: Array<string | null>;
  /** The panel meeting on a day, arranged the first time it is asked for. */
  panelOn: (daysAgo: number) => Promise<string>;
};

/**
 * Loads the demo's recruitment; the agency's staff must be there already. The demo's loading is
 * audited once, by the demo feature, in the same transaction.
 */
export async function seedDemoRecruitment(ctx: Ctx): Promise<void> {
  const { timeZone } = await getAgencySettings(ctx.db);
  const now = DateTime.fromJSDate(ctx.now, { zone: timeZone });
  const today = now.startOf('day');
  await inTransaction(ctx, async (tx) => {
    const meetings = new Map<number, string>();
    const officers = await store.findActiveUsersWithRole(tx.db, 'recruitment_officer');
    const managers = await store.findActiveUsersWithRole(tx.db, 'registered_manager');
    const seeding: Seeding = {
      ctx: tx,
      day: (daysAgo) => now.minus({ days: daysAgo }).toISODate() ?? '',
      // Mid-morning on working hours, so the demo's history reads like a working week.
      at: (daysAgo) => now.minus({ days: daysAgo }).set({ hour: 10, minute: 30 }).toJSDate(),
      team: [...officers.map((user) => user.id), ...managers.map((user) => user.id), null],
      panelOn: async (daysAgo) => {
        const known = meetings.get(daysAgo);
        if (known) return known;
        const id = await panels.insertPanelMeeting(tx.db, panelOf(seeding, daysAgo));
        meetings.set(daysAgo, id);
        return id;
      },
    };
    // The approved people are the carers of the households the agency approved most recently.
    const approvedHomes = await decisions.findRecentlyApprovedHouseholds(tx.db, 2);
    for (const [index, person] of PEOPLE.entries()) {
      const home = person[2] === 'approved' ? approvedHomes.shift() : undefined;
      const approvedAgo = home?.approvedOn
        ? Math.max(
            2,
            Math.round(
              today.diff(DateTime.fromISO(home.approvedOn, { zone: timeZone }), 'days').days,
            ),
          )
        : null;
      const named: Person = home
        ? [home.firstName, home.lastName, person[2], person[3], (approvedAgo ?? 0) + person[4]]
        : person;
      await seedPerson(seeding, index, named, {
        householdId: home?.id ?? null,
        endAgo: approvedAgo,
        terms: home
          ? { maxChildren: home.maxChildren, ageFrom: home.ageFrom, ageTo: home.ageTo }
          : null,
      });
    }
  });
}

function panelOf(seeding: Pick<Seeding, 'day'>, daysAgo: number) {
  return {
    meetsOn: seeding.day(daysAgo),
    chair: 'Dr Helen Marsh, independent chair',
    members: [
      'Jo Patel, social work member',
      'Ade Bello, foster carer member',
      'Sue Grant, independent member',
    ],
  };
}

async function seedPerson(
  seeding: Seeding,
  index: number,
  [firstName, lastName, stage, source, daysAgo]: Person,
  links: { householdId: string | null; endAgo: number | null; terms: Terms | null },
): Promise<void> {
  const { ctx, day, at, team } = seeding;
  const path = pathTo(stage);
  const current = path.length - 1;
  // Daniel's first conversation was long enough ago for his home visit to be overdue.
  const isOverdueConversation = firstName === 'Daniel';
  const endAgo = links.endAgo ?? (isOverdueConversation ? 12 : 2);
  // Stages are spread evenly from the enquiry to the last move.
  const step = current > 0 ? Math.max(1, Math.floor((daysAgo - endAgo) / current)) : 0;
  const stageAgo = (position: number) => {
    if (position === 0) return daysAgo;
    return position === current
      ? Math.min(endAgo, daysAgo)
      : Math.max(endAgo, daysAgo - position * step);
  };
  const panelAgo = reached(stage, 'agency_decision')
    ? stageAgo(path.indexOf('agency_decision'))
    : null;
  const { id } = await store.insertProspect(ctx.db, {
    firstName,
    lastName,
    email: `${firstName}.${lastName}@example.com`.toLowerCase(),
    phone: `07700 900${String(100 + index).padStart(3, '0')}`,
    postcode: `BW${(index % 4) + 1} ${(index % 9) + 1}AB`,
    stage,
    source,
    sourceDetail: source === 'information_event' ? 'Information evening, Brightwater library' : '',
    officerId: team[index % team.length] ?? null,
    enquiredAt: at(daysAgo),
    appliedOn: reached(stage, 'application')
      ? day(firstName === 'Marcus' ? 270 : stageAgo(path.indexOf('application')))
      : null,
    panelOn: stage === 'panel' ? day(-10) : panelAgo === null ? null : day(panelAgo),
    decidedOn: stage === 'approved' || stage === 'not_approved' ? day(stageAgo(current)) : null,
    nextAction: index % 3 === 0 && current < 7 ? 'Call to see how they are getting on' : '',
    nextActionOn: index % 3 === 0 && current < 7 ? day(index % 2 === 0 ? -3 : 3) : null,
    closedReason: closedReasonOf(stage),
    householdId: links.householdId,
    stageChangedAt: at(stageAgo(current)),
  });
  for (let position = 1; position < path.length; position += 1) {
    await store.insertStageChange(ctx.db, {
      prospectiveCarerId: id,
      fromStage: path[position - 1]!,
      toStage: path[position]!,
      reason: position === current ? closedReasonOf(stage) : null,
      changedBy: team[0] ?? null,
      changedAt: at(stageAgo(position)),
    });
  }
  if (reached(stage, 'application')) await seedHousehold(seeding, id, firstName, lastName, stage);
  await seedPanel(seeding, id, stage, {
    householdId: links.householdId,
    terms: links.terms,
    panelAgo,
    decidedAgo: stageAgo(current),
  });
  if (index % 4 === 0) {
    await store.insertNote(ctx.db, {
      prospectiveCarerId: id,
      authorId: team[0] ?? null,
      body: 'Spoke on the phone. Keen to hear more about short breaks for disabled children.',
      createdAt: at(Math.max(0, daysAgo - 1)),
    });
  }
}

// The stages someone passed through to get where they are; the ways out come after the stage left.
function pathTo(stage: RecruitmentStage): RecruitmentStage[] {
  const upTo = (last: RecruitmentStage) =>
    PIPELINE_STAGES.slice(0, PIPELINE_STAGES.indexOf(last as never) + 1);
  if (stage === 'withdrawn') return [...upTo('home_visit'), 'withdrawn'];
  if (stage === 'not_approved') return [...upTo('agency_decision'), 'not_approved'];
  return upTo(stage);
}

const reached = (stage: RecruitmentStage, milestone: RecruitmentStage) =>
  pathTo(stage).includes(milestone);

function closedReasonOf(stage: RecruitmentStage): string | null {
  if (stage === 'withdrawn')
    return 'They decided the timing is not right with a new job; they may come back next year.';
  if (stage === 'not_approved')
    return 'The assessment found they could not yet offer a safe home for a child.';
  return null;
}

async function seedHousehold(
  seeding: Seeding,
  id: string,
  firstName: string,
  lastName: string,
  stage: RecruitmentStage,
): Promise<void> {
  const { ctx, day } = seeding;
  const applicant = await checks.insertAdult(ctx.db, {
    prospectiveCarerId: id,
    firstName,
    lastName,
    relationship: 'applicant',
  });
  const partner = await checks.insertAdult(ctx.db, {
    prospectiveCarerId: id,
    firstName: 'Alex',
    lastName,
    relationship: 'joint_applicant',
  });
  if (!reached(stage, 'stage_one')) return;
  const isDone = reached(stage, 'stage_two');
  for (const adultId of [applicant, partner]) {
    for (const kind of ['dbs', 'medical', 'personal_reference', 'local_authority'] as const) {
      const isBack = isDone || kind === 'dbs';
      await checks.insertCheck(ctx.db, {
        prospectiveCarerId: id,
        adultId,
        kind,
        detail: kind === 'local_authority' ? 'Brightwater Council' : '',
        requestedOn: day(60),
        receivedOn: isBack ? day(30) : null,
        outcome: isBack ? 'satisfactory' : null,
      });
    }
  }
  if (!isDone) return;
  await checks.saveAssessmentSections(
    ctx.db,
    id,
    ASSESSMENT_SECTIONS.map((section, position) => ({
      section: section.code,
      progress:
        stage !== 'stage_two' || position < 7
          ? 'complete'
          : position < 9
            ? 'in_progress'
            : 'not_started',
    })),
    { userId: seeding.team[0] ?? '', at: seeding.at(5) },
  );
}

async function seedPanel(
  seeding: Seeding,
  id: string,
  stage: RecruitmentStage,
  dates: {
    householdId: string | null;
    terms: Terms | null;
    panelAgo: number | null;
    decidedAgo: number;
  },
): Promise<void> {
  const { ctx, at, day, team } = seeding;
  if (stage === 'panel') {
    await panels.insertAgendaItem(ctx.db, await seeding.panelOn(-10), id);
    return;
  }
  if (dates.panelAgo === null) return;
  const itemId = await panels.insertAgendaItem(ctx.db, await seeding.panelOn(dates.panelAgo), id);
  const isApproval = stage !== 'not_approved';
  const terms = {
    maxChildren: dates.terms?.maxChildren ?? 2,
    ageFrom: dates.terms?.ageFrom ?? 0,
    ageTo: dates.terms?.ageTo ?? 11,
    careTypes: ['short_term', 'short_break'],
  };
  const reasons = isApproval
    ? 'A warm, stable home with good support from family nearby.'
    : 'Concerns about the stability of the household at present.';
  await panels.saveRecommendation(ctx.db, itemId!, {
    recommendation: isApproval ? 'approve' : 'not_approve',
    ...(isApproval ? terms : { maxChildren: null, ageFrom: null, ageTo: null, careTypes: [] }),
    reasons,
    recordedAt: at(dates.panelAgo),
    recordedBy: team[0] ?? null,
  });
  // An approval is recorded with the household it created; without one, the story stops here.
  if (stage === 'agency_decision' || (isApproval && !dates.householdId)) return;
  const decidedBy = team.at(-2) ?? team[0];
  if (!decidedBy) return;
  await decisions.insertDecision(ctx.db, {
    prospectiveCarerId: id,
    panelAgendaItemId: itemId,
    decision: isApproval ? 'approve' : 'not_approve',
    decidedOn: day(dates.decidedAgo),
    decidedBy,
    reasons,
    ...(isApproval
      ? { ...terms, careKind: 'foster' as const, householdId: dates.householdId }
      : {}),
  });
}
