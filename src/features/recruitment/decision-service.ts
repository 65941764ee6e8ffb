// The agency decision maker's decision. Approval creates the household with its terms of
// approval, and the carer's account, and emails them a link to choose their password.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound } from '../../core/errors.ts';
import { hashToken, newToken } from '../../core/http/tokens.ts';
import { queueMail } from '../../core/mail/outbox.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { generatePassword, hashPassword, unsafeFindUserByEmail } from '../accounts/index.ts';
import { recordStageMove } from './changes-service.ts';
import * as checks from './checks-store.ts';
import * as decisions from './decision-store.ts';
import * as panels from './panel-store.ts';
import type { TDecision } from './terms-schemas.ts';
import * as store from './store.ts';
import { fullName, stageLabel } from './words.ts';

/** How long the link to choose a password works: long enough for a busy new carer. */
export const WELCOME_LINK_DAYS = 7;

/** What the decision page needs: the person, the panel's recommendation, the agency's areas. */
export async function openDecision(ctx: Ctx, id: string) {
  const { actor } = await authorize(ctx, 'recruitment.decide', { kind: 'prospective_carer', id });
  const { timeZone } = await getAgencySettings(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const prospect = await store.findProspect(tx.db, actor, id);
    if (!prospect) throw new NotFound();
    const [recommendation] = await panels.findPanelItemsOf(tx.db, id);
    await recordAudit(tx, {
      action: 'recruitment.read',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['name', 'stage', 'recommendation'],
    });
    return {
      prospect,
      recommendation: recommendation ?? null,
      areas: await decisions.findAreas(tx.db),
      today: todayIn(timeZone, ctx.now),
    };
  });
}

export type DecisionOutcome =
  | { decision: 'approve'; householdId: string; email: string; linkDays: number }
  | { decision: 'not_approve' };

/**
 * Records the decision. On approval: an approved household with the terms, its members from the
 * adults assessed, the applicant's carer account and a welcome email with a link to choose a
 * password; all in one transaction, so nothing is left half done.
 */
export async function decide(
  ctx: Ctx,
  id: string,
  input: TDecision,
  publicUrl: string,
): Promise<DecisionOutcome> {
  const { actor } = await authorize(ctx, 'recruitment.decide', { kind: 'prospective_carer', id });
  const settings = await getAgencySettings(ctx.db);
  const today = todayIn(settings.timeZone, ctx.now);
  // Nobody will ever know this password: the carer chooses theirs through the emailed link.
  const unusablePasswordHash = await hashPassword(generatePassword());
  return inTransaction(ctx, async (tx) => {
    const current = await store.lockProspect(tx.db, actor, id);
    if (!current) throw new NotFound();
    if (current.stage !== 'agency_decision') {
      throw new Conflict(
        `${fullName(current)} is at ${stageLabel(current.stage)}: a decision can be made only after the panel’s recommendation.`,
      );
    }
    checkDecisionDate(input.decidedOn, today, current.panelOn);
    const [recommendation] = await panels.findPanelItemsOf(tx.db, id);
    const common = {
      prospectiveCarerId: id,
      panelAgendaItemId: recommendation?.id ?? null,
      decision: input.recommendation,
      decidedOn: input.decidedOn,
      decidedBy: actor.userId,
      reasons: input.reasons,
    };
    if (input.recommendation === 'not_approve') {
      await decisions.insertDecision(tx.db, common);
      await recordStageMove(tx, actor, current, 'not_approved', input.reasons, {
        decidedOn: input.decidedOn,
        closedReason: input.reasons,
        nextAction: '',
        nextActionOn: null,
      });
      await recordAudit(tx, {
        action: 'recruitment.decide',
        recordType: 'prospective_carer',
        recordId: id,
        fields: ['decision', 'reasons', 'stage', 'decided_on'],
      });
      return { decision: 'not_approve' };
    }
    if (await unsafeFindUserByEmail(tx.db, current.email)) {
      throw new Conflict(
        `Someone already has an account with ${current.email}. Ask the administrator to change that account’s email address, or correct ${fullName(current)}’s email address, then record the decision again.`,
      );
    }
    const householdId = await createHousehold(tx, current, input);
    const userId = await createCarerAccount(tx, current, input, householdId, unusablePasswordHash);
    await sendWelcome(
      tx,
      { ...current, userId },
      {
        agencyName: settings.name,
        publicUrl,
        carerWord: input.careKind === 'kinship' ? 'kinship carer' : 'foster carer',
      },
    );
    await decisions.insertDecision(tx.db, {
      ...common,
      careKind: input.careKind ?? 'foster',
      maxChildren: input.maxChildren ?? null,
      ageFrom: input.ageFrom ?? null,
      ageTo: input.ageTo ?? null,
      careTypes: input.careTypes,
      householdId,
    });
    await recordStageMove(tx, actor, current, 'approved', null, {
      decidedOn: input.decidedOn,
      householdId,
      nextAction: '',
      nextActionOn: null,
    });
    await recordAudit(tx, {
      action: 'recruitment.decide',
      recordType: 'prospective_carer',
      recordId: id,
      fields: ['decision', 'reasons', 'terms', 'stage', 'decided_on', 'household'],
    });
    return { decision: 'approve', householdId, email: current.email, linkDays: WELCOME_LINK_DAYS };
  });
}

