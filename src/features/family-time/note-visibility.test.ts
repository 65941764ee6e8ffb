import { describe, expect, it } from 'vitest';
import type { FamilyTimeParty } from '../../core/db/tables.ts';
import type { Party } from '../partnership/space.ts';
import { isNoteVisible } from './note-visibility.ts';

// Hannah is the worker, Sam the carer, Dani and Lee are Mia's parents. Dani wrote the parent's
// note; Sam wrote down Mia's own words.
const readers: Record<string, { party: Party; userId: string }> = {
  hannah: { party: 'staff', userId: 'hannah' },
  sam: { party: 'carer', userId: 'sam' },
  dani: { party: 'parent', userId: 'dani' },
  lee: { party: 'parent', userId: 'lee' },
};

const notes: Record<string, { party: FamilyTimeParty; authorId: string }> = {
  'Hannah’s note': { party: 'worker', authorId: 'hannah' },
  'Sam’s note': { party: 'carer', authorId: 'sam' },
  'Dani’s note': { party: 'parent', authorId: 'dani' },
  'Mia’s feedback': { party: 'child', authorId: 'sam' },
};

const table: Array<[string, Record<string, boolean>]> = [
  ['Hannah’s note', { hannah: true, sam: false, dani: false, lee: false }],
  ['Sam’s note', { hannah: true, sam: true, dani: false, lee: false }],
  ['Dani’s note', { hannah: true, sam: true, dani: true, lee: false }],
  ['Mia’s feedback', { hannah: true, sam: true, dani: false, lee: false }],
];

describe('who reads the notes after family time', () => {
  it.each(table)('%s', (noteName, expected) => {
    const seen = Object.fromEntries(
      Object.entries(readers).map(([name, reader]) => [
        name,
        isNoteVisible(reader, notes[noteName]!),
      ]),
    );
    expect(seen).toEqual(expected);
  });

  it('shows a worker’s notes to any member of staff, not only their author', () => {
    expect(
      isNoteVisible({ party: 'staff', userId: 'priya' }, { party: 'worker', authorId: 'hannah' }),
    ).toBe(true);
  });

  it('shows carers the child’s feedback whoever wrote it down', () => {
    expect(
      isNoteVisible({ party: 'carer', userId: 'alex' }, { party: 'child', authorId: 'hannah' }),
    ).toBe(true);
  });
});
