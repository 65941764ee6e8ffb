// Telling the young person's worker that a question is waiting. Like the daily record's incident
// emails, it says only that something is there and where to sign in: no name, none of the
// question's words (anyone may glance at an inbox, and the young person wrote it for Kinfold).
import type { Ctx } from '../../core/context.ts';
import { queueMail, type OutgoingMail } from '../../core/mail/outbox.ts';
import { findCurrentWorker } from './store.ts';

/** The email about a new question, for one worker; pure, so its words are easy to check. */
export function questionEmail(input: {
  to: { name: string; email: string };
  pageUrl: string;
}): OutgoingMail {
  const firstName = input.to.name.split(' ')[0] ?? input.to.name;
  return {
    to: input.to.email,
    subject: 'A young person you support has asked a question in Kinfold',
    text: [
      `Hello ${firstName},`,
      '',
      'A young person you support has asked a question in Kinfold.',
      '',
      'Read it and answer it here (sign in first if you are asked to):',
      input.pageUrl,
      '',
      'This email leaves out who asked and what they asked, to keep their words private.',
    ].join('\n'),
  };
}

/**
 * Queues the email in the caller's transaction, to the supervising social worker of the home the
 * young person lives in now. Returns false when no worker is allocated (the manager's home page
 * still shows the question).
 */
export async function tellWorkerAboutQuestion(
  tx: Ctx,
  childId: string,
  publicUrl: string,
): Promise<boolean> {
  const worker = await findCurrentWorker(tx.db, childId);
  if (!worker) return false;
  await queueMail(
    tx.db,
    questionEmail({ to: worker, pageUrl: `${publicUrl}/children/${childId}/voice` }),
  );
  return true;
}
