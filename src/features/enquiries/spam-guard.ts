// Keeps robots out of the public forms without a third-party captcha, for all five ways to get in
// touch: a hidden field only a robot fills in, a signed time stamp that shows the form was not
// sent faster than a person could fill it in, and a limit on forms sent from one address.
import { createHmac } from 'node:crypto';
import type { Ctx } from '../../core/context.ts';
import { TooManyAttempts } from '../../core/errors.ts';
import { isSameSecret, sign } from '../../core/http/tokens.ts';
import {
  countAttemptsSince,
  deleteAttemptsBefore,
  insertAttempt,
  lockAddress,
} from './attempts-store.ts';

/** The field a person never sees: a robot that fills in every box fills this in too. */
export const HONEYPOT_FIELD = 'website';
/** The hidden field holding when the form was shown, signed so it cannot be made up. */
export const STAMP_FIELD = 'form_started';

/** Faster than this, no person could have read and filled in the form. */
export const MIN_SECONDS_TO_FILL = 3;
/** Older than this, the form is asked for again, so an old copy cannot be replayed for ever. */
export const MAX_FORM_AGE_HOURS = 2;
/** Forms one address may send in the window: plenty for a family, too few for a flood. */
export const MAX_FORMS_PER_ADDRESS = 5;
export const ADDRESS_WINDOW_MINUTES = 10;
// Counts are kept a day at most: long enough for the window, short enough to hold nothing more.
const KEEP_ATTEMPTS_MS = 24 * 60 * 60 * 1000;

export type SpamVerdict =
  | { kind: 'accepted' }
  | { kind: 'honeypot' }
  | { kind: 'too_fast' }
  | { kind: 'too_old' }
  | { kind: 'unreadable' };

/** The value of the stamp field for a form shown now: the moment, and its signature. */
export function issueFormStamp(secret: string, form: string, now: Date): string {
  const at = String(now.getTime());
  return `${at}.${sign(secret, stampText(form, at))}`;
}

/**
 * Looks at a submitted form before anything in it is trusted: the hidden field empty, the stamp
 * ours, and the form sent after a person could have filled it in but before it grew stale.
 */
export function checkSubmission(
  secret: string,
  form: string,
  fields: Record<string, unknown>,
  now: Date,
): SpamVerdict {
  const trap = fields[HONEYPOT_FIELD];
  if (trap !== undefined && trap !== '') return { kind: 'honeypot' };
  const stamp = fields[STAMP_FIELD];
  const match = typeof stamp === 'string' ? /^(\d{1,15})\.([\w-]{20,100})$/.exec(stamp) : null;
  if (!match) return { kind: 'unreadable' };
  const [, at = '', signature = ''] = match;
  if (!isSameSecret(signature, sign(secret, stampText(form, at)))) return { kind: 'unreadable' };
  const ageMs = now.getTime() - Number(at);
  if (ageMs < MIN_SECONDS_TO_FILL * 1000) return { kind: 'too_fast' };
  if (ageMs > MAX_FORM_AGE_HOURS * 60 * 60 * 1000) return { kind: 'too_old' };
  return { kind: 'accepted' };
}

/** What to tell a person whose form was held back, and what to do about it. */
export function spamMessage(
  verdict: Exclude<SpamVerdict['kind'], 'accepted' | 'honeypot'>,
): string {
  switch (verdict) {
    case 'too_fast':
      return 'This form was sent faster than a person could fill it in. Please wait a moment and send it again.';
    case 'too_old':
      return `This form was opened more than ${MAX_FORM_AGE_HOURS} hours ago, so we need you to send it again. What you typed is still here: check it and send the form again.`;
    case 'unreadable':
      return 'We could not check this form. What you typed is still here: please send it again.';
  }
}

/** Plain words for a person who has sent too many forms in a short time. */
export function tooManyFormsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Several forms have been sent from your connection in the last ${ADDRESS_WINDOW_MINUTES} minutes, so we have paused this one. What you typed is still here: please send it again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}, or call us instead.`;
}

/**
 * Counts this form against its sender's address, in the caller's transaction; throws
 * TooManyAttempts when the address has sent its share lately. The address is kept only as a
 * keyed hash: enough to count, useless to anyone who copies the table.
 */
export async function claimSubmissionSlot(ctx: Ctx, secret: string): Promise<void> {
  const key = addressKey(secret, ctx.request.ip);
  await lockAddress(ctx.db, key);
  const windowStart = new Date(ctx.now.getTime() - ADDRESS_WINDOW_MINUTES * 60 * 1000);
  const recent = await countAttemptsSince(ctx.db, key, windowStart);
  if (recent.total >= MAX_FORMS_PER_ADDRESS) {
    const freedAt = (recent.oldest ?? ctx.now).getTime() + ADDRESS_WINDOW_MINUTES * 60 * 1000;
    const wait = Math.max(1, Math.ceil((freedAt - ctx.now.getTime()) / 1000));
    throw new TooManyAttempts(tooManyFormsMessage(wait), wait);
  }
  await deleteAttemptsBefore(ctx.db, new Date(ctx.now.getTime() - KEEP_ATTEMPTS_MS));
  await insertAttempt(ctx.db, key, ctx.now);
}

function addressKey(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`enquiry-address:${ip}`).digest('base64url');
}

function stampText(form: string, at: string): string {
  return `enquiry-form-stamp:${form}:${at}`;
}
