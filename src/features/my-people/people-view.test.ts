import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../belonging/connection-store.ts';
import { isFlagged, type Viewer } from '../belonging/visibility.ts';
import { isInNetworkOn, peopleOnMap, personJson, viewPerson } from './people-view.ts';
import { mapSummary } from './words.ts';

const WORKER = 'worker';
const ZARA = 'zara';

const nan: Connection = {
  id: 'nan',
  childId: 'child',
  name: 'Farida Ahmed',
  relationship: 'Nan',
  notes: 'Sunday calls',
  category: 'relative',
  gives: ['talk'],
  couldGive: [],
  contactStatus: 'in_touch',
  hasNoContactOrder: false,
  safeguardingNotes: '',
  flagShownBy: null,
  flagShownReason: '',
  isSharedWithFamily: false,
  feelings: 'She is the best.',
  ring: 1,
  angle: null,
  source: 'case_records',
  sourceNotes: 'From the file',
  status: 'confirmed',
  joinedOn: '2025-09-01',
  leftOn: null,
  addedBy: WORKER,
  createdAt: new Date('2025-09-01T10:00:00Z'),
  pactAgreedOn: null,
  pactEndedOn: null,
  pactCommitments: null,
  pactInTheirWords: null,
};

const connection = fc
  .record({
    contactStatus: fc.constantFrom(
      'in_touch',
      'lost_touch',
      'to_be_found',
      'approached',
      'not_safe' as const,
    ),
    hasNoContactOrder: fc.boolean(),
    flagShownBy: fc.option(fc.constant(WORKER), { nil: null }),
    isSharedWithFamily: fc.boolean(),
    status: fc.constantFrom('proposed', 'confirmed', 'declined' as const),
    addedBy: fc.option(fc.constantFrom(WORKER, ZARA), { nil: null }),
    ring: fc.integer({ min: 1, max: 3 }),
    angle: fc.option(fc.integer({ min: 0, max: 359 }), { nil: null }),
    safeguardingNotes: fc.constantFrom('', 'Court order'),
    leftOn: fc.option(fc.constantFrom('2026-01-01', '2027-01-01'), { nil: null }),
  })
  .map((facts): Connection => ({ ...nan, ...facts }));
const outsiders = fc.constantFrom<Viewer>('carer', 'young_person', 'birth_parent');

describe('what a viewer sees of a person on the map', () => {
  it('never gives anyone but staff a safeguarding fact, a source or the words “not safe”', () => {
    fc.assert(
      fc.property(outsiders, connection, (viewer, person) => {
        for (const shown of peopleOnMap(viewer, ZARA, [person], '2026-11-23')) {
          const view = viewPerson(viewer, shown, new Map());
          expect(view.staff).toBeNull();
          expect(view.contactStatus).not.toBe('not_safe');
          const json = JSON.stringify(personJson(view));
          expect(json).not.toMatch(/not_safe|safeguarding|source|Court order|NoContact/i);
        }
      }),
    );
  });

  it('never puts a flagged person on a map outside staff without a worker’s decision', () => {
    fc.assert(
      fc.property(outsiders, connection, (viewer, person) => {
        fc.pre(isFlagged(person) && person.flagShownBy === null);
        expect(peopleOnMap(viewer, ZARA, [person], '2026-11-23')).toEqual([]);
      }),
    );
  });

  it('leaves declined people and those who have left off today’s map, even for staff', () => {
    const map = peopleOnMap(
      'staff',
      WORKER,
      [
        { ...nan, id: 'declined', status: 'declined' },
        { ...nan, id: 'left', leftOn: '2026-06-01' },
        { ...nan, id: 'leaving', leftOn: '2026-12-01' },
        nan,
      ],
      '2026-11-23',
    );
    expect(map.map((person) => person.id)).toEqual(['leaving', 'nan']);
  });

  it('gives a birth parent the name and relationship, and keeps a flagged person’s place hidden', () => {
    const uncle = {
      ...nan,
      contactStatus: 'not_safe' as const,
      flagShownBy: WORKER,
      ring: 1,
      angle: 90,
    };
    const view = viewPerson('birth_parent', uncle, new Map());
    expect(personJson(view)).toEqual({
      id: 'nan',
      name: 'Farida Ahmed',
      relationship: 'Nan',
      ring: 3,
      angle: null,
    });
  });

  it('keeps the worker’s notes from the young person, but gives her her own words', () => {
    const view = viewPerson('young_person', nan, new Map());
    expect(view.notes).toBe('');
    expect(view.feelings).toBe('She is the best.');
  });
});

describe('the network on a day', () => {
  it('counts people who had joined and not yet left, once confirmed', () => {
    expect(isInNetworkOn(nan, '2025-08-31')).toBe(false);
    expect(isInNetworkOn(nan, '2025-09-01')).toBe(true);
    expect(isInNetworkOn({ ...nan, leftOn: '2026-01-01' }, '2026-01-01')).toBe(false);
    expect(isInNetworkOn({ ...nan, status: 'proposed' }, '2026-01-01')).toBe(false);
  });
});

describe('the map’s description', () => {
  it('counts people by contact in words', () => {
    const views = [
      nan,
      { ...nan, id: 'b', contactStatus: 'lost_touch' as const },
      { ...nan, id: 'c', contactStatus: 'approached' as const, status: 'proposed' as const },
    ].map((person) => viewPerson('carer', person, new Map()));
    expect(mapSummary('Zara’s map', views)).toBe(
      'Zara’s map: 3 people, 1 in touch, 1 lost touch, 1 to be found or approached, 1 waiting for a check.',
    );
    expect(mapSummary('Your map', [])).toBe('Your map: 0 people.');
  });
});
