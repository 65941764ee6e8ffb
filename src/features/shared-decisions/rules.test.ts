import { describe, expect, it } from 'vitest';
import type { DecidedBy } from '../../core/db/tables.ts';
import type { Party } from '../partnership/space.ts';
import { mayDecide, whoDecides, whyMayNotDecide, type Deciders } from './rules.ts';

// Staff may record any answer; carers and parents only what Mia's plan gives them.
describe('who may record the answer', () => {
  const table: Array<[Party, DecidedBy | null, boolean]> = [
    ['staff', 'carers', true],
    ['staff', 'birth_parents', true],
    ['staff', 'social_worker', true],
    ['staff', 'shared', true],
    ['staff', null, true],
    ['carer', 'carers', true],
    ['carer', 'birth_parents', false],
    ['carer', 'social_worker', false],
    ['carer', 'shared', false],
    ['carer', null, false],
    ['parent', 'carers', false],
    ['parent', 'birth_parents', true],
    ['parent', 'social_worker', false],
    ['parent', 'shared', false],
    ['parent', null, false],
  ];
  it.each(table)('%s, for a topic decided by %s: %s', (party, decidedBy, expected) => {
    expect(mayDecide(party, decidedBy)).toBe(expected);
  });
});

const deciders: Deciders = {
  childName: 'Mia',
  carerNames: ['Sam, foster carer', 'Alex, foster carer'],
  workerFirstName: 'Hannah',
  childSocialWorkerName: 'Jordan Ellis',
};

describe('who decides, in the reader’s words', () => {
  it('says "You decide" to a parent and "Mia’s parents decide" to everyone else', () => {
    expect(whoDecides('parent', 'birth_parents', deciders).text).toBe('You decide');
    expect(whoDecides('carer', 'birth_parents', deciders).text).toBe('Mia’s parents decide');
    expect(whoDecides('staff', 'birth_parents', deciders).text).toBe('Mia’s parents decide');
  });

  it('names the carers as the reader may see them, the social worker, together, or not yet', () => {
    expect(whoDecides('parent', 'carers', deciders)).toEqual({
      text: 'Mia’s carers decide',
      people: ['Sam, foster carer', 'Alex, foster carer'],
    });
    expect(whoDecides('parent', 'social_worker', deciders)).toEqual({
      text: 'Mia’s social worker decides',
      people: ['Jordan Ellis'],
    });
    expect(whoDecides('carer', 'shared', deciders)).toEqual({
      text: 'Decided together',
      people: [],
    });
    expect(whoDecides('parent', null, deciders).text).toBe('Not agreed yet: ask Hannah');
    expect(whoDecides('parent', null, { ...deciders, workerFirstName: null }).text).toBe(
      'Not agreed yet: ask your worker',
    );
  });

  it('says who will record the answer instead', () => {
    expect(whyMayNotDecide('social_worker', deciders)).toBe(
      'Mia’s social worker decides this. Hannah will record the answer here once it is made.',
    );
    expect(whyMayNotDecide('carers', deciders)).toBe(
      'Mia’s carers decide this. They, or Hannah, will record the answer here.',
    );
    expect(whyMayNotDecide(null, { ...deciders, workerFirstName: null })).toBe(
      'Nobody has agreed yet who decides this, so your worker will record the answer here.',
    );
  });
});
