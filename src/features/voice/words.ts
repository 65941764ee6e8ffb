// How the voice pages name things: in the young person's words on their own pages, in plain
// professional words on the pages staff and carers read.
import type { VoiceKind } from './schemas.ts';

/** The two ways a young person speaks, as their form offers them. */
export const OWN_KINDS: { code: VoiceKind; label: string }[] = [
  { code: 'want_to_know', label: 'Something I want people to know' },
  { code: 'question', label: 'A question I have' },
];

/** What one of the young person's own entries is, said to them. */
export function ownKindLabel(kind: VoiceKind): string {
  return kind === 'question' ? 'Your question' : 'Something you want people to know';
}

/** What one entry is, said to the adults who read it. */
export function readerKindLabel(kind: VoiceKind): string {
  return kind === 'question' ? 'Question' : 'Wants people to know';
}

/** Who sees an entry, said to the young person. */
export function whoSees(isSharedWithCarers: boolean): string {
  return isSharedWithCarers ? 'Your worker and your carers' : 'Your worker';
}
