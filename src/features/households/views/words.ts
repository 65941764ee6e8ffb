import type { TagTone } from '../../../core/ui/components/content.tsx';
import type { HouseholdStatus } from '../schemas.ts';

/** A household's status in plain words. */
export function statusLabel(status: HouseholdStatus): string {
  switch (status) {
    case 'applicant':
      return 'Applying';
    case 'approved':
      return 'Approved';
    case 'on_hold':
      return 'On hold';
    case 'resigned':
      return 'Resigned';
  }
}

/** The tag colour that goes with a status (the word is always shown too). */
export function statusTone(status: HouseholdStatus): TagTone {
  switch (status) {
    case 'applicant':
      return 'info';
    case 'approved':
      return 'good';
    case 'on_hold':
      return 'due';
    case 'resigned':
      return 'neutral';
  }
}

/** The kind of care a household gives. */
export function careKindLabel(kind: 'foster' | 'kinship'): string {
  return kind === 'kinship' ? 'Kinship care' : 'Foster care';
}

/** What a member of a household is to it. */
export function memberRoleLabel(role: 'carer' | 'birth_child' | 'adult'): string {
  switch (role) {
    case 'carer':
      return 'Carer';
    case 'birth_child':
      return 'Child of the family';
    case 'adult':
      return 'Adult living in the home';
  }
}

/** The household's terms of approval in a sentence: "Up to 2 children, aged 0 to 18". */
export function describeTerms(terms: {
  maxChildren: number | null;
  ageFrom: number | null;
  ageTo: number | null;
}): string {
  if (terms.maxChildren === null) return 'Not set yet';
  const howMany = `Up to ${terms.maxChildren} ${terms.maxChildren === 1 ? 'child' : 'children'}`;
  if (terms.ageFrom === null || terms.ageTo === null) return howMany;
  return `${howMany}, aged ${terms.ageFrom} to ${terms.ageTo}`;
}

/** A kind of check, as staff name it. */
export function checkKindLabel(kind: 'dbs' | 'medical' | 'reference' | 'local_authority'): string {
  switch (kind) {
    case 'dbs':
      return 'Enhanced DBS check';
    case 'medical':
      return 'Medical';
    case 'reference':
      return 'References';
    case 'local_authority':
      return 'Local authority checks';
  }
}

/** What a check found. */
export function outcomeLabel(outcome: 'clear' | 'concerns_noted'): string {
  return outcome === 'clear' ? 'Clear' : 'Concerns noted';
}

/** A check's standing as a tag: the word and its colour. */
export function standingTag(standing: 'overdue' | 'due_soon' | 'current' | 'no_renewal'): {
  tone: TagTone;
  label: string;
} {
  switch (standing) {
    case 'overdue':
      return { tone: 'overdue', label: 'Overdue' };
    case 'due_soon':
      return { tone: 'due', label: 'Due soon' };
    case 'current':
      return { tone: 'good', label: 'Up to date' };
    case 'no_renewal':
      return { tone: 'neutral', label: 'No renewal set' };
  }
}

/** A list of words for a sentence: "English, Polish and Urdu". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
