import { describe, expect, it } from 'vitest';
import {
  childShortName,
  draftKeyFor,
  earliestDateFor,
  householdPhrase,
  problemWithDate,
} from './rules.ts';

describe('the dates a record may carry', () => {
  it.each([
    ['a log, long settled', 'daily_log', '2020-01-01', '2026-11-16'],
    ['a log, arrived three days ago', 'daily_log', '2026-11-20', '2026-11-20'],
    ['an event, long settled', 'significant_event', '2020-01-01', '2020-01-01'],
    ['an incident', 'notifiable_incident', '2024-05-01', '2024-05-01'],
  ] as const)('%s: from %s', (_case, kind, since, earliest) => {
    expect(earliestDateFor(kind, '2026-11-23', since)).toBe(earliest);
  });

  it.each([
    ['today', 'daily_log', '2026-11-23', null],
    ['a week ago', 'daily_log', '2026-11-16', null],
    ['eight days ago', 'daily_log', '2026-11-15', 'A daily log can be written up to 7 days later'],
    ['eight days ago, as an event', 'significant_event', '2026-11-15', null],
    ['tomorrow', 'notifiable_incident', '2026-11-24', 'The date cannot be in the future'],
    ['before the child came', 'significant_event', '2024-12-31', 'when Leo came to live with you'],
  ] as const)('%s (%s)', (_case, kind, occurredOn, problem) => {
    const found = problemWithDate({
      kind,
      occurredOn,
      today: '2026-11-23',
      livingHereSince: '2025-01-01',
      childName: 'Leo',
    });
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('names where a full name must not go', () => {
  it('gives the name a child is known by and the initial of their family name', () => {
    expect(childShortName({ firstName: 'Jayden', preferredName: 'Jay', lastName: 'walsh' })).toBe(
      'Jay W.',
    );
    expect(childShortName({ firstName: 'Mia', preferredName: null, lastName: '' })).toBe('Mia');
  });

  it.each([
    ['Okafor household', 'the Okafor household'],
    ['The Okafor household', 'the Okafor household'],
    ['Oak', 'the Oak household'],
  ])('speaks of “%s” as “%s”', (name, phrase) => {
    expect(householdPhrase(name)).toBe(phrase);
  });
});

describe('the key a draft is kept under', () => {
  it('is one per person and child, and names neither', () => {
    const key = draftKeyFor('user-1', 'child-1');
    expect(key).toMatch(/^kinfold-draft:[0-9a-f]{32}$/);
    expect(key).toBe(draftKeyFor('user-1', 'child-1'));
    expect(key).not.toBe(draftKeyFor('user-2', 'child-1'));
    expect(key).not.toBe(draftKeyFor('user-1', 'child-2'));
  });
});
