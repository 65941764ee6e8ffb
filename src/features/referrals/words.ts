import type { TagTone } from '../../core/ui/components/content.tsx';
import type { CareType, ReferralStatus, ReferralUrgency } from '../../core/db/tables.ts';
import { ageOn } from '../../core/time/dates.ts';

export const REFERRAL_STATUSES = [
  'new',
  'matching',
  'offered',
  'placed',
  'declined',
  'withdrawn',
] as const satisfies readonly ReferralStatus[];

export const REFERRAL_URGENCIES = [
  'immediate',
  'within_week',
  'planned',
] as const satisfies readonly ReferralUrgency[];

export const CARE_TYPES = [
  'emergency',
  'short_term',
  'long_term',
  'short_break',
  'parent_and_child',
  'remand',
] as const satisfies readonly CareType[];

/** A referral's status in plain words. */
export function statusLabel(status: ReferralStatus): string {
  switch (status) {
    case 'new':
      return 'New';
    case 'matching':
      return 'Looking for a home';
    case 'offered':
      return 'Offered to carers';
    case 'placed':
      return 'Placed';
    case 'declined':
      return 'Declined';
    case 'withdrawn':
      return 'Withdrawn';
  }
}

/** The colour of a status tag (always with its word). */
export function statusTone(status: ReferralStatus): TagTone {
  switch (status) {
    case 'new':
      return 'info';
    case 'matching':
    case 'offered':
      return 'due';
    case 'placed':
      return 'good';
    case 'declined':
    case 'withdrawn':
      return 'neutral';
  }
}

/** How soon a home is needed, in plain words. */
export function urgencyLabel(urgency: ReferralUrgency): string {
  switch (urgency) {
    case 'immediate':
      return 'Immediate';
    case 'within_week':
      return 'Within a week';
    case 'planned':
      return 'Planned';
  }
}

/** The colour of an urgency tag: the most urgent stand out. */
export function urgencyTone(urgency: ReferralUrgency): TagTone {
  switch (urgency) {
    case 'immediate':
      return 'overdue';
    case 'within_week':
      return 'due';
    case 'planned':
      return 'neutral';
  }
}

/**
 * A short label for the child a referral is about, safe for lists and messages: first name, last
 * initial and age on the given day ("Mia P., 9"), never the full name.
 */
export function referralLabel(
  referral: { childFirstName: string; childLastName: string; childDateOfBirth: string },
  today: string,
): string {
  const initial = referral.childLastName.trim().charAt(0).toUpperCase();
  const name = initial ? `${referral.childFirstName} ${initial}.` : referral.childFirstName;
  return `${name}, ${ageOn(referral.childDateOfBirth, today)}`;
}

/** How a referral came in. */
export function receivedViaLabel(via: 'staff' | 'api'): string {
  return via === 'api' ? 'Sent by the local authority through the API' : 'Entered by staff';
}
