// How family finding's pages say things: closeness, yes and no, the outcome of a check.
import type { TagTone } from '../../../core/ui/components/content.tsx';
import type { SafetyOutcome } from '../outreach-rules.ts';

const RINGS: Record<number, string> = {
  1: 'Closest (inner ring)',
  2: 'Close (middle ring)',
  3: 'Further out (outer ring)',
};

/** Where someone sits on the map, in words. */
export function ringLabel(ring: number): string {
  return RINGS[ring] ?? `Ring ${ring}`;
}

/** Yes or No, for a fact the agency holds. */
export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The word and colour of a safety check's outcome on the timeline. */
export function safetyTag(outcome: SafetyOutcome): { text: string; tone: TagTone } {
  return outcome === 'cleared'
    ? { text: 'Cleared for contact', tone: 'good' }
    : { text: 'Concerns raised', tone: 'safeguarding' };
}

/** A list of labels as a sentence, or a word for none. */
export function listOrNone(labels: string[], none = 'None recorded'): string {
  return labels.length === 0 ? none : labels.join(', ');
}
