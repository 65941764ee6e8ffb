// Telling the supervising social worker at once when a carer reports a significant event or a
// notifiable incident. The email says that something was reported and where to read it: never the
// child's full name, never what happened, never an address (anyone may glance at an inbox).
import type { Ctx } from '../../core/context.ts';
import type { DailyRecordKind } from '../../core/db/tables.ts';
import { queueMail, type OutgoingMail } from '../../core/mail/outbox.ts';
import { findHouseholdContact, findManagers } from './home-store.ts';
import { householdPhrase } from './rules.ts';

type Report = {
  recordId: string;
  kind: Exclude<DailyRecordKind, 'daily_log'>;
  householdId: string;
  /** The child's first name and last initial: "Mia P.". */
  childShortName: string;
};

/** The email about a report, for one person; pure, so its words are easy to check. */
export function reportEmail(input: {
  to: { name: string; email: string };
  kind: Report['kind'];
  householdName: string;
  childShortName: string;
  recordUrl: string;
  isWithoutWorker: boolean;
}): OutgoingMail {
  const what = input.kind === 'notifiable_incident' ? 'notifiable incident' : 'significant event';
  const firstName = input.to.name.split(' ')[0] ?? input.to.name;
  const lines = [
    `Hello ${firstName},`,
    '',
    `A carer in ${householdPhrase(input.householdName)} reported a ${what} about ${input.childShortName}.`,
    '',
    'Read it and acknowledge it here (sign in first if you are asked to):',
    input.recordUrl,
    '',
    ...(input.isWithoutWorker
      ? [
          'The household has no supervising social worker allocated, so this comes to you as the registered manager.',
          '',
        ]
      : []),
    'This email leaves out the details to keep the child’s information safe.',
  ];
  return {
    to: input.to.email,
    subject: `A carer reported a ${what}`,
    text: lines.join('\n'),
  };
}

/**
 * Queues the email in the caller's transaction, to the household's supervising social worker, or
 * to the registered managers when no worker is allocated. Returns the names of who was told.
 */
export async function tellAboutReport(
  tx: Ctx,
  report: Report,
  publicUrl: string,
): Promise<string[]> {
  const contact = await findHouseholdContact(tx.db, report.householdId);
  if (!contact) return [];
  const recipients = contact.worker ? [contact.worker] : await findManagers(tx.db);
  for (const to of recipients) {
    await queueMail(
      tx.db,
      reportEmail({
        to,
        kind: report.kind,
        householdName: contact.householdName,
        childShortName: report.childShortName,
        recordUrl: `${publicUrl}/daily-records/${report.recordId}`,
        isWithoutWorker: !contact.worker,
      }),
    );
  }
  return recipients.map((recipient) => recipient.name);
}
