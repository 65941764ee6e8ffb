// What every public form's routes share: the stamp and source a form is shown with, the spam
// checks and validation a sent form goes through, and how a refusal is shown again.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Invalid, TooManyAttempts, type FieldErrors } from '../../core/errors.ts';
import type { HttpDeps } from '../../core/http/server.ts';
import { parseEnquiryForm, type EnquiryValues } from './form-input.ts';
import { cleanSource, sourceOf } from './source.ts';
import { checkSubmission, issueFormStamp, spamMessage } from './spam-guard.ts';

/** A form to show again: what was typed, and what to fix or why it was held back. */
export type Again = {
  kind: 'again';
  status: number;
  values: EnquiryValues;
  errors?: FieldErrors;
  problem?: string;
};

/** A sent form after the checks: caught in the trap, to be shown again, or ready for its service. */
export type CheckedForm<T> =
  { kind: 'trapped' } | Again | { kind: 'valid'; data: T; values: EnquiryValues; source: string };

/** The signed time stamp for a form shown now. */
export function stampFor(request: FastifyRequest, deps: HttpDeps, form: string): string {
  return issueFormStamp(deps.secrets.signing, form, request.ctx.now);
}

/** Where the visitor showing this form came from: a ?from= campaign or a page of this site. */
export function sourceFor(request: FastifyRequest, ownPath: string): string {
  return sourceOf({
    from: (request.query as Record<string, unknown> | undefined)?.from,
    referer: request.headers.referer,
    host: request.headers.host,
    ownPath,
  });
}

/** The source a sent form carried back, checked again: it came through the visitor's browser. */
export function sentSource(request: FastifyRequest): string {
  return cleanSource((request.body as Record<string, unknown> | undefined)?.source);
}

/**
 * Checks a sent form: the robot trap, then the time stamp, then the answers. A form held back by
 * the time stamp keeps what was typed and says why, in plain words.
 */
export function checkForm<S extends z.ZodType>(
  request: FastifyRequest,
  deps: HttpDeps,
  form: string,
  schema: S,
  listFields: readonly string[] = [],
): CheckedForm<z.infer<S>> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const verdict = checkSubmission(deps.secrets.signing, form, body, request.ctx.now);
  if (verdict.kind === 'honeypot') return { kind: 'trapped' };
  const parsed = parseEnquiryForm(schema, body, listFields);
  if (verdict.kind !== 'accepted') {
    return {
      kind: 'again',
      status: 400,
      values: parsed.values,
      problem: spamMessage(verdict.kind),
    };
  }
  if (!parsed.ok)
    return { kind: 'again', status: 400, values: parsed.values, errors: parsed.errors };
  return { kind: 'valid', data: parsed.data, values: parsed.values, source: sentSource(request) };
}

/**
 * Turns a service's refusal into the form shown again: too many forms from one address (429,
 * with when to try again) or answers the service found wrong. Anything else is not ours to handle.
 */
export function refusalOf(
  error: unknown,
  reply: FastifyReply,
  values: EnquiryValues,
): Again | null {
  if (error instanceof TooManyAttempts) {
    reply.header('retry-after', String(error.retryAfterSeconds));
    return { kind: 'again', status: 429, values, problem: error.message };
  }
  if (error instanceof Invalid) {
    return { kind: 'again', status: 400, values, errors: error.fieldErrors };
  }
  return null;
}
