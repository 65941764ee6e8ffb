import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { getRecruitmentWorklist, type RecruitmentWorklist } from '../recruitment/index.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { summariseTrainingFor, type TrainingSummary } from '../training/index.ts';
import { unacknowledgedReportsFor, type ReportPage } from '../daily-records/index.ts';
import { placementTasksFor, type PlacementTask } from '../placements/index.ts';
import { countOffersWaiting } from '../matching/index.ts';
import { summariseCommittedAdults, type CommittedAdultsSummary } from '../family-finding/index.ts';
import { summarisePermanencyDrift, type DriftEntry } from '../permanency/index.ts';
import { summariseUnansweredQuestions, type UnansweredQuestions } from '../voice/index.ts';
import { OWN_SPACE_FIELDS, summariseOwnSpace, type OwnSpace } from '../voice/index.ts';
import {
  findPartSummaries,
  loadGettingStartedDue,
  type GettingStartedDue,
  type PartSummaries,
} from '../partnership/index.ts';
import { loadMessagesWaiting, type MessagesWaiting } from '../partnership-messages/index.ts';
import { loadSupportDue, type SupportDue } from '../reunification/index.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import type { Actor } from '../../core/access/actor.ts';
import * as store from './store.ts';

type ChildAtHome = Awaited<ReturnType<typeof store.findChildrenAtHomeInScope>>[number];
type HouseholdSummary = Awaited<ReturnType<typeof store.findHouseholdsInScope>>[number];

/** What each person's home page shows: what they need today, from records they may see. */
export type Home =
  | { role: 'administrator'; accounts: Awaited<ReturnType<typeof store.countAccountsByRole>> }
  | {
      role: 'registered_manager';
      figures: Awaited<ReturnType<typeof store.countAgencyFigures>>;
      recruitment: RecruitmentWorklist;
      training: TrainingSummary;
      placementTasks: PlacementTask[];
      reports: ReportPage;
      belonging: BelongingWorklist;
      partnership: PartnershipWorklist;
    }
  | {
      role: 'supervising_social_worker';
      households: HouseholdSummary[];
      children: ChildAtHome[];
      training: TrainingSummary;
      placementTasks: PlacementTask[];
      reports: ReportPage;
      belonging: BelongingWorklist;
      partnership: PartnershipWorklist;
    }
  | {
      role: 'training_coordinator';
      carersByArea: Awaited<ReturnType<typeof store.countCarersByArea>>;
      training: TrainingSummary;
    }
  | { role: 'recruitment_officer'; recruitment: RecruitmentWorklist }
  | {
      role: 'foster_carer' | 'kinship_carer';
      households: HouseholdSummary[];
      children: ChildAtHome[];
      /** Messages from the children's families not read yet, by child id. */
      unreadByChild: Record<string, number>;
      worker: { name: string; email: string } | null;
      training: TrainingSummary;
      /** Children whose information has been shared with the household, waiting for an answer. */
      offersWaiting: number;
    }
  | {
      role: 'birth_parent';
      /** Each child, with what is new in their partnership space (null when not in it). */
      children: Array<{ id: string; name: string; together: PartSummaries | null }>;
      agencyPhone: string;
    }
  | {
      role: 'young_person';
      name: string | null;
      carerFirstNames: string[];
      /** Their people, story, voice and next review; null until the account is linked. */
      space: OwnSpace | null;
    };

/** What the staff who place children follow about belonging: people for life, plans, questions. */
export type BelongingWorklist = {
  committedAdults: CommittedAdultsSummary;
  drift: DriftEntry[];
  questions: UnansweredQuestions;
};

/** What the staff who place children follow in the partnership with birth families. */
export type PartnershipWorklist = {
  messagesWaiting: MessagesWaiting;
  gettingStarted: GettingStartedDue;
  supportDue: SupportDue;
};

async function loadPartnershipWorklist(tx: Ctx, actor: Actor): Promise<PartnershipWorklist> {
  const today = await agencyToday(tx.db, tx.now);
  return {
    messagesWaiting: await loadMessagesWaiting(tx, actor),
    gettingStarted: await loadGettingStartedDue(tx, actor, today),
    supportDue: await loadSupportDue(tx, actor, today),
  };
}

