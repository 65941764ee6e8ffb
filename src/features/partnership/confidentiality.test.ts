import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors.ts';
import {
  assertSafeToSend,
  checkBeforeSending,
  findLocatingDetails,
  SEND_ANYWAY_FIELD,
  type KnownDetail,
} from './confidentiality.ts';

const home: KnownDetail[] = [
  { kind: 'surname', text: 'Okafor' },
  { kind: 'address', text: '14 Larch Way' },
  { kind: 'postcode', text: 'LS6 2QT' },
  { kind: 'school', text: 'Hillside Primary' },
  { kind: 'workplace', text: 'Leeds General Infirmary' },
];

const labels = (text: string) => findLocatingDetails(text, home).map((f) => f.label);

describe('the confidentiality check', () => {
  it('lets an ordinary update about a child’s day through', () => {
    expect(labels('Mia had a lovely day at school and painted a rainbow after tea.')).toEqual([]);
    expect(labels('We went to the park, then swimming. She is 9 now!')).toEqual([]);
  });

  it('finds the home’s own details whatever their case', () => {
    expect(labels('Sam okafor says hello')).toEqual(['the carers’ surname']);
    expect(labels('pick up from ls6 2qt')).toContain('the carers’ postcode');
    expect(labels('She loves Hillside Primary')).toContain('the child’s school');
    expect(labels('I finish at Leeds General Infirmary at 3')).toContain('where a carer works');
  });

  it('finds the shapes of a postcode, phone, email, street address and school anywhere', () => {
    expect(labels('Send it to M1 1AE please')).toEqual(['a postcode']);
    expect(labels('ring me on 07700 900123')).toEqual(['a phone number']);
    expect(labels('ring me on +44 7700 900123')).toEqual(['a phone number']);
    expect(labels('email sam@example.org')).toEqual(['an email address']);
    expect(labels('we moved to 3 Birch Close last year')).toEqual(['a street address']);
    expect(labels('she started at St Anne’s Primary')).toEqual(['a school’s name']);
    expect(labels('Oakwood Academy had a fair')).toEqual(['a school’s name']);
  });

  it('names a known detail once, not again for its shape', () => {
    expect(findLocatingDetails('She loves Hillside Primary', home)).toEqual([
      { label: 'the child’s school', found: 'Hillside Primary' },
    ]);
    expect(labels('pick up from LS6 2QT')).toEqual(['the carers’ postcode']);
  });

  it('does not take a surname inside another word for the surname', () => {
    expect(findLocatingDetails('Okaforville', home)).toEqual([]);
  });

  it('warns only where the home is confidential, and records a choice to send anyway', () => {
    const texts = ['We are at 14 Larch Way'];
    expect(checkBeforeSending({ texts, known: home, isGuarded: false, sendAnyway: false })).toEqual(
      { ok: true, wasWarned: false },
    );
    const held = checkBeforeSending({ texts, known: home, isGuarded: true, sendAnyway: false });
    expect(held.ok).toBe(false);
    expect(checkBeforeSending({ texts, known: home, isGuarded: true, sendAnyway: true })).toEqual({
      ok: true,
      wasWarned: true,
    });
  });
});

describe('the form check before sending', () => {
  const input = { field: 'body', known: home, childName: 'Mia' };

  it('refuses with a message naming the field and what was found, and asks for the tick', () => {
    try {
      assertSafeToSend({
        ...input,
        texts: ['See you at OL14 7QX'],
        isGuarded: true,
        sendAnyway: false,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Invalid);
      const { fieldErrors } = error as Invalid;
      expect(fieldErrors['body']).toContain('a postcode (“OL14 7QX”)');
      expect(fieldErrors[SEND_ANYWAY_FIELD]).toBeDefined();
    }
  });

  it('sends after the tick, and says the sender was warned', () => {
    expect(
      assertSafeToSend({
        ...input,
        texts: ['See you at OL14 7QX'],
        isGuarded: true,
        sendAnyway: true,
      }),
    ).toBe(true);
    expect(
      assertSafeToSend({ ...input, texts: ['See you soon'], isGuarded: true, sendAnyway: false }),
    ).toBe(false);
  });
});
