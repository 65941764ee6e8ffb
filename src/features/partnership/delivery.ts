// Whether something a person writes in the space reaches the others at once. A parent whose
// level is 'reviewed' (for example, where family time is supervised) has every message and reply
// read by a worker first; everyone else's words arrive as sent.
import type { MessageStatus } from '../../core/db/tables.ts';
import type { SpaceMembers } from './members.ts';
import type { Party } from './space.ts';

/** The status a new message or reply starts with. */
export function statusForNewMessage(
  party: Party,
  authorId: string,
  members: Pick<SpaceMembers, 'parents'>,
): Extract<MessageStatus, 'delivered' | 'held'> {
  if (party !== 'parent') return 'delivered';
  const parent = members.parents.find((someone) => someone.userId === authorId);
  return parent?.level === 'direct' ? 'delivered' : 'held';
}

/**
 * Whether a reader sees a message: delivered ones reach everyone in the space; held and rejected
 * ones only their author and staff (a rejected message never reaches carers or other parents).
 */
export function isMessageVisible(
  reader: { party: Party; userId: string },
  message: { status: MessageStatus; authorId: string },
): boolean {
  return (
    message.status === 'delivered' || reader.party === 'staff' || reader.userId === message.authorId
  );
}
