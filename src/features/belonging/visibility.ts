// Who sees what of a child's people, life story and voice. The policy has already said the person
// may open the page; these rules say which entries on it they see. One place, so that the pages,
// the JSON, the PDF book and the young person's space all show the same thing.
import type { Actor } from '../../core/access/actor.ts';
import { isCarer, isStaff } from '../../core/access/roles.ts';
import type { ConnectionStatus, ContactStatus, LifeStoryStatus } from '../../core/db/tables.ts';

/** The four ways of looking at a child's belonging pages. */
export type Viewer = 'staff' | 'carer' | 'young_person' | 'birth_parent';

/** How this person looks at a child's pages (the policy has already let them in). */
export function viewerOf(actor: Actor): Viewer {
  if (isStaff(actor.role)) return 'staff';
  if (isCarer(actor.role)) return 'carer';
  return actor.role === 'young_person' ? 'young_person' : 'birth_parent';
}

/** The facts about a person on the map that decide who sees them. */
export type ConnectionFacts = {
  status: ConnectionStatus;
  contactStatus: ContactStatus;
  hasNoContactOrder: boolean;
  /** A worker decided a flagged person may appear on the young person's and family's views. */
  flagShownBy: string | null;
  isSharedWithFamily: boolean;
  addedBy: string | null;
};

/** True when someone is flagged for safeguarding: not safe, or under a no-contact order. */
export function isFlagged(person: Pick<ConnectionFacts, 'contactStatus' | 'hasNoContactOrder'>) {
  return person.contactStatus === 'not_safe' || person.hasNoContactOrder;
}

/**
 * Whether a person on the map shows to this viewer. Staff see everyone. A flagged person shows to
 * nobody else until a worker decides; a suggestion waiting to be checked shows only to whoever
 * made it; birth parents see only the people a worker shared with them.
 */
export function isConnectionVisible(
  viewer: Viewer,
  userId: string,
  person: ConnectionFacts,
): boolean {
  if (viewer === 'staff') return true;
  if (isFlagged(person) && person.flagShownBy === null) return false;
  if (person.status === 'proposed') return person.addedBy === userId;
  if (person.status !== 'confirmed') return false;
  return viewer === 'birth_parent' ? person.isSharedWithFamily : true;
}

/** The contact status as a non-staff viewer may read it: "not safe" is a safeguarding flag. */
export function contactStatusFor(viewer: Viewer, status: ContactStatus): ContactStatus | null {
  return viewer !== 'staff' && status === 'not_safe' ? null : status;
}

/** The facts about a life story entry that decide who sees it. */
export type EntryFacts = {
  status: LifeStoryStatus;
  addedBy: string | null;
  isHiddenFromCarers: boolean;
  isSharedWithFamily: boolean;
};

/**
 * Whether a life story entry shows to this viewer. Staff see everything, including what waits to
 * be checked; everyone sees what they added themselves; otherwise only checked entries show, to
 * carers unless the young person kept it from them, to birth parents only when shared with them.
 */
export function isEntryVisible(viewer: Viewer, userId: string, entry: EntryFacts): boolean {
  if (viewer === 'staff') return true;
  if (entry.addedBy !== null && entry.addedBy === userId) return true;
  if (entry.status !== 'published') return false;
  switch (viewer) {
    case 'young_person':
      return true;
    case 'carer':
      return !entry.isHiddenFromCarers;
    case 'birth_parent':
      return entry.isSharedWithFamily;
  }
}

/** Whether something the young person wrote in their own voice shows to this viewer. */
export function isVoiceVisible(viewer: Viewer, entry: { isSharedWithCarers: boolean }): boolean {
  switch (viewer) {
    case 'staff':
    case 'young_person':
      return true;
    case 'carer':
      return entry.isSharedWithCarers;
    case 'birth_parent':
      return false;
  }
}

/** The facts that make someone a committed adult: a lifelong connection with a pact. */
export type CommitmentFacts = ConnectionFacts & {
  leftOn: string | null;
  pactAgreedOn: string | null;
  pactEndedOn: string | null;
};

/**
 * Whether this person counts as a committed adult on a day: confirmed, still in the network, not
 * flagged, with a permanency pact agreed by then and not ended.
 */
export function isCommittedAdult(person: CommitmentFacts, onDate: string): boolean {
  if (person.status !== 'confirmed' || isFlagged(person)) return false;
  if (person.leftOn !== null && person.leftOn <= onDate) return false;
  if (person.pactAgreedOn === null || person.pactAgreedOn > onDate) return false;
  return person.pactEndedOn === null || person.pactEndedOn > onDate;
}
