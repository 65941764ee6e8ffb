/** The few kinds of failure a service reports; core/http maps each to a page or a problem+json body. */

/** The record does not exist, or the person may not know that it does. */
export class NotFound extends Error {
  constructor(message = 'Not found') {
    super(message);
  }
}

/** The person may see the record but not do this. */
export class Forbidden extends Error {
  constructor(message = 'You do not have permission to do that') {
    super(message);
  }
}

/** Per-field messages, keyed by the field's name as the form or JSON body names it. */
export type FieldErrors = Record<string, string>;

/** The input was wrong; each field's message says what is wrong and how to put it right. */
export class Invalid extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors).join(' '));
  }
}

/** The request clashes with the current state (for example an email already in use). */
export class Conflict extends Error {}

/** Too many attempts in a short time; says when to try again. */
export class TooManyAttempts extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
