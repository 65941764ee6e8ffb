// The emails about places on sessions, the waiting list, catch-ups and reminders. Plain words,
// the local time on the agency's clock, and always where to go next.
import { DateTime } from 'luxon';
import { loadConfig } from '../../config.ts';
import type { OutgoingMail } from '../../core/mail/outbox.ts';
import type { SessionDetails } from './booking-store.ts';
import { MY_TRAINING_PATH } from './views/paths.ts';
import { sessionTimeWords } from './views/words.ts';

type Session = Pick<
  SessionDetails,
  | 'courseTitle'
  | 'startsAt'
  | 'endsAt'
  | 'venueName'
  | 'venueAddress'
  | 'venuePostcode'
  | 'accessibilityNotes'
>;

type Letter = { to: string; firstName: string; timeZone: string };

let myTrainingUrl: string | null = null;

/** The full address of the carer's training page, for links in emails. */
export function myTrainingAddress(): string {
  if (!myTrainingUrl) {
    // Emails leave from services and jobs that do not carry the configuration; it is read once.
    let base = '';
    try {
      base = loadConfig().publicUrl;
    } catch {
      base = '';
    }
    myTrainingUrl = `${base}${MY_TRAINING_PATH}`;
  }
  return myTrainingUrl;
}

function whereAndWhen(session: Session, timeZone: string): string {
  const where = [session.venueName, session.venueAddress, session.venuePostcode]
    .filter(Boolean)
    .join(', ');
  const lines = [
    `When: ${sessionTimeWords(session.startsAt, session.endsAt, timeZone)} (${timeZone} time)`,
    `Where: ${where}`,
  ];
  if (session.accessibilityNotes) lines.push(`Getting in: ${session.accessibilityNotes}`);
  return lines.join('\n');
}

function dayWords(session: Session, timeZone: string): string {
  return DateTime.fromJSDate(session.startsAt, { zone: timeZone }).toFormat('cccc d LLLL');
}

function letter(to: Letter, subject: string, paragraphs: string[]): OutgoingMail {
  return {
    to: to.to,
    subject,
    text: [`Dear ${to.firstName},`, ...paragraphs, `Your training: ${myTrainingAddress()}`].join(
      '\n\n',
    ),
  };
}

/** "You have a place": sent when a place is booked, or given from the waiting list. */
export function placeConfirmedMail(
  to: Letter,
  session: Session,
  how: 'booked' | 'promoted',
): OutgoingMail {
  const opening =
    how === 'promoted'
      ? `Good news: a place has come up on ${session.courseTitle}, and it is yours.`
      : `You have a place on ${session.courseTitle}.`;
  return letter(to, `Your place on ${session.courseTitle}, ${dayWords(session, to.timeZone)}`, [
    opening,
    whereAndWhen(session, to.timeZone),
    'If you cannot come, please cancel at least 48 hours before, so someone on the waiting list can have your place.',
  ]);
}

/** "You are number N on the waiting list". */
export function waitingListMail(to: Letter, session: Session, position: number): OutgoingMail {
  return letter(to, `You are on the waiting list for ${session.courseTitle}`, [
    `${session.courseTitle} is full, so you are number ${position} on the waiting list.`,
    whereAndWhen(session, to.timeZone),
    'If a place comes up, it goes to the first person on the list and we will email you straight away.',
  ]);
}

/** A catch-up offer: the session offered, or a promise to say when one is arranged. */
export function catchUpMail(
  to: Letter,
  missed: { courseTitle: string },
  offered: Session | null,
): OutgoingMail {
  const subject = `Catching up on ${missed.courseTitle}`;
  if (!offered) {
    return letter(to, subject, [
      `You missed ${missed.courseTitle}, and it is still a course you need.`,
      'There is no catch-up session with a free place at the moment. We will tell you as soon as one is arranged.',
    ]);
  }
  return letter(to, subject, [
    `You missed ${missed.courseTitle}, and it is still a course you need. You can catch up here:`,
    whereAndWhen(offered, to.timeZone),
    'Book it from your training page. If it does not suit you, the page shows the other sessions of the course.',
  ]);
}

/** A reminder a week or a day before a booked session. */
export function reminderMail(to: Letter, session: Session, which: 'week' | 'day'): OutgoingMail {
  const when = which === 'day' ? 'tomorrow' : `on ${dayWords(session, to.timeZone)}`;
  return letter(to, `Reminder: ${session.courseTitle} ${when}`, [
    `A reminder that your place on ${session.courseTitle} is ${when}.`,
    whereAndWhen(session, to.timeZone),
    which === 'day'
      ? 'If you cannot come after all, please cancel from your training page so we can offer you a catch-up.'
      : 'If you cannot come, please cancel at least 48 hours before, so someone on the waiting list can have your place.',
  ]);
}
