// The rules of the conversation that need no database: what a message must have, who has seen a
// message, and how a picture is described to someone who cannot see it.
import type { Role } from '../../core/access/roles.ts';
import type { FieldErrors } from '../../core/errors.ts';
import { nameAsSeenBy } from '../partnership/members.ts';
import type { Party } from '../partnership/space.ts';

/** A message needs words, a picture, or both. */
export function problemsWithMessage(body: string, hasAttachment: boolean): FieldErrors {
  return body === '' && !hasAttachment
    ? { body: 'Write your message, or choose a photo to send' }
    : {};
}

/** Someone's place in the reading of a space: how far they have read, and who they are. */
export type Reader = { userId: string; name: string; role: Role; lastReadAt: Date };

/**
 * Who has seen a delivered message, named for the person looking: the space's members who have
 * read the space since it arrived, leaving out its author and the person looking (who is reading
 * it now). Held and rejected messages have reached nobody.
 */
export function seenBy(
  message: { authorId: string; deliveredAt: Date | null },
  readers: readonly Reader[],
  looking: { party: Party; userId: string; isHomeConfidential: boolean },
  memberIds: ReadonlySet<string>,
): string[] {
  const deliveredAt = message.deliveredAt;
  if (!deliveredAt) return [];
  return readers
    .filter(
      (reader) =>
        memberIds.has(reader.userId) &&
        reader.userId !== message.authorId &&
        reader.userId !== looking.userId &&
        reader.lastReadAt.getTime() >= deliveredAt.getTime(),
    )
    .map((reader) => nameAsSeenBy(looking.party, reader, looking.isHomeConfidential))
    .sort((a, b) => a.localeCompare(b));
}

/** "Seen by Dani Price, parent and Hannah Kowalski, supervising social worker". */
export function seenByWords(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return `Seen by ${names[0]}`;
  return `Seen by ${names.slice(0, -1).join('; ')} and ${names.at(-1)}`;
}

/** What a screen reader says for a message's picture. */
export function attachmentAlt(kind: 'photo' | 'document' | null, authorName: string): string {
  return kind === 'document'
    ? `A school report or letter, sent by ${authorName}`
    : `A photo sent by ${authorName}`;
}
