// Changing a record: who looks after it, what is next, notes, moving on, withdrawing, key dates.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import type { Actor } from '../../core/access/actor.ts';
import { inTransaction, type Ctx, type SignedInCtx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import * as checks from './checks-store.ts';
import type { TDates, TNextAction } from './schemas.ts';
import {
  hasApplied,
  isOpenStage,
  nextStepFrom,
  stageIndex,
  type RecruitmentStage,
} from './stages.ts';
import * as store from './store.ts';
import { fullName, stageLabel } from './words.ts';

type Locked = NonNullable<Awaited<ReturnType<typeof store.lockProspect>>>;

/**
 * Runs a change to one record: authorised first (so a refusal's audit entry stays), then in one
 * transaction with the record locked, so changes to it take turns.
 */
async function changeProspect<T>(
  ctx: Ctx,
  id: string,
  change: (tx: SignedInCtx, current: Locked, actor: Actor) => Promise<T>,
): Promise<T> {
  const { actor } = await authorize(ctx, 'recruitment.update', { kind: 'prospective_carer', id });
  return inTransaction(ctx, async (tx) => {
    const current = await store.lockProspect(tx.db, actor, id);
    if (!current) throw new NotFound();
    return change({ ...tx, actor }, current, actor);
  });
}

async function agencyToday(ctx: Ctx): Promise<string> {
  const { timeZone } = await getAgencySettings(ctx.db);
  return todayIn(timeZone, ctx.now);
}

/** Gives someone's recruitment to a member of the team, or to nobody. */
export async function assignOfficer(
  ctx: Ctx,
  id: string,
  officerId: string | undefined,
): Promise<void> {
  await changeProspect(ctx, id, async (tx) => {
    const staff = await store.findRecruitmentStaff(tx.db);
    if (officerId && !staff.some((person) => person.id === officerId)) {
      throw new Invalid({ officerId: 'Choose someone from the list' });
    }
    await store.updateProspect(tx.db, id, { officerId: officerId ?? null });
    await recordAudit(tx, {
      action: 'recruitment.officer_assigned',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['officer'],
    });
  });
}

/** Sets what is to be done next, and by when (both cleared when empty). */
export async function setNextAction(ctx: Ctx, id: string, input: TNextAction): Promise<void> {
  await changeProspect(ctx, id, async (tx) => {
    await store.updateProspect(tx.db, id, {
      nextAction: input.nextAction,
      nextActionOn: input.nextActionOn ?? null,
    });
    await recordAudit(tx, {
      action: 'recruitment.next_action_set',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['next_action', 'next_action_on'],
    });
  });
}

/** Adds a note to the record's timeline. */
export async function addNote(ctx: Ctx, id: string, body: string): Promise<void> {
  await changeProspect(ctx, id, async (tx, _current, actor) => {
    await store.insertNote(tx.db, {
      prospectiveCarerId: id,
      authorId: actor.userId,
      body,
      createdAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'recruitment.note_added',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['notes'],
    });
  });
}

/**
 * Moves someone on to the next stage. The form says which stage it was opened at: when someone
 * else has moved them on meanwhile, nothing changes and the person is told. Applying needs the
 * date of the application, and puts the applicant on the household's list of adults to check.
 */
export async function moveToNextStage(
  ctx: Ctx,
  id: string,
  input: { fromStage: RecruitmentStage; appliedOn?: string | undefined },
): Promise<RecruitmentStage> {
  const today = await agencyToday(ctx);
  return changeProspect(ctx, id, async (tx, current, actor) => {
    const name = fullName(current);
    if (current.stage !== input.fromStage) {
      throw new Conflict(
        `${name} is at ${stageLabel(current.stage)} now: someone has moved them on since the page was opened. Open their record again to see it as it is.`,
      );
    }
    const step = nextStepFrom(current.stage);
    if (step.kind !== 'move') {
      throw new Conflict(
        `${name} cannot be moved on from ${stageLabel(current.stage)} with this form.`,
      );
    }
    const changed: string[] = ['stage'];
    if (step.to === 'application') {
      if (!input.appliedOn) throw new Invalid({ appliedOn: 'Enter the date of the application' });
      if (input.appliedOn > today) {
        throw new Invalid({ appliedOn: 'The date of the application cannot be in the future' });
      }
      await store.updateProspect(tx.db, id, { appliedOn: input.appliedOn });
      await addApplicantAdult(tx, current);
      changed.push('applied_on', 'adults');
    }
    await recordStageMove(tx, actor, current, step.to, null);
    await recordAudit(tx, {
      action: 'recruitment.stage_changed',
      recordType: 'prospective_carer',
      recordId: id,
      fields: changed,
    });
    return step.to;
  });
}

async function addApplicantAdult(tx: Ctx, current: Locked): Promise<void> {
  const adults = await checks.findAdults(tx.db, current.id);
  if (adults.some((adult) => adult.relationship === 'applicant')) return;
  await checks.insertAdult(tx.db, {
    prospectiveCarerId: current.id,
    firstName: current.firstName,
    lastName: current.lastName,
    relationship: 'applicant',
  });
}

/** Writes a move between stages and its history line (in the caller's transaction). */
export async function recordStageMove(
  tx: Ctx,
  actor: Actor,
  current: { id: string; stage: RecruitmentStage },
  to: RecruitmentStage,
  reason: string | null,
  extra: Parameters<typeof store.updateProspect>[2] = {},
): Promise<void> {
  await store.updateProspect(tx.db, current.id, { ...extra, stage: to, stageChangedAt: tx.now });
  await store.insertStageChange(tx.db, {
    prospectiveCarerId: current.id,
    fromStage: current.stage,
    toStage: to,
    reason,
    changedBy: actor.userId,
    changedAt: tx.now,
  });
}

/** Someone stops on the way to approval (they withdrew, or the agency ended it), with the reason. */
export async function withdraw(ctx: Ctx, id: string, reason: string): Promise<void> {
  await changeProspect(ctx, id, async (tx, current, actor) => {
    if (!isOpenStage(current.stage)) {
      throw new Conflict(
        `${fullName(current)} is no longer on the way to approval (${stageLabel(current.stage)}).`,
      );
    }
    await recordStageMove(tx, actor, current, 'withdrawn', reason, {
      closedReason: reason,
      nextAction: '',
      nextActionOn: null,
    });
    await recordAudit(tx, {
      action: 'recruitment.stage_changed',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['stage', 'closed_reason'],
    });
  });
}

/** Corrects the dates of the application and the panel, keeping them in order. */
export async function changeDates(ctx: Ctx, id: string, input: TDates): Promise<void> {
  const today = await agencyToday(ctx);
  await changeProspect(ctx, id, async (tx, current) => {
    const errors: Record<string, string> = {};
    if (input.appliedOn && input.appliedOn > today) {
      errors.appliedOn = 'The date of the application cannot be in the future';
    }
    if (!input.appliedOn && hasApplied(current.stage)) {
      errors.appliedOn = `Enter the date of the application: they are at ${stageLabel(current.stage)}`;
    }
    if (input.panelOn && input.appliedOn && input.panelOn < input.appliedOn) {
      errors.panelOn = 'The panel must be on or after the date of the application';
    }
    if (!input.panelOn && stageIndex(current.stage) >= stageIndex('agency_decision')) {
      errors.panelOn = 'Enter the date of the panel: the decision counts from it';
    }
    if (Object.keys(errors).length > 0) throw new Invalid(errors);
    await store.updateProspect(tx.db, id, {
      appliedOn: input.appliedOn ?? null,
      panelOn: input.panelOn ?? null,
    });
    await recordAudit(tx, {
      action: 'recruitment.dates_changed',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['applied_on', 'panel_on'],
    });
  });
}