/** Gathers the home page for the signed-in person; reads of children's records are audited. */
export async function getHome(ctx: Ctx): Promise<Home> {
  const { actor } = await authorize(ctx, 'home.view');
  // Recruitment's worklist authorises and audits itself, so it is gathered before the transaction.
  const recruitment =
    actor.role === 'recruitment_officer' || actor.role === 'registered_manager'
      ? await getRecruitmentWorklist(ctx)
      : null;
  // Plans falling due and carers' reports waiting to be read: for the staff who supervise.
  const isPlacingStaff =
    actor.role === 'registered_manager' || actor.role === 'supervising_social_worker';
  const placementTasks = isPlacingStaff ? await placementTasksFor(ctx) : [];
  const reports = isPlacingStaff ? await unacknowledgedReportsFor(ctx) : null;
  const belonging: BelongingWorklist | null = isPlacingStaff
    ? {
        committedAdults: await summariseCommittedAdults(ctx),
        drift: await summarisePermanencyDrift(ctx),
        questions: await summariseUnansweredQuestions(ctx),
      }
    : null;
  return inTransaction(ctx, async (tx) => {
    switch (actor.role) {
      case 'administrator':
        return { role: actor.role, accounts: await store.countAccountsByRole(tx.db) };
      case 'registered_manager':
        return {
          role: actor.role,
          figures: await store.countAgencyFigures(tx.db),
          recruitment: recruitment!,
          training: await summariseTrainingFor(tx.db, actor, ctx.now),
          placementTasks,
          reports: reports!,
          belonging: belonging!,
          partnership: await loadPartnershipWorklist(tx, actor),
        };
      case 'supervising_social_worker': {
        const children = await store.findChildrenAtHomeInScope(tx.db, actor);
        await auditList(tx, children.length);
        return {
          role: actor.role,
          households: await store.findHouseholdsInScope(tx.db, actor),
          children,
          training: await summariseTrainingFor(tx.db, actor, ctx.now),
          placementTasks,
          reports: reports!,
          belonging: belonging!,
          partnership: await loadPartnershipWorklist(tx, actor),
        };
      }
      case 'training_coordinator':
        return {
          role: actor.role,
          carersByArea: await store.countCarersByArea(tx.db),
          training: await summariseTrainingFor(tx.db, actor, ctx.now),
        };
      case 'recruitment_officer':
        return { role: actor.role, recruitment: recruitment! };
      case 'foster_carer':
      case 'kinship_carer': {
        const households = await store.findHouseholdsInScope(tx.db, actor);
        const children = await store.findChildrenAtHomeInScope(tx.db, actor);
        await auditList(tx, children.length);
        const first = households[0];
        const settings = await getAgencySettings(tx.db);
        const reader = { userId: actor.userId, party: 'carer' as const };
        const unreadByChild: Record<string, number> = {};
        for (const child of children) {
          const news = await findPartSummaries(tx.db, child.childId, reader, {
            now: ctx.now,
            timeZone: settings.timeZone,
          });
          unreadByChild[child.childId] = news.unreadMessages;
        }
        return {
          role: actor.role,
          households,
          children,
          unreadByChild,
          worker: first ? await store.findHouseholdWorker(tx.db, first.id) : null,
          training: await summariseTrainingFor(tx.db, actor, ctx.now),
          offersWaiting: await countOffersWaiting(tx.db, actor),
        };
      }
      case 'birth_parent': {
        const children = await store.findChildNames(tx.db, actor.reach.ownChildIds);
        for (const child of children) {
          await recordAudit(tx, {
            action: 'child.read_family_view',
            recordType: 'child',
            recordId: child.id,
            fields: ['first_name'],
          });
        }
        const settings = await getAgencySettings(tx.db);
        const clock = { now: ctx.now, timeZone: settings.timeZone };
        const reader = { userId: actor.userId, party: 'parent' as const };
        const withNews = [];
        for (const child of children) {
          withNews.push({
            id: child.id,
            name: child.preferredName ?? child.firstName,
            together: actor.reach.partnershipChildIds.includes(child.id)
              ? await findPartSummaries(tx.db, child.id, reader, clock)
              : null,
          });
        }
        return { role: actor.role, children: withNews, agencyPhone: settings.phone };
      }
      case 'young_person': {
        const childId = actor.reach.ownRecordChildId;
        if (!childId) return { role: actor.role, name: null, carerFirstNames: [], space: null };
        const [own] = await store.findChildNames(tx.db, [childId]);
        await recordAudit(tx, {
          action: 'child.read_family_view',
          recordType: 'child',
          recordId: childId,
          fields: ['first_name', 'carers', ...OWN_SPACE_FIELDS],
        });
        return {
          role: actor.role,
          name: own ? (own.preferredName ?? own.firstName) : null,
          carerFirstNames: await store.findCarerFirstNamesOfChild(tx.db, childId),
          space: await summariseOwnSpace(tx, actor, childId),
        };
      }
    }
  });
}

// A list shows many children at once: one entry records that the list was seen.
async function auditList(ctx: Ctx, shown: number): Promise<void> {
  if (shown > 0)
    await recordAudit(ctx, { action: 'child.list', recordType: 'child', recordId: null });
}
