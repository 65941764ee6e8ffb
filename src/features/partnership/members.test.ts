import { describe, expect, it } from 'vitest';
import { nameAsSeenBy } from './members.ts';

describe('how an author is named', () => {
  const sam = { name: 'Sam Okafor', role: 'foster_carer' as const };

  it('gives a parent only a carer’s first name while the home is confidential', () => {
    expect(nameAsSeenBy('parent', sam, true)).toBe('Sam, foster carer');
    expect(nameAsSeenBy('parent', sam, false)).toBe('Sam Okafor, foster carer');
  });

  it('names everyone in full to staff and carers', () => {
    expect(nameAsSeenBy('staff', sam, true)).toBe('Sam Okafor, foster carer');
    expect(nameAsSeenBy('carer', { name: 'Dani Price', role: 'birth_parent' }, true)).toBe(
      'Dani Price, parent',
    );
  });
});
