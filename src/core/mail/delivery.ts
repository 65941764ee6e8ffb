import { and, asc, isNull, lte, eq, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Database } from '../db/connect.ts';
import { mailOutbox } from '../db/tables.ts';

const POLL_MS = 2000;
const BATCH = 20;
const MAX_ATTEMPTS = 8;

export type MailDelivery = { stop: () => void; deliverNow: () => Promise<number> };

/** Makes the SMTP transport from SMTP_URL, or null when mail is not configured. */
export function createTransport(config: Pick<Config, 'smtpUrl'>): Transporter | null {
  return config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
}

/**
 * Sends queued mail through SMTP in the background. Without SMTP_URL, mail stays queued (and the
 * demo prints it to the terminal so a new user can still follow a password-reset link).
 */
export function startMailDelivery(deps: {
  config: Config;
  database: Database;
  logger: Logger;
  printToConsole?: boolean;
}): MailDelivery {
  const transport = createTransport(deps.config);
  if (!transport) deps.logger.warn('SMTP_URL is not set: emails are queued but not sent');
  let running = false;
  const deliverNow = async () => {
    if (running) return 0;
    running = true;
    try {
      return transport
        ? await deliverPendingMail(deps.database, transport, deps.config.mailFrom, deps.logger)
        : deps.printToConsole
          ? await printPendingMail(deps.database)
          : 0;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => {
    deliverNow().catch((error: unknown) =>
      deps.logger.error({ err: error }, 'mail delivery failed'),
    );
  }, POLL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), deliverNow };
}

/** Sends what is due; failed sends are retried later with a growing wait. Returns how many were sent. */
export async function deliverPendingMail(
  database: Database,
  transport: Transporter,
  from: string,
  logger: Logger,
): Promise<number> {
  const now = new Date();
  const due = await database.db
    .select()
    .from(mailOutbox)
    .where(
      and(
        isNull(mailOutbox.sentAt),
        lte(mailOutbox.nextAttemptAt, now),
        sql`${mailOutbox.attempts} < ${MAX_ATTEMPTS}`,
      ),
    )
    .orderBy(asc(mailOutbox.createdAt))
    .limit(BATCH);
  let sent = 0;
  for (const mail of due) {
    try {
      await transport.sendMail({
        from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
      });
      await database.db
        .update(mailOutbox)
        .set({ sentAt: new Date(), attempts: mail.attempts + 1, lastError: null })
        .where(eq(mailOutbox.id, mail.id));
      sent += 1;
    } catch (error) {
      const attempts = mail.attempts + 1;
      const waitMs = Math.min(60 * 60 * 1000, 2 ** attempts * 30 * 1000);
      await database.db
        .update(mailOutbox)
        .set({
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown',
          nextAttemptAt: new Date(Date.now() + waitMs),
        })
        .where(eq(mailOutbox.id, mail.id));
      logger.warn(
        { mailId: mail.id, attempts },
        'an email could not be sent; it will be tried again',
      );
    }
  }
  return sent;
}

/** The demo without a mail server: prints queued mail to the terminal and marks it sent. */
async function printPendingMail(database: Database): Promise<number> {
  const due = await database.db
    .select()
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt))
    .orderBy(asc(mailOutbox.createdAt))
    .limit(BATCH);
  for (const mail of due) {
    console.log(
      `\n--- Email (not sent: no SMTP_URL; shown because this is the demo) ---\nTo: ${mail.toAddress}\nSubject: ${mail.subject}\n\n${mail.textBody}\n---`,
    );
    await database.db
      .update(mailOutbox)
      .set({ sentAt: new Date(), attempts: mail.attempts + 1 })
      .where(eq(mailOutbox.id, mail.id));
  }
  return due.length;
}
