// Reading a child's plan for going home. Staff see everything; carers read the same without the
// notes staff keep for each other; parents read the plan in plain words, with nothing about the
// home the child lives in. The read is audited.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import { isRole } from '../../core/access/roles.ts';
import type { Ctx } from '../../core/context.ts';
import type { HowItIs, ReunificationStatus, StepStatus, StepWho } from '../../core/db/tables.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { nameAsSeenBy } from '../partnership/members.ts';
import { withPartnershipChild, type Party } from '../partnership/space.ts';
import {
  groupPlanItems,
  isReviewOverdue,
  isSupportOver,
  lastCheckIn,
  nextCheckInDue,
  type ItemGroup,
} from './rules.ts';
import * as store from './store.ts';

/** A goal or step as a page shows it. */
export type StepView = {
  id: string;
  kind: 'goal' | 'step';
  title: string;
  detail: string;
  who: StepWho;
  dueOn: string | null;
  status: StepStatus;
  progress: string;
  position: number;
};

/** A review or check-in; `staffNotes` is null for anyone but staff. */
export type MeetingView = {
  id: string;
  kind: 'review' | 'check_in';
  heldOn: string;
  howItIs: HowItIs;
  forFamily: string;
  staffNotes: string | null;
  nextOn: string | null;
  byName: string | null;
};

/** The plan's own words and dates. */
export type PlanView = {
  aim: string;
  supportOffered: string;
  targetOn: string | null;
  nextReviewOn: string | null;
  isReviewOverdue: boolean;
  status: ReunificationStatus;
};

/** The support after the child went home. */
export type SupportView = {
  wentHomeOn: string;
  supportEndsOn: string;
  workerName: string | null;
  /** When the next check-in is due, and what it counts from; null once the support is closed. */
  nextCheckIn: { dueOn: string; isOverdue: boolean; lastHeldOn: string | null } | null;
  isOver: boolean;
};

/** Everything the going-home page shows to this reader. */
export type GoingHome = {
  party: Party;
  child: BelongingChild;
  today: string;
  /** The child still has a home with the agency on record (never told to a parent). */
  isStillInCare: boolean;
  plan: PlanView | null;
  groups: ItemGroup<StepView>[];
  meetings: MeetingView[];
  support: SupportView | null;
  abilities: { canManage: boolean };
};

const SHOWN_FIELDS = [
  'reunification_plans.aim',
  'reunification_plans.support_offered',
  'reunification_plans.target_on',
  'reunification_plans.next_review_on',
  'reunification_plans.status',
  'reunification_plans.went_home_on',
  'reunification_plans.support_ends_on',
  'reunification_steps',
  'reunification_checkins.for_family',
];

/** The plan for a child going home, as this reader may see it; the read is audited. */
export async function readGoingHome(ctx: Ctx, childId: string): Promise<GoingHome> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, actor, party, child, home, today } = scene;
    const plan = await store.findPlan(tx.db, child.id);
    const steps = plan ? await store.findSteps(tx.db, child.id) : [];
    const meetings = plan ? await store.findMeetings(tx.db, child.id) : [];
    const isStaff = party === 'staff';
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: child.id,
      fields: isStaff ? [...SHOWN_FIELDS, 'reunification_checkins.staff_notes'] : SHOWN_FIELDS,
    });
    const isConfidential = home?.isConfidential ?? false;
    const supportWorker = plan?.supportWorkerId
      ? await store.findPerson(tx.db, plan.supportWorkerId)
      : null;
    return {
      party,
      child,
      today,
      isStillInCare: party !== 'parent' && home !== null,
      plan: plan
        ? {
            aim: plan.aim,
            supportOffered: plan.supportOffered,
            targetOn: plan.targetOn,
            nextReviewOn: plan.nextReviewOn,
            isReviewOverdue:
              plan.status === 'working_towards' && isReviewOverdue(plan.nextReviewOn, today),
            status: plan.status,
          }
        : null,
      groups: groupPlanItems(steps.map(presentStep)),
      meetings: meetings.map((meeting) => ({
        id: meeting.id,
        kind: meeting.kind,
        heldOn: meeting.heldOn,
        howItIs: meeting.howItIs,
        forFamily: meeting.forFamily,
        staffNotes: isStaff ? meeting.staffNotes : null,
        nextOn: meeting.nextOn,
        byName: nameOf(party, meeting.recorderName, meeting.recorderRole, isConfidential),
      })),
      support:
        plan?.wentHomeOn && plan.supportEndsOn
          ? {
              wentHomeOn: plan.wentHomeOn,
              supportEndsOn: plan.supportEndsOn,
              workerName: supportWorker
                ? nameOf(party, supportWorker.name, supportWorker.role, isConfidential)
                : null,
              nextCheckIn:
                plan.status === 'home' ? checkInDue(plan.wentHomeOn, meetings, today) : null,
              isOver: isSupportOver(plan.supportEndsOn, today),
            }
          : null,
      abilities: {
        canManage: can(actor, 'partnership.manage', { kind: 'child', id: child.id }).allowed,
      },
    };
  });
}

function presentStep(step: store.StepRow): StepView {
  return {
    id: step.id,
    kind: step.kind,
    title: step.title,
    detail: step.detail,
    who: step.who,
    dueOn: step.dueOn,
    status: step.status,
    progress: step.progress,
    position: step.position,
  };
}

function checkInDue(
  wentHomeOn: string,
  meetings: store.MeetingRow[],
  today: string,
): NonNullable<SupportView['nextCheckIn']> {
  const dueOn = nextCheckInDue(wentHomeOn, meetings);
  return {
    dueOn,
    isOverdue: dueOn < today,
    lastHeldOn: lastCheckIn(wentHomeOn, meetings)?.heldOn ?? null,
  };
}

// Whoever wrote something is named as the reader may know them: a carer in a confidential home by
// first name to a parent, everyone else in full.
function nameOf(
  reader: Party,
  name: string | null,
  role: string | null,
  isConfidential: boolean,
): string | null {
  if (!name || !role || !isRole(role)) return null;
  return nameAsSeenBy(reader, { name, role }, isConfidential);
}
