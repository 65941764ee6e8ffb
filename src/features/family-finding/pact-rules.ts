// Who may make a permanency pact, and the dates it carries. Pure, like the outreach rules.
import type { FieldErrors } from '../../core/errors.ts';
import type { ConnectionStatus, ContactStatus } from '../../core/db/tables.ts';
import { formatDate } from '../../core/time/dates.ts';
import type { Locale } from '../../core/ui/terms.ts';
import { isFlagged } from '../belonging/visibility.ts';

/** What decides whether someone on a young person's map may make a pact with them. */
export type PactPerson = {
  name: string;
  status: ConnectionStatus;
  contactStatus: ContactStatus;
  hasNoContactOrder: boolean;
};

/**
 * Why this person cannot make a pact with the young person (null when they can): a flagged person
 * never does, and someone not yet confirmed on the map is checked first.
 */
export function whyNoPact(person: PactPerson, knownAs: string): string | null {
  if (isFlagged(person)) {
    return `${person.name} is flagged for safeguarding, so they cannot make a permanency pact with ${knownAs}.`;
  }
  switch (person.status) {
    case 'confirmed':
      return null;
    case 'proposed':
      return `${person.name} is waiting to be checked: confirm them on ${knownAs}’s map before recording a pact.`;
    case 'declined':
      return `${person.name} was not added to ${knownAs}’s map, so they cannot make a pact with ${knownAs}.`;
  }
}

/** What is wrong with a pact's dates and its maker, field by field (empty when nothing is). */
export function problemsWithPact(
  pact: { agreedOn: string; endedOn: string | null },
  facts: { person: PactPerson; knownAs: string; today: string },
  locale: Locale = 'en-GB',
): FieldErrors {
  const errors: FieldErrors = {};
  const refusal = whyNoPact(facts.person, facts.knownAs);
  if (refusal) errors.pact = refusal;
  const today = formatDate(facts.today, locale);
  if (pact.agreedOn > facts.today) {
    errors.agreedOn = `The date it was agreed cannot be in the future: enter ${today} or earlier`;
  }
  if (pact.endedOn !== null && pact.endedOn <= pact.agreedOn) {
    errors.endedOn = `A pact ends after the day it was agreed: enter a date after ${formatDate(pact.agreedOn, locale)}, or leave it blank`;
  } else if (pact.endedOn !== null && pact.endedOn > facts.today) {
    errors.endedOn = `Enter the day the pact ended, ${today} or earlier, or leave it blank while it lasts`;
  }
  return errors;
}
