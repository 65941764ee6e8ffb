import { describe, expect, it } from 'vitest';
import type { Connection } from '../belonging/connection-store.ts';
import type { Viewer } from '../belonging/visibility.ts';
import {
  addedByWords,
  kindsFor,
  newEntryStatus,
  problemWithHappenedOn,
  storyFileName,
} from './rules.ts';
import type { StoredEntry } from './store.ts';
import { buildStory, coverPhotoOf, type StorySource } from './story.ts';

describe('who waits for a check', () => {
  it.each<[Viewer, string]>([
    ['staff', 'published'],
    ['carer', 'published'],
    ['young_person', 'awaiting_check'],
    ['birth_parent', 'awaiting_check'],
  ])('%s adds as %s', (viewer, status) => {
    expect(newEntryStatus(viewer)).toBe(status);
  });

  it('lets the family send memories, letters and photos only', () => {
    expect(kindsFor('birth_parent')).toEqual(['memory', 'letter', 'photo']);
    expect(kindsFor('young_person')).toContain('document');
  });
});

describe('the date an entry carries', () => {
  const facts = { today: '2026-06-15', dateOfBirth: '2011-05-14', bornWords: 'Zara was born' };
  it.each([
    [null, null],
    ['2026-06-15', null],
    ['2011-05-14', null],
    ['2026-06-16', 'The date cannot be in the future: today is 15 June 2026'],
    ['2011-05-13', 'The date must be on or after the day Zara was born, 14 May 2011'],
  ])('%s: %s', (happenedOn, problem) => {
    expect(problemWithHappenedOn(happenedOn, facts)).toBe(problem);
  });
});

describe('who added an entry', () => {
  const entry = (
    addedByRole: string,
    addedByName: string | null,
    addedBy: string | null = 'x',
  ) => ({
    addedBy,
    addedByRole,
    addedByName,
  });
  it.each([
    [entry('foster_carer', 'Ruth Oakley'), 'Added by Ruth, carer'],
    [entry('kinship_carer', 'Grace Mensah'), 'Added by Grace, carer'],
    [entry('supervising_social_worker', 'Hannah Kowalski'), 'Added by Hannah, social worker'],
    [entry('registered_manager', 'Priya Shah'), 'Added by Priya, manager'],
    [entry('birth_parent', 'Dani Ahmed'), 'Added by Dani, family'],
    [entry('young_person', 'Zara Ahmed'), 'Added by Zara'],
    [entry('foster_carer', null, null), 'Added by someone (carer)'],
  ])('%o reads “%s”, never a surname', (facts, words) => {
    expect(addedByWords(facts, 'someone-else')).toBe(words);
  });

  it('says “you” to the person who added it, and never in the book', () => {
    expect(addedByWords(entry('foster_carer', 'Ruth Oakley', 'ruth'), 'ruth')).toBe('Added by you');
    expect(addedByWords(entry('foster_carer', 'Ruth Oakley', 'ruth'), null)).toBe(
      'Added by Ruth, carer',
    );
  });
});

describe('the book’s file name', () => {
  it.each([
    ['Zara', 'zaras-story.pdf'],
    ['Zoë', 'zoes-story.pdf'],
    ['Łucja', 'lucjas-story.pdf'],
    ['🌟', 'my-story.pdf'],
  ])('%s: %s', (name, file) => {
    expect(storyFileName(name)).toBe(file);
  });
});

// A story with one entry of each interesting kind, and people flagged and not.
function entry(overrides: Partial<StoredEntry> & { id: string }): StoredEntry {
  return {
    childId: 'zara',
    kind: 'memory',
    title: overrides.id,
    body: '',
    happenedOn: null,
    fileId: null,
    addedBy: 'hannah',
    addedByRole: 'supervising_social_worker',
    addedByName: 'Hannah Kowalski',
    status: 'published',
    declineReason: '',
    isHiddenFromCarers: false,
    isSharedWithFamily: false,
    createdAt: new Date('2026-01-01T10:00:00Z'),
    ...overrides,
  };
}