function checkDecisionDate(decidedOn: string, today: string, panelOn: string | null): void {
  if (decidedOn > today)
    throw new Invalid({ decidedOn: 'The date of the decision cannot be in the future' });
  if (panelOn && decidedOn < panelOn) {
    throw new Invalid({ decidedOn: 'The decision must be on or after the day of the panel' });
  }
}

type Applicant = NonNullable<Awaited<ReturnType<typeof store.lockProspect>>>;

async function createHousehold(tx: Ctx, applicant: Applicant, input: TDecision) {
  const areas = await decisions.findAreas(tx.db);
  if (input.areaId && !areas.some((area) => area.id === input.areaId)) {
    throw new Invalid({ areaId: 'Choose an area from the list' });
  }
  const adults = await checks.findAdults(tx.db, applicant.id);
  const surnames = new Set([
    applicant.lastName,
    ...adults
      .filter((adult) => adult.relationship === 'joint_applicant')
      .map((adult) => adult.lastName),
  ]);
  const careKind = input.careKind ?? 'foster';
  const householdId = await decisions.insertHousehold(tx.db, {
    reference: applicant.reference.replace(/^ENQ-/, 'HH-'),
    name: `${[...surnames].join(' and ')} household`,
    status: 'approved',
    careKind,
    areaId: input.areaId ?? null,
    addressLine: input.addressLine,
    town: input.town,
    postcode: input.postcode || applicant.postcode,
    // A kinship child's family already knows where their relatives live.
    isAddressConfidential: careKind === 'foster',
    approvedOn: input.decidedOn,
    maxChildren: input.maxChildren ?? null,
    ageFrom: input.ageFrom ?? null,
    ageTo: input.ageTo ?? null,
  });
  await recordAudit(tx, {
    action: 'household.create',
    recordType: 'household',
    recordId: householdId,
    fields: ['name', 'status', 'terms_of_approval', 'members'],
  });
  return householdId;
}

async function createCarerAccount(
  tx: Ctx,
  applicant: Applicant,
  input: TDecision,
  householdId: string,
  passwordHash: string,
): Promise<string> {
  const userId = await decisions.insertCarerAccount(tx.db, {
    email: applicant.email,
    name: fullName(applicant),
    role: input.careKind === 'kinship' ? 'kinship_carer' : 'foster_carer',
    passwordHash,
  });
  const adults = await checks.findAdults(tx.db, applicant.id);
  const others = adults.filter((adult) => adult.relationship !== 'applicant');
  await decisions.insertHouseholdMembers(tx.db, [
    {
      householdId,
      userId,
      firstName: applicant.firstName,
      lastName: applicant.lastName,
      memberRole: 'carer',
    },
    ...others.map((adult) => ({
      householdId,
      firstName: adult.firstName,
      lastName: adult.lastName,
      memberRole:
        adult.relationship === 'joint_applicant' ? ('carer' as const) : ('adult' as const),
      dateOfBirth: adult.dateOfBirth,
    })),
  ]);
  await recordAudit(tx, {
    action: 'user.create',
    recordType: 'user',
    recordId: userId,
    fields: ['email', 'name', 'role'],
  });
  return userId;
}

async function sendWelcome(
  tx: Ctx,
  carer: Applicant & { userId: string },
  {
    agencyName,
    publicUrl,
    carerWord,
  }: { agencyName: string; publicUrl: string; carerWord: string },
): Promise<void> {
  const token = newToken();
  await decisions.insertPasswordLink(tx.db, {
    tokenHash: hashToken(token),
    userId: carer.userId,
    createdAt: tx.now,
    expiresAt: new Date(tx.now.getTime() + WELCOME_LINK_DAYS * 86_400_000),
  });
  await queueMail(tx.db, {
    to: carer.email,
    subject: `Welcome to ${agencyName}: choose your password`,
    text: [
      `Hello ${carer.firstName},`,
      '',
      `Congratulations: ${agencyName} has approved you as a ${carerWord}. You now have an account where you will find your household's details, the children who live with you, and your support.`,
      '',
      'Open this link to choose your password:',
      '',
      `${publicUrl}/password-reset/${token}`,
      '',
      `The link works once, for ${WELCOME_LINK_DAYS} days. If it has run out, go to ${publicUrl}/password-reset and ask for a new one with this email address.`,
      '',
      'Then sign in with this email address and the password you chose.',
    ].join('\n'),
  });
}
