// Words for a referral's urgency and status, and for a child's brothers and sisters.
import type { ReferralStatus, ReferralUrgency } from '../../../core/db/tables.ts';
import { listWords } from '../words.ts';

/** How soon the home is needed, in words. */
export function urgencyLabel(urgency: ReferralUrgency | string): string {
  switch (urgency) {
    case 'immediate':
      return 'Today';
    case 'within_week':
      return 'Within a week';
    case 'planned':
      return 'Planned';
    default:
      return urgency;
  }
}

/** Where a referral has got to, in words. */
export function referralStatusLabel(status: ReferralStatus): string {
  switch (status) {
    case 'new':
      return 'New';
    case 'matching':
      return 'Looking for a home';
    case 'offered':
      return 'Shared with households';
    case 'placed':
      return 'Has a home';
    case 'declined':
      return 'Declined';
    case 'withdrawn':
      return 'Withdrawn';
  }
}

/** The brothers and sisters referred with a child, in a phrase. */
export function siblingsWords(siblings: {
  count: number;
  isTogether: boolean;
  ages: number[];
}): string {
  if (siblings.count === 0) return 'None referred with them';
  const who =
    siblings.count === 1 ? '1 brother or sister' : `${siblings.count} brothers and sisters`;
  const ages =
    siblings.ages.length > 0
      ? ` (${siblings.ages.length === 1 ? 'age' : 'ages'} ${listWords(siblings.ages)})`
      : '';
  return `${who}${ages}, ${siblings.isTogether ? 'to live together' : 'to live apart'}`;
}

/** A list in words, or "Not recorded". */
export function orNotRecorded(value: string | readonly string[]): string {
  const text = Array.isArray(value) ? value.join(', ') : (value as string);
  return text.trim() === '' ? 'Not recorded' : text;
}
