// The life story's rules, with no I/O: who waits for a check, which dates an entry may carry, how
// the book names who added something, and what the downloaded book is called.
import type { Role } from '../../core/access/roles.ts';
import type { LifeStoryKind, LifeStoryStatus } from '../../core/db/tables.ts';
import { toFileNameSlug } from '../../core/pdf/win-ansi.ts';
import { formatDate } from '../../core/time/dates.ts';
import type { Viewer } from '../belonging/visibility.ts';
import { LIFE_STORY_KINDS, codesOf } from '../belonging/vocabulary.ts';

/**
 * What a new entry starts as. Staff and carers add to the story directly; what the young person
 * and the birth family add waits for a worker to check it first.
 */
export function newEntryStatus(viewer: Viewer): LifeStoryStatus {
  return viewer === 'staff' || viewer === 'carer' ? 'published' : 'awaiting_check';
}

/** What a person may add: the birth family sends memories, letters and photos. */
export function kindsFor(viewer: Viewer): LifeStoryKind[] {
  return viewer === 'birth_parent' ? ['memory', 'letter', 'photo'] : codesOf(LIFE_STORY_KINDS);
}

/** Why an entry's date cannot be right, or null: not in the future, not before the child was born. */
export function problemWithHappenedOn(
  happenedOn: string | null,
  facts: {
    today: string;
    dateOfBirth: string;
    /** "Zara was born", or to Zara herself "you were born". */
    bornWords: string;
    locale?: 'en-GB' | 'en-US';
  },
): string | null {
  if (happenedOn === null) return null;
  if (happenedOn > facts.today) {
    return `The date cannot be in the future: today is ${formatDate(facts.today, facts.locale)}`;
  }
  if (happenedOn < facts.dateOfBirth) {
    return `The date must be on or after the day ${facts.bornWords}, ${formatDate(facts.dateOfBirth, facts.locale)}`;
  }
  return null;
}

/** The first word of a name: the book and the family's pages never carry anyone's surname. */
export function firstNameOf(name: string | null): string {
  return name?.trim().split(/\s+/)[0] ?? '';
}

// What each role is called beside their first name, in words a young person would use.
function roleWords(role: string): string {
  switch (role as Role) {
    case 'foster_carer':
    case 'kinship_carer':
      return 'carer';
    case 'supervising_social_worker':
      return 'social worker';
    case 'registered_manager':
      return 'manager';
    case 'birth_parent':
      return 'family';
    case 'young_person':
      return '';
    case 'administrator':
    case 'training_coordinator':
    case 'recruitment_officer':
      return 'from the agency';
  }
  return '';
}

/**
 * Who added an entry, as the story says it: "Added by you" (to the person who added it, when
 * `viewerUserId` is given), "Added by Zara", "Added by Ruth, carer". First names only.
 */
export function addedByWords(
  entry: { addedBy: string | null; addedByName: string | null; addedByRole: string },
  viewerUserId: string | null,
): string {
  if (entry.addedBy !== null && entry.addedBy === viewerUserId) return 'Added by you';
  const name = firstNameOf(entry.addedByName);
  const role = roleWords(entry.addedByRole);
  if (!name) return role ? `Added by someone (${role})` : 'Added by someone';
  return role ? `Added by ${name}, ${role}` : `Added by ${name}`;
}

/** "Zara’s story", as the book's cover and title say it. */
export function storyTitle(knownAs: string): string {
  return `${knownAs}’s story`;
}

/** "zaras-story.pdf": the first name only, ASCII, safe in any header. */
export function storyFileName(knownAs: string): string {
  const name = toFileNameSlug(knownAs, 40);
  return name ? `${name}s-story.pdf` : 'my-story.pdf';
}
