import { describe, expect, it } from 'vitest';
import { isMessageVisible, statusForNewMessage } from './delivery.ts';

const parents = [
  { userId: 'dani', level: 'direct' as const },
  { userId: 'lee', level: 'reviewed' as const },
];
const members = {
  parents: parents.map((p) => ({
    ...p,
    name: p.userId,
    email: '',
    relationship: 'parent' as const,
    levelReason: '',
  })),
};

describe('delivery in the partnership space', () => {
  it('holds a reviewed parent’s words for a worker and delivers everyone else’s', () => {
    expect(statusForNewMessage('parent', 'lee', members)).toBe('held');
    expect(statusForNewMessage('parent', 'dani', members)).toBe('delivered');
    expect(statusForNewMessage('carer', 'sam', members)).toBe('delivered');
    expect(statusForNewMessage('parent', 'someone-unknown', members)).toBe('held');
  });

  it('shows a held or rejected message only to its author and to staff', () => {
    for (const status of ['held', 'rejected'] as const) {
      const message = { status, authorId: 'lee' };
      expect(isMessageVisible({ party: 'carer', userId: 'sam' }, message)).toBe(false);
      expect(isMessageVisible({ party: 'parent', userId: 'dani' }, message)).toBe(false);
      expect(isMessageVisible({ party: 'parent', userId: 'lee' }, message)).toBe(true);
      expect(isMessageVisible({ party: 'staff', userId: 'hannah' }, message)).toBe(true);
    }
    expect(
      isMessageVisible({ party: 'carer', userId: 'sam' }, { status: 'delivered', authorId: 'lee' }),
    ).toBe(true);
  });
});