function person(name: string, overrides: Partial<Connection> = {}): Connection {
  return {
    id: name,
    childId: 'zara',
    name,
    relationship: 'Relative',
    notes: '',
    category: 'relative',
    gives: [],
    couldGive: [],
    contactStatus: 'in_touch',
    hasNoContactOrder: false,
    safeguardingNotes: 'never shown',
    flagShownBy: null,
    flagShownReason: '',
    isSharedWithFamily: false,
    feelings: '',
    ring: 1,
    angle: null,
    source: 'worker',
    sourceNotes: '',
    status: 'confirmed',
    joinedOn: '2025-09-01',
    leftOn: null,
    addedBy: null,
    createdAt: new Date(),
    pactAgreedOn: null,
    pactEndedOn: null,
    pactCommitments: null,
    pactInTheirWords: null,
    ...overrides,
  };
}

const SOURCE: StorySource = {
  child: { id: 'zara', knownAs: 'Zara', fullName: 'Zara Ahmed', dateOfBirth: '2011-05-14' },
  identity: {
    ethnicity: '',
    faith: '',
    languages: [],
    cultureNotes: '',
    heritage: 'Mirpur',
    whatMatters: '',
  },
  entries: [
    entry({ id: 'undated' }),
    entry({ id: 'late', happenedOn: '2026-03-01', fileId: 'f2' }),
    entry({ id: 'early', happenedOn: '2012-01-01', isSharedWithFamily: true, fileId: 'f1' }),
    entry({
      id: 'hidden',
      happenedOn: '2025-12-01',
      addedBy: 'zara',
      addedByRole: 'young_person',
      isHiddenFromCarers: true,
    }),
    entry({
      id: 'waiting',
      addedBy: 'dani',
      addedByRole: 'birth_parent',
      status: 'awaiting_check',
    }),
    entry({
      id: 'declined',
      addedBy: 'zara',
      addedByRole: 'young_person',
      status: 'declined',
      declineReason: 'Names a friend',
    }),
  ],
  people: [
    person('Nan', { isSharedWithFamily: true }),
    person('Gary', { contactStatus: 'not_safe', isSharedWithFamily: true }),
    person('Kev', { hasNoContactOrder: true }),
    person('Suggested by Zara', { status: 'proposed', addedBy: 'zara' }),
  ],
};

const titles = (story: ReturnType<typeof buildStory>) =>
  story.chapters.flatMap((chapter) => chapter.entries.map((each) => each.id));

describe('the story as each person sees it', () => {
  it('puts the checked entries in years, oldest first, undated last', () => {
    const story = buildStory(SOURCE, 'staff', 'hannah');
    expect(story.chapters.map((chapter) => chapter.heading)).toEqual([
      '2012',
      '2025',
      '2026',
      'Undated',
    ]);
    expect(titles(story)).toEqual(['early', 'hidden', 'late', 'undated']);
    expect(story.notInBook.map((each) => each.id)).toEqual(['waiting', 'declined']);
    // Staff see the book as Zara will: a book printed to hand over never names a flagged person.
    expect(story.people.map((each) => each.name)).toEqual(['Nan']);
    expect(coverPhotoOf(story)?.id).toBe('early');
  });

  it('keeps from Ruth what Zara kept from her carers, and every flagged person', () => {
    const story = buildStory(SOURCE, 'carer', 'ruth');
    expect(titles(story)).toEqual(['early', 'late', 'undated']);
    expect(story.notInBook).toEqual([]);
    expect(story.people.map((each) => each.name)).toEqual(['Nan']);
  });

  it('shows Zara her book and her own additions with why one was declined', () => {
    const story = buildStory(SOURCE, 'young_person', 'zara');
    expect(titles(story)).toEqual(['early', 'hidden', 'late', 'undated']);
    expect(story.notInBook).toEqual([
      expect.objectContaining({ id: 'declined', declineReason: 'Names a friend', isOwn: true }),
    ]);
    // Her suggestion waits on her map for a worker's check; the book holds checked people only.
    expect(story.people.map((each) => each.name)).toEqual(['Nan']);
    expect(story.identity?.heritage).toBe('Mirpur');
  });

  it('shows Dani only what was shared, her own letter waiting, and no identity page', () => {
    const story = buildStory(SOURCE, 'birth_parent', 'dani');
    expect(titles(story)).toEqual(['early']);
    expect(story.notInBook.map((each) => each.id)).toEqual(['waiting']);
    expect(story.people.map((each) => each.name)).toEqual(['Nan']);
    expect(story.identity).toBeNull();
  });
});
