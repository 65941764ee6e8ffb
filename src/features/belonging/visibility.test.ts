import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCommittedAdult,
  isConnectionVisible,
  isEntryVisible,
  isFlagged,
  isVoiceVisible,
  type ConnectionFacts,
  type Viewer,
} from './visibility.ts';

const WORKER = 'worker';
const ZARA = 'zara';
const MUM = 'mum';

const aunt: ConnectionFacts = {
  status: 'confirmed',
  contactStatus: 'in_touch',
  hasNoContactOrder: false,
  flagShownBy: null,
  isSharedWithFamily: false,
  addedBy: WORKER,
};

const viewers = fc.constantFrom<Viewer>('staff', 'carer', 'young_person', 'birth_parent');
const connection = fc.record({
  status: fc.constantFrom('proposed', 'confirmed', 'declined' as const),
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
  addedBy: fc.option(fc.constantFrom(WORKER, ZARA, MUM), { nil: null }),
});

describe('who sees a person on the map', () => {
  it('shows an aunt to everyone who may open the map, except parents she was not shared with', () => {
    expect(isConnectionVisible('staff', WORKER, aunt)).toBe(true);
    expect(isConnectionVisible('carer', 'sam', aunt)).toBe(true);
    expect(isConnectionVisible('young_person', ZARA, aunt)).toBe(true);
    expect(isConnectionVisible('birth_parent', MUM, aunt)).toBe(false);
    expect(isConnectionVisible('birth_parent', MUM, { ...aunt, isSharedWithFamily: true })).toBe(
      true,
    );
  });

  it('never shows a flagged person outside staff without a worker’s decision', () => {
    fc.assert(
      fc.property(
        viewers,
        connection,
        fc.constantFrom(WORKER, ZARA, MUM),
        (viewer, person, who) => {
          fc.pre(isFlagged(person) && person.flagShownBy === null);
          expect(isConnectionVisible(viewer, who, person)).toBe(viewer === 'staff');
        },
      ),
    );
  });

  it('shows a suggestion waiting for a check only to staff and to whoever made it', () => {
    const suggested = { ...aunt, status: 'proposed' as const, addedBy: ZARA };
    expect(isConnectionVisible('young_person', ZARA, suggested)).toBe(true);
    expect(isConnectionVisible('carer', 'sam', suggested)).toBe(false);
    expect(isConnectionVisible('staff', WORKER, suggested)).toBe(true);
  });

  it('shows a birth parent nobody who was not shared with them', () => {
    fc.assert(
      fc.property(connection, (person) => {
        fc.pre(!person.isSharedWithFamily && person.addedBy !== MUM);
        expect(isConnectionVisible('birth_parent', MUM, person)).toBe(false);
      }),
    );
  });
});

describe('who sees a life story entry', () => {
  const memory = {
    status: 'published' as const,
    addedBy: 'sam',
    isHiddenFromCarers: false,
    isSharedWithFamily: false,
  };

  it('keeps what waits for a check from everyone but staff and its author', () => {
    const waiting = { ...memory, status: 'awaiting_check' as const, addedBy: MUM };
    expect(isEntryVisible('birth_parent', MUM, waiting)).toBe(true);
    expect(isEntryVisible('young_person', ZARA, waiting)).toBe(false);
    expect(isEntryVisible('carer', 'sam', waiting)).toBe(false);
    expect(isEntryVisible('staff', WORKER, waiting)).toBe(true);
  });

  it('lets the young person keep their own entries from their carers', () => {
    const own = { ...memory, addedBy: ZARA, isHiddenFromCarers: true };
    expect(isEntryVisible('young_person', ZARA, own)).toBe(true);
    expect(isEntryVisible('carer', 'sam', own)).toBe(false);
  });

  it('shows birth parents only what was shared with them, and what they added', () => {
    expect(isEntryVisible('birth_parent', MUM, memory)).toBe(false);
    expect(isEntryVisible('birth_parent', MUM, { ...memory, isSharedWithFamily: true })).toBe(true);
    expect(isEntryVisible('birth_parent', MUM, { ...memory, addedBy: MUM })).toBe(true);
  });

  it('never shows a declined entry to anyone but staff and its author', () => {
    const declined = { ...memory, status: 'declined' as const, isSharedWithFamily: true };
    expect(isEntryVisible('young_person', ZARA, declined)).toBe(false);
    expect(isEntryVisible('birth_parent', MUM, declined)).toBe(false);
    expect(isEntryVisible('carer', 'sam', declined)).toBe(true);
  });
});

describe('the young person’s voice', () => {
  it('reaches carers only when the young person shares it, and birth parents never', () => {
    expect(isVoiceVisible('carer', { isSharedWithCarers: false })).toBe(false);
    expect(isVoiceVisible('carer', { isSharedWithCarers: true })).toBe(true);
    expect(isVoiceVisible('birth_parent', { isSharedWithCarers: true })).toBe(false);
    expect(isVoiceVisible('staff', { isSharedWithCarers: false })).toBe(true);
  });
});

describe('committed adults', () => {
  const committed = {
    ...aunt,
    leftOn: null,
    pactAgreedOn: '2026-03-01',
    pactEndedOn: null,
  };

  it('counts a confirmed person with a pact from the day it was agreed', () => {
    expect(isCommittedAdult(committed, '2026-02-28')).toBe(false);
    expect(isCommittedAdult(committed, '2026-03-01')).toBe(true);
  });

  it('stops counting when the pact ends, the person leaves or is flagged', () => {
    expect(isCommittedAdult({ ...committed, pactEndedOn: '2026-06-01' }, '2026-06-01')).toBe(false);
    expect(isCommittedAdult({ ...committed, leftOn: '2026-05-01' }, '2026-06-01')).toBe(false);
    expect(isCommittedAdult({ ...committed, hasNoContactOrder: true }, '2026-06-01')).toBe(false);
    expect(isCommittedAdult({ ...committed, pactAgreedOn: null }, '2026-06-01')).toBe(false);
  });
});
