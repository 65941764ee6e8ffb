// Family finding's safety rule: nobody is contacted until a safety check has cleared it, and a
// flagged person is never contacted through the log at all. Pure, so every case can be tested.
import type { FieldErrors } from '../../core/errors.ts';
import type { ContactStatus, OutreachKind } from '../../core/db/tables.ts';
import { formatDate } from '../../core/time/dates.ts';
import type { Locale } from '../../core/ui/terms.ts';
import { isFlagged } from '../belonging/visibility.ts';
import {
  CONTACT_STATUSES,
  CONTACT_STEPS,
  labelOf,
  OUTREACH_KINDS,
} from '../belonging/vocabulary.ts';

export type SafetyOutcome = 'cleared' | 'concerns';

/** A step already in the log, in the order it was recorded. */
export type PastStep = { stepOn: string; kind: OutreachKind; safetyOutcome: SafetyOutcome | null };

/** A step a worker wants to record, with the contact status it moves the person to, if any. */
export type NewStep = PastStep & { contactStatus: ContactStatus | null };

/** What the rule needs to know about the person being found. */
export type OutreachPerson = {
  name: string;
  contactStatus: ContactStatus;
  hasNoContactOrder: boolean;
};

// Statuses that say someone has been reached: they need the same cleared check as a contact step.
const REACHED: readonly ContactStatus[] = ['approached', 'in_touch'];

/** True when a step reaches the person themselves (a letter, a call, a meeting, a visit). */
export function isContactStep(kind: OutreachKind): boolean {
  return CONTACT_STEPS.includes(kind);
}

/** The last safety check recorded on or before a date (the later of two on the same day). */
export function latestSafetyCheck(history: readonly PastStep[], onDate: string) {
  let latest: PastStep | undefined;
  for (const step of history) {
    if (step.kind !== 'safety_check' || step.stepOn > onDate) continue;
    if (!latest || step.stepOn >= latest.stepOn) latest = step;
  }
  return latest;
}

/**
 * What is wrong with recording this step, field by field (empty when nothing is). A contact step,
 * or moving the person to "approached" or "in touch", needs the latest safety check on or before
 * the step's date to have cleared contact; a flagged person is never contacted from here.
 */
export function problemsWithOutreach(
  step: NewStep,
  facts: { person: OutreachPerson; history: readonly PastStep[]; today: string },
  locale: Locale = 'en-GB',
): FieldErrors {
  const { person, history, today } = facts;
  const errors: FieldErrors = {};
  if (step.stepOn > today) {
    errors.stepOn = `The date cannot be in the future: enter ${formatDate(today, locale)} or earlier`;
  }
  if (step.kind === 'safety_check' && step.safetyOutcome === null) {
    errors.safetyOutcome = 'Say whether the safety check cleared contact or raised concerns';
  }
  if (step.kind !== 'safety_check' && step.safetyOutcome !== null) {
    errors.safetyOutcome = `Only a safety check has a safety outcome: choose “Not a safety check” for a ${labelOf(OUTREACH_KINDS, step.kind).toLowerCase()}`;
  }
  if (isContactStep(step.kind)) {
    const flag = flagRefusal(person);
    const why = flag ? null : checkRefusal(history, step.stepOn, locale);
    if (flag) errors.kind = flag;
    else if (why)
      errors.kind = `Record a cleared safety check before contacting ${person.name}${why}`;
  }
  const next = step.contactStatus;
  if (next !== null && next !== person.contactStatus) {
    if (isFlagged(person)) {
      if (next !== 'not_safe') {
        errors.contactStatus = `${person.name} is flagged for safeguarding, so family finding does not change their contact status: change it on their details if that is right`;
      }
    } else if (REACHED.includes(next) && !errors.kind) {
      const why = checkRefusal(history, step.stepOn, locale);
      const status = labelOf(CONTACT_STATUSES, next).toLowerCase();
      if (why) {
        errors.contactStatus = `Record a cleared safety check before marking ${person.name} as ${status}${why}`;
      }
    }
  }
  return errors;
}

// A flagged person is never contacted through the log, whatever the checks say.
function flagRefusal(person: OutreachPerson): string | null {
  if (person.hasNoContactOrder) {
    return `There is a no-contact order for ${person.name}, so nobody contacts them through family finding. Talk to your manager if the order has changed.`;
  }
  if (person.contactStatus === 'not_safe') {
    return `${person.name} is marked not safe, so nobody contacts them through family finding. Talk to your manager if that has changed.`;
  }
  return null;
}

// Why the latest check on or before a date does not clear contact (null when it does), as the
// end of a sentence that starts "Record a cleared safety check before ...".
function checkRefusal(history: readonly PastStep[], onDate: string, locale: Locale): string | null {
  const check = latestSafetyCheck(history, onDate);
  if (!check) {
    return history.some((step) => step.kind === 'safety_check')
      ? `: no check on or before ${formatDate(onDate, locale)}.`
      : ': no check yet.';
  }
  return check.safetyOutcome === 'cleared'
    ? null
    : `: the last check, on ${formatDate(check.stepOn, locale)}, raised concerns.`;
}
