import { describe, expect, it } from 'vitest';
import { attachmentAlt, problemsWithMessage, seenBy, seenByWords, type Reader } from './rules.ts';

const delivered = new Date('2026-11-10T10:00:00Z');
const before = new Date('2026-11-10T09:00:00Z');
const after = new Date('2026-11-10T11:00:00Z');
const readers: Reader[] = [
  { userId: 'dani', name: 'Dani Price', role: 'birth_parent', lastReadAt: after },
  { userId: 'sam', name: 'Sam Brackenridge', role: 'foster_carer', lastReadAt: delivered },
  { userId: 'alex', name: 'Alex Brackenridge', role: 'foster_carer', lastReadAt: before },
  {
    userId: 'hannah',
    name: 'Hannah Kowalski',
    role: 'supervising_social_worker',
    lastReadAt: after,
  },
  { userId: 'priya', name: 'Priya Shah', role: 'registered_manager', lastReadAt: after },
];
const members = new Set(['dani', 'sam', 'alex', 'hannah']);

describe('who has seen a message', () => {
  it('is the members who read the space since it arrived, except its author and whoever is looking', () => {
    const message = { authorId: 'hannah', deliveredAt: delivered };
    expect(
      seenBy(
        message,
        readers,
        { party: 'parent', userId: 'dani', isHomeConfidential: true },
        members,
      ),
    ).toEqual(['Sam, foster carer']);
    expect(
      seenBy(
        message,
        readers,
        { party: 'staff', userId: 'priya', isHomeConfidential: true },
        members,
      ),
    ).toEqual(['Dani Price, parent', 'Sam Brackenridge, foster carer']);
  });

  it('is nobody for a message that has not been delivered', () => {
    const message = { authorId: 'lee', deliveredAt: null };
    expect(
      seenBy(
        message,
        readers,
        { party: 'staff', userId: 'priya', isHomeConfidential: false },
        members,
      ),
    ).toEqual([]);
  });

  it('reads as a sentence', () => {
    expect(seenByWords([])).toBe('');
    expect(seenByWords(['Sam, foster carer'])).toBe('Seen by Sam, foster carer');
    expect(seenByWords(['Dani Price, parent', 'Sam, foster carer', 'Hannah Kowalski'])).toBe(
      'Seen by Dani Price, parent; Sam, foster carer and Hannah Kowalski',
    );
  });
});

describe('what a message needs', () => {
  it('needs words or a picture', () => {
    expect(problemsWithMessage('', false)).toHaveProperty('body');
    expect(problemsWithMessage('', true)).toEqual({});
    expect(problemsWithMessage('Hello', false)).toEqual({});
  });

  it('describes its picture for screen readers', () => {
    expect(attachmentAlt('photo', 'Sam, foster carer')).toBe('A photo sent by Sam, foster carer');
    expect(attachmentAlt('document', 'Sam, foster carer')).toBe(
      'A school report or letter, sent by Sam, foster carer',
    );
  });
});
