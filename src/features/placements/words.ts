// The words for why a placement ended and for how long a child has lived somewhere.
import { DateTime } from 'luxon';
import type { EndReasonKind } from '../../core/db/tables.ts';

/** Every kind of ending, in the order the ending form offers them. */
export const END_REASON_KINDS: readonly EndReasonKind[] = [
  'planned',
  'disruption',
  'move_to_siblings_or_kin',
  'return_home',
  'adoption',
  'special_guardianship',
  'turned_18',
  'staying_put',
  'other',
];

/** Endings that must say what happened in notes: the unplanned, and the ones no kind fits. */
export const END_REASONS_NEEDING_NOTES: readonly EndReasonKind[] = ['disruption', 'other'];

/** Why a placement ended, in plain words; an ending recorded without a kind says so. */
export function endReasonLabel(kind: EndReasonKind | 'not_recorded' | null): string {
  switch (kind) {
    case 'planned':
      return 'Planned ending';
    case 'disruption':
      return 'Unplanned ending (disruption)';
    case 'move_to_siblings_or_kin':
      return 'Moved towards brothers, sisters or kin';
    case 'return_home':
      return 'Returned home';
    case 'adoption':
      return 'Adoption';
    case 'special_guardianship':
      return 'Special guardianship';
    case 'turned_18':
      return 'Turned 18';
    case 'staying_put':
      return 'Staying put';
    case 'other':
      return 'Another reason';
    case 'not_recorded':
    case null:
      return 'Reason not recorded';
  }
}

/** Why a placement ended with its notes: "Returned home – went back to mum with support". */
export function endingWords(kind: EndReasonKind | null, notes: string | null): string {
  // Endings recorded before they had kinds kept only their notes.
  if (kind === null) return notes ?? endReasonLabel(null);
  return notes ? `${endReasonLabel(kind)} – ${notes}` : endReasonLabel(kind);
}

/** A hint under each kind of ending, where the word alone may not be clear. */
export function endReasonHint(kind: EndReasonKind): string | undefined {
  switch (kind) {
    case 'planned':
      return 'The ending the plan expected, for example a move to a long-term home.';
    case 'disruption':
      return 'The placement ended before it was meant to. Say what happened in the notes.';
    case 'staying_put':
      return 'The young person turned 18 and stays on with their carers.';
    case 'other':
      return 'Say why in the notes.';
    default:
      return undefined;
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How long from one date to another in years and months: "2 years and 3 months", "5 months". */
export function durationBetween(from: string, to: string): string {
  const months = Math.floor(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'months').months);
  if (months < 1) return 'Less than a month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return plural(rest, 'month');
  return rest === 0
    ? plural(years, 'year')
    : `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}

/** The name a child is known by and the first letter of their family name: "Leo S.". */
export function childShortName(child: {
  firstName: string;
  preferredName: string | null;
  lastName: string;
}): string {
  return `${child.preferredName ?? child.firstName} ${child.lastName.slice(0, 1)}.`;
}
