// Who may answer a request for a decision, and how "who decides" is said to each reader. Pure, so
// the table of who may decide what is tested on its own.
import type { DecidedBy } from '../../core/db/tables.ts';
import type { Party } from '../partnership/space.ts';

/**
 * Whether someone on this side of the partnership may record the answer to a question whose topic
 * is decided by `decidedBy` (null: nobody agreed who decides, or the topic is "something else").
 * Staff may always record it; carers and parents only what the placement plan gives them.
 */
export function mayDecide(party: Party, decidedBy: DecidedBy | null): boolean {
  if (party === 'staff') return true;
  if (party === 'carer') return decidedBy === 'carers';
  return decidedBy === 'birth_parents';
}

/** The people a "who decides" line can name. */
export type Deciders = {
  childName: string;
  /** The carers, each already named as this reader may see them. */
  carerNames: string[];
  /** The supervising social worker's first name, when there is one. */
  workerFirstName: string | null;
  /** The child's social worker at the placing authority, when recorded. */
  childSocialWorkerName: string;
};

/** "Who decides" in the reader's words, and who that is (one line each). */
export type WhoDecides = { text: string; people: string[] };

/** How a topic's decider is said to this reader: "You decide", "Mia’s carers decide", … */
export function whoDecides(
  reader: Party,
  decidedBy: DecidedBy | null,
  deciders: Deciders,
): WhoDecides {
  const { childName } = deciders;
  switch (decidedBy) {
    case 'carers':
      return { text: `${childName}’s carers decide`, people: deciders.carerNames };
    case 'birth_parents':
      return {
        text: reader === 'parent' ? 'You decide' : `${childName}’s parents decide`,
        people: [],
      };
    case 'social_worker':
      return {
        text: `${childName}’s social worker decides`,
        people: deciders.childSocialWorkerName ? [deciders.childSocialWorkerName] : [],
      };
    case 'shared':
      return { text: 'Decided together', people: [] };
    case null:
      return { text: `Not agreed yet: ask ${workerOf(deciders)}`, people: [] };
  }
}

/**
 * Why this reader may not record the answer, and who will: shown on the page in place of the
 * form, and as the refusal when the form is sent anyway.
 */
export function whyMayNotDecide(decidedBy: DecidedBy | null, deciders: Deciders): string {
  const { childName } = deciders;
  const worker = workerOf(deciders);
  switch (decidedBy) {
    case 'carers':
      return `${childName}’s carers decide this. They, or ${worker}, will record the answer here.`;
    case 'birth_parents':
      return `${childName}’s parents decide this. They, or ${worker}, will record the answer here.`;
    case 'social_worker':
      return `${childName}’s social worker decides this. ${capitalise(worker)} will record the answer here once it is made.`;
    case 'shared':
      return `This is decided together. ${capitalise(worker)} will record the answer here once everyone has talked it through.`;
    case null:
      return `Nobody has agreed yet who decides this, so ${worker} will record the answer here.`;
  }
}

function workerOf(deciders: Deciders): string {
  return deciders.workerFirstName ?? 'your worker';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
