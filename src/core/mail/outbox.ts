import type { Db } from '../db/connect.ts';
import { mailOutbox } from '../db/tables.ts';

export type OutgoingMail = { to: string; subject: string; text: string };

/**
 * Queues an email in the caller's transaction. It is sent after the transaction commits, by the
 * delivery loop; if the change rolls back, so does the email.
 */
export async function queueMail(db: Db, mail: OutgoingMail): Promise<void> {
  await db
    .insert(mailOutbox)
    .values({ toAddress: mail.to, subject: mail.subject, textBody: mail.text });
}
