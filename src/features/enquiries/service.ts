// The ways to get in touch that need no more than the form: each accepted form is counted against
// its sender's address, recorded in the recruitment pipeline and confirmed by email, all in one
// transaction, so a form is never recorded without its email or emailed without being recorded.
import { inTransaction, type Ctx } from '../../core/context.ts';
import { queueMail } from '../../core/mail/outbox.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { recordEnquiry, type NewEnquiry } from '../recruitment/index.ts';
import { adviseOnEligibility } from './eligibility.ts';
import { confirmationMail, type EnquiryDetails } from './next-steps.ts';
import type {
  TCallBack,
  TEligibilityAnswers,
  TEligibilityContact,
  TEnquiry,
  TInformationPack,
} from './schemas.ts';
import { claimSubmissionSlot } from './spam-guard.ts';

/** What the services need besides the context: the key that hashes senders' addresses. */
export type EnquiryDeps = { secret: string };

/** An accepted form: the reference the person can quote. */
export type Accepted = { reference: string };

/** Someone asks to be called back at the days and times that suit them. */
export async function requestCallBack(
  ctx: Ctx,
  deps: EnquiryDeps,
  form: TCallBack,
  source: string,
): Promise<Accepted> {
  return submit(
    ctx,
    deps,
    {
      kind: 'call_back',
      ...names(form),
      phone: form.phone,
      sourceDetail: source,
      answers: withoutBlanks({ days: form.days, times: form.times, notes: form.notes }),
    },
    { kind: 'call_back', days: form.days, times: form.times },
  );
}

/** Someone asks for the information pack, by email or by post. */
export async function requestInformationPack(
  ctx: Ctx,
  deps: EnquiryDeps,
  form: TInformationPack,
  source: string,
): Promise<Accepted> {
  const address =
    form.delivery === 'post'
      ? {
          addressLine1: form.addressLine1,
          addressLine2: form.addressLine2,
          town: form.town,
          postcode: form.postcode,
        }
      : {};
  return submit(
    ctx,
    deps,
    {
      kind: 'information_pack',
      ...names(form),
      postcode: form.postcode,
      sourceDetail: source,
      answers: withoutBlanks({ delivery: form.delivery, ...address }),
    },
    { kind: 'information_pack', delivery: form.delivery },
  );
}

/** Someone sends a message through the contact form. */
export async function sendEnquiryMessage(
  ctx: Ctx,
  deps: EnquiryDeps,
  form: TEnquiry,
  source: string,
): Promise<Accepted> {
  return submit(
    ctx,
    deps,
    {
      kind: 'enquiry_form',
      ...names(form),
      phone: form.phone,
      postcode: form.postcode,
      sourceDetail: source,
      answers: withoutBlanks({ message: form.message, heardAbout: form.heardAbout }),
    },
    { kind: 'enquiry_form' },
  );
}

/**
 * Someone who did the quick check leaves their details. Only now is anything recorded: the check
 * itself keeps nothing, so trying it out never puts anyone on a list.
 */
export async function leaveDetailsAfterCheck(
  ctx: Ctx,
  deps: EnquiryDeps,
  answers: TEligibilityAnswers,
  form: TEligibilityContact,
  source: string,
): Promise<Accepted> {
  const outcome = adviseOnEligibility(answers);
  return submit(
    ctx,
    deps,
    {
      kind: 'eligibility_check',
      ...names(form),
      phone: form.phone,
      postcode: form.postcode,
      sourceDetail: source,
      answers: withoutBlanks({
        ...answers,
        outcome: outcome.tone,
        message: form.message,
        heardAbout: form.heardAbout,
      }),
    },
    { kind: 'eligibility_check' },
  );
}

async function submit(
  ctx: Ctx,
  deps: EnquiryDeps,
  enquiry: NewEnquiry,
  details: EnquiryDetails,
): Promise<Accepted> {
  const settings = await getAgencySettings(ctx.db);
  return inTransaction(ctx, (tx) => recordAndConfirm(tx, deps, settings, enquiry, details));
}

/**
 * Counts the form against its sender's address (refusing with TooManyAttempts when they have sent
 * enough lately), records it and queues its confirmation, all in the caller's transaction.
 */
export async function recordAndConfirm(
  tx: Ctx,
  deps: EnquiryDeps,
  agency: { name: string; phone: string },
  enquiry: NewEnquiry,
  details: EnquiryDetails,
): Promise<Accepted & { prospectiveCarerId: string }> {
  await claimSubmissionSlot(tx, deps.secret);
  const recorded = await recordEnquiry(tx, enquiry);
  await queueMail(
    tx.db,
    confirmationMail({
      to: enquiry.email,
      firstName: enquiry.firstName,
      reference: recorded.reference,
      agency: { name: agency.name, phone: agency.phone },
      details,
    }),
  );
  return { reference: recorded.reference, prospectiveCarerId: recorded.prospectiveCarerId };
}

function names(form: { firstName: string; lastName: string; email: string }) {
  return { firstName: form.firstName, lastName: form.lastName, email: form.email };
}

/** The answers without the questions left blank, so staff see what was answered. */
export function withoutBlanks(
  answers: Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    kept[key] = value;
  }
  return kept;
}
