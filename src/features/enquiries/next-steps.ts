// What happens after each way of getting in touch, in the same words on the confirmation page and
// in the confirmation email. Pure, so both say exactly the same thing.
import type { EnquiryKind } from '../../core/db/tables.ts';
import type { OutgoingMail } from '../../core/mail/outbox.ts';
import { CALL_BACK_DAYS, CALL_BACK_TIMES } from './schemas.ts';

// The agency's promise to someone who enquires (DOMAIN.md, "enquiry response": agency practice).
const REPLY_WITHIN = 'one working day';

/** What a confirmation needs to know about what was asked for, beyond its kind. */
export type EnquiryDetails =
  | { kind: 'call_back'; days?: string[]; times?: string[] }
  | { kind: 'information_pack'; delivery: 'email' | 'post' }
  | { kind: 'enquiry_form' }
  | { kind: 'eligibility_check' }
  | { kind: 'information_event'; event: EventSummary; places: number };

/** An event as a confirmation describes it, with its times already in the agency's time zone. */
export type EventSummary = { title: string; when: string; venue: string; isOnline: boolean };

const THANKS: Record<EnquiryKind, string> = {
  call_back: 'Thank you for asking us to call you back.',
  information_pack: 'Thank you for asking for our information pack.',
  enquiry_form: 'Thank you for your message.',
  eligibility_check: 'Thank you for doing our quick check and leaving your details.',
  information_event: 'Thank you for booking a place at one of our information events.',
};

const SUBJECTS: Record<EnquiryKind, string> = {
  call_back: 'We will call you back',
  information_pack: 'Your information pack',
  enquiry_form: 'We have your message',
  eligibility_check: 'Thank you for getting in touch',
  information_event: 'Your place at our information event',
};

/** The sentences that say what happens next. */
export function nextSteps(details: EnquiryDetails): string[] {
  switch (details.kind) {
    case 'call_back':
      return [
        details.days?.length && details.times?.length
          ? `One of our team will call you within ${REPLY_WITHIN}, on ${wordsFor(CALL_BACK_DAYS, details.days)}, in the ${wordsFor(CALL_BACK_TIMES, details.times, true)}.`
          : `One of our team will call you within ${REPLY_WITHIN}, at one of the times you chose.`,
        'It is a friendly, informal chat. Ask us anything: it does not commit you to anything.',
      ];
    case 'information_pack':
      return details.delivery === 'post'
        ? [
            `We will post your information pack to you within ${REPLY_WITHIN}. Post usually takes a few days.`,
            'Read it in your own time. When you are ready to talk, we are here.',
          ]
        : [
            `We will email your information pack to you within ${REPLY_WITHIN}.`,
            'Read it in your own time. When you are ready to talk, we are here.',
          ];
    case 'enquiry_form':
      return [
        `One of our team will read your message and reply within ${REPLY_WITHIN}.`,
        'There are no silly questions, and asking does not commit you to anything.',
      ];
    case 'eligibility_check':
      return [
        `One of our team will get in touch within ${REPLY_WITHIN} to talk about your answers and anything you would like to ask.`,
        'Your answers are a first step, not a decision: there is no pressure.',
      ];
    case 'information_event': {
      const { event, places } = details;
      return [
        `Your ${places === 1 ? 'place is' : `${places} places are`} booked at ${event.title}, ${event.when}.`,
        event.isOnline ? `How to join: ${event.venue}` : `Where: ${event.venue}`,
        'If you cannot come after all, please let us know, so someone else can have your place.',
      ];
    }
  }
}

/**
 * The confirmation email. It never repeats what the person wrote to us: an email can be
 * forwarded or read over a shoulder, and a message about fostering may be private.
 */
export function confirmationMail(input: {
  to: string;
  firstName: string;
  reference: string;
  agency: { name: string; phone: string };
  details: EnquiryDetails;
}): OutgoingMail {
  const { agency, details, reference } = input;
  const phone = agency.phone.trim();
  const paragraphs = [
    `Dear ${input.firstName},`,
    THANKS[details.kind],
    ['What happens next', ...nextSteps(details).map((step) => `- ${step}`)].join('\n'),
    `Your reference is ${reference}. If you contact us, please give it, so we can find your details quickly.`,
    phone ? `If you would like to talk sooner, call us on ${phone}.` : '',
    phone
      ? `If you did not send this, please call us on ${phone} and we will remove your details.`
      : 'If you did not send this, please reply to tell us and we will remove your details.',
    `With best wishes,\nThe team at ${agency.name}`,
  ];
  return {
    to: input.to,
    subject: `${SUBJECTS[details.kind]} – ${agency.name}`,
    text: `${paragraphs.filter(Boolean).join('\n\n')}\n`,
  };
}

// "Monday, Tuesday or Saturday"; times lose their hours in a sentence ("morning or evening").
function wordsFor(
  options: readonly { value: string; label: string }[],
  chosen: string[],
  isShort = false,
): string {
  const words = options
    .filter((option) => chosen.includes(option.value))
    .map((option) => (isShort ? option.value : option.label));
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}`;
}
