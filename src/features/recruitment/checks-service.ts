// Stage 1 and Stage 2: the household's adults, their statutory checks, and the report's progress;
// and the small record reads the pages of those forms need.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { ASSESSMENT_SECTIONS } from './assessment-sections.ts';
import * as checks from './checks-store.ts';
import type { TAssessment, TCheck, TNewAdult } from './schemas.ts';
import * as store from './store.ts';

/** What the page of a form about one person needs: who they are, and where they are. */
export async function openProspectForm(
  ctx: Ctx,
  id: string,
  action: 'recruitment.update' | 'recruitment.decide',
) {
  const { actor } = await authorize(ctx, action, { kind: 'prospective_carer', id });
  const { timeZone } = await getAgencySettings(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const prospect = await store.findProspect(tx.db, actor, id);
    if (!prospect) throw new NotFound();
    const found = {
      prospect,
      adults: await checks.findAdults(tx.db, id),
      assessment: await checks.findAssessmentSections(tx.db, id),
      today: todayIn(timeZone, ctx.now),
    };
    await recordAudit(tx, {
      action: 'recruitment.read',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['name', 'stage', 'dates', 'adults', 'assessment'],
    });
    return found;
  });
}

async function changeHousehold<T>(
  ctx: Ctx,
  id: string,
  change: (tx: Ctx) => Promise<T>,
): Promise<T> {
  const { actor } = await authorize(ctx, 'recruitment.update', { kind: 'prospective_carer', id });
  return inTransaction(ctx, async (tx) => {
    if (!(await store.lockProspect(tx.db, actor, id))) throw new NotFound();
    return change(tx);
  });
}

/** Adds an adult who lives in the applying household; there is one applicant. */
export async function addAdult(ctx: Ctx, id: string, input: TNewAdult): Promise<void> {
  await changeHousehold(ctx, id, async (tx) => {
    const adults = await checks.findAdults(tx.db, id);
    if (
      input.relationship === 'applicant' &&
      adults.some((adult) => adult.relationship === 'applicant')
    ) {
      throw new Invalid({
        relationship:
          'The applicant is already listed: choose “applying with them” or “other adult”',
      });
    }
    await checks.insertAdult(tx.db, {
      ...input,
      prospectiveCarerId: id,
      dateOfBirth: input.dateOfBirth ?? null,
    });
    await recordAudit(tx, {
      action: 'recruitment.adult_added',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['adults'],
    });
  });
}

function checkValues(input: TCheck, today: string) {
  const errors: Record<string, string> = {};
  if (input.requestedOn > today)
    errors.requestedOn = 'The date it was asked for cannot be in the future';
  if (input.receivedOn && input.receivedOn > today) {
    errors.receivedOn = 'The date it came back cannot be in the future';
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return {
    adultId: input.adultId,
    kind: input.kind,
    detail: input.detail,
    requestedOn: input.requestedOn,
    receivedOn: input.receivedOn ?? null,
    outcome: input.outcome ?? null,
  };
}

/** Records a statutory check on one of the household's adults. */
export async function recordCheck(ctx: Ctx, id: string, input: TCheck): Promise<void> {
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = todayIn(timeZone, ctx.now);
  await changeHousehold(ctx, id, async (tx) => {
    const adults = await checks.findAdults(tx.db, id);
    if (!adults.some((adult) => adult.id === input.adultId)) {
      throw new Invalid({ adultId: 'Choose one of the adults in this household' });
    }
    await checks.insertCheck(tx.db, { ...checkValues(input, today), prospectiveCarerId: id });
    await recordAudit(tx, {
      action: 'recruitment.check_recorded',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['checks'],
    });
  });
}

/** One check, for its page. */
export async function readCheck(ctx: Ctx, id: string, checkId: string) {
  const form = await openProspectForm(ctx, id, 'recruitment.update');
  const check = await checks.findCheck(ctx.db, id, checkId);
  if (!check) throw new NotFound();
  return { ...form, check };
}

/** Changes a check: usually when it comes back, with its outcome. */
export async function updateCheck(
  ctx: Ctx,
  id: string,
  checkId: string,
  input: TCheck,
): Promise<void> {
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = todayIn(timeZone, ctx.now);
  await changeHousehold(ctx, id, async (tx) => {
    if (!(await checks.findCheck(tx.db, id, checkId))) throw new NotFound();
    const adults = await checks.findAdults(tx.db, id);
    if (!adults.some((adult) => adult.id === input.adultId)) {
      throw new Invalid({ adultId: 'Choose one of the adults in this household' });
    }
    await checks.updateCheck(tx.db, checkId, { ...checkValues(input, today), updatedAt: tx.now });
    await recordAudit(tx, {
      action: 'recruitment.check_recorded',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['checks'],
    });
  });
}

/** Sets how far each section of the Stage 2 report has got. */
export async function updateAssessment(ctx: Ctx, id: string, input: TAssessment): Promise<void> {
  await changeHousehold(ctx, id, async (tx) => {
    const prospect = await store.findProspect(tx.db, tx.actor!, id);
    if (prospect && ['approved', 'not_approved'].includes(prospect.stage)) {
      throw new Conflict('The decision has been made: the assessment report can no longer change.');
    }
    await checks.saveAssessmentSections(
      tx.db,
      id,
      ASSESSMENT_SECTIONS.map((section) => ({
        section: section.code,
        progress: input[section.code],
      })),
      { userId: tx.actor!.userId, at: tx.now },
    );
    await recordAudit(tx, {
      action: 'recruitment.assessment_updated',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['assessment'],
    });
  });
}
