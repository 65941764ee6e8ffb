import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUkPhone, normaliseUkPostcode } from './uk-formats.ts';

describe('UK phone numbers, read leniently', () => {
  it.each([
    ['07700 900123', '07700900123'],
    ['07700900123', '07700900123'],
    ['+44 7700 900123', '07700900123'],
    ['+44 (0)7700 900123', '07700900123'],
    ['0044 7700 900 123', '07700900123'],
    ['(01632) 960 412', '01632960412'],
    ['020-7946-0018', '02079460018'],
  ])('takes %s as %s', (typed, national) => {
    expect(normaliseUkPhone(typed)).toBe(national);
  });

  it.each([
    ['too short', '0770090'],
    ['too long', '077009001234567'],
    ['letters', '07700 9OO123'],
    ['another country', '+33 1 23 45 67 89'],
    ['markup', '<script>07700900123</script>'],
    ['empty', ''],
  ])('refuses a number that is %s', (_why, typed) => {
    expect(normaliseUkPhone(typed)).toBeNull();
  });

  it('never accepts anything but digits, spaces and the usual punctuation', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        const result = normaliseUkPhone(typed);
        return result === null || /^0\d{9,10}$/.test(result);
      }),
    );
  });
});

describe('UK postcodes', () => {
  it.each([
    ['bw1 2af', 'BW1 2AF'],
    ['SW1A1AA', 'SW1A 1AA'],
    ['  m1   1ae ', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['W1A 0AX', 'W1A 0AX'],
    ['EC1A 1BB', 'EC1A 1BB'],
  ])('takes %s as %s', (typed, postcode) => {
    expect(normaliseUkPostcode(typed)).toBe(postcode);
  });

  it.each(['12345', 'BW1', 'QW1 2AF', 'BW1 2CF', 'BW1 2AF extra', '<b>BW1 2AF</b>', ''])(
    'refuses %j',
    (typed) => {
      expect(normaliseUkPostcode(typed)).toBeNull();
    },
  );
});
