// The story as one person may see it. The page, the young person's and the family's pages, and
// the PDF book are all drawn from what `buildStory` returns, so none of them can show more.
import type { LifeStoryKind, LifeStoryStatus } from '../../core/db/tables.ts';
import type { Connection } from '../belonging/connection-store.ts';
import { isConnectionVisible, isEntryVisible, type Viewer } from '../belonging/visibility.ts';
import { LIFE_STORY_KINDS, labelOf } from '../belonging/vocabulary.ts';
import { addedByWords } from './rules.ts';
import type { IdentityFacts, StoredEntry } from './store.ts';

/** One entry as a viewer sees it. */
export type StoryEntry = {
  id: string;
  kind: LifeStoryKind;
  kindLabel: string;
  title: string;
  body: string;
  happenedOn: string | null;
  /** The stored photo, read only through the entry's access-checked photo route. */
  fileId: string | null;
  /** "Added by you" or "Added by Ruth, carer", for the pages. */
  addedByWords: string;
  /** "Added by Ruth, carer" whoever reads it: the book is kept and passed on. */
  addedByInBook: string;
  status: LifeStoryStatus;
  /** Staff and the person who added the entry read why it was declined. */
  declineReason: string;
  isHiddenFromCarers: boolean;
  isSharedWithFamily: boolean;
  /** The viewer added it themselves. */
  isOwn: boolean;
  /** Added by a birth parent: a worker checking it may share it back with the family. */
  isFromFamily: boolean;
};

/** A year of the story ("2019"), or the entries that have no date ("Undated"). */
export type Chapter = { heading: string; entries: StoryEntry[] };

/** A person in the story: their name and what they are to the child, nothing more. */
export type StoryPerson = { name: string; relationship: string };

/** Everything one person may see of a child's story. */
export type Story = {
  viewer: Viewer;
  child: { id: string; knownAs: string; fullName: string; dateOfBirth: string };
  /** The identity page; birth parents see the entries shared with them, not this. */
  identity: IdentityFacts | null;
  people: StoryPerson[];
  /** The checked entries this viewer sees, by year: the book. */
  chapters: Chapter[];
  /** Entries this viewer sees that are not in the book: waiting for a check, or declined. */
  notInBook: StoryEntry[];
};

/** What the agency holds, before anything is filtered. */
export type StorySource = {
  child: Story['child'];
  identity: IdentityFacts;
  entries: StoredEntry[];
  people: Connection[];
};

export const UNDATED = 'Undated';

/** The story as this viewer may see it: every entry and person filtered through visibility.ts. */
export function buildStory(source: StorySource, viewer: Viewer, userId: string): Story {
  const visible = source.entries
    .filter((entry) => isEntryVisible(viewer, userId, entry))
    .sort(byDate)
    .map((entry) => toStoryEntry(entry, viewer, userId));
  return {
    viewer,
    child: source.child,
    identity: viewer === 'birth_parent' ? null : source.identity,
    people: source.people
      .filter((person) => isPersonInStory(viewer, userId, person))
      .map((person) => ({ name: person.name, relationship: person.relationship })),
    chapters: chaptersOf(visible.filter((entry) => entry.status === 'published')),
    notInBook: visible.filter((entry) => entry.status !== 'published'),
  };
}

// The story's people are the young person's own network: checked, still part of it, and never
// anyone flagged unless a worker decided. Staff see the book as the young person will, so a book a
// worker prints to hand over cannot carry someone the young person must not see.
function isPersonInStory(viewer: Viewer, userId: string, person: Connection): boolean {
  if (person.status !== 'confirmed' || person.leftOn !== null) return false;
  return isConnectionVisible(viewer === 'staff' ? 'young_person' : viewer, userId, person);
}

/** One stored entry as this viewer sees it (call only for an entry they may see). */
export function toStoryEntry(entry: StoredEntry, viewer: Viewer, userId: string): StoryEntry {
  const isOwn = entry.addedBy !== null && entry.addedBy === userId;
  return {
    id: entry.id,
    kind: entry.kind,
    kindLabel: labelOf(LIFE_STORY_KINDS, entry.kind),
    title: entry.title,
    body: entry.body,
    happenedOn: entry.happenedOn,
    fileId: entry.fileId,
    addedByWords: addedByWords(entry, userId),
    addedByInBook: addedByWords(entry, null),
    status: entry.status,
    declineReason: viewer === 'staff' || isOwn ? entry.declineReason : '',
    isHiddenFromCarers: entry.isHiddenFromCarers,
    isSharedWithFamily: entry.isSharedWithFamily,
    isOwn,
    isFromFamily: entry.addedByRole === 'birth_parent',
  };
}

// Oldest first, undated last; entries on the same day in the order they were added.
function byDate(a: StoredEntry, b: StoredEntry): number {
  if (a.happenedOn !== b.happenedOn) {
    if (a.happenedOn === null) return 1;
    if (b.happenedOn === null) return -1;
    return a.happenedOn < b.happenedOn ? -1 : 1;
  }
  return a.createdAt.getTime() - b.createdAt.getTime();
}

/** Entries in date order, grouped by the year they happened; undated ones last. */
export function chaptersOf(entries: StoryEntry[]): Chapter[] {
  const chapters: Chapter[] = [];
  for (const entry of entries) {
    const heading = entry.happenedOn ? entry.happenedOn.slice(0, 4) : UNDATED;
    const last = chapters.at(-1);
    if (last?.heading === heading) last.entries.push(entry);
    else chapters.push({ heading, entries: [entry] });
  }
  return chapters;
}

/** The first photo in the story, for the book's cover. */
export function coverPhotoOf(story: Story): StoryEntry | undefined {
  return story.chapters.flatMap((chapter) => chapter.entries).find((entry) => entry.fileId);
}
