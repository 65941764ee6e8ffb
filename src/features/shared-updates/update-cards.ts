// Turning stored updates, reactions and replies into what one reader sees: every name through
// nameAsSeenBy, replies filtered by isMessageVisible, and the life story link only where this
// reader may follow it.
import type { MessageStatus, UpdateReaction, UpdateTopic } from '../../core/db/tables.ts';
import { familyStoryPath, storyPath } from '../life-story/index.ts';
import { isMessageVisible } from '../partnership/delivery.ts';
import { nameAsSeenBy } from '../partnership/members.ts';
import type { CurrentHome, Party } from '../partnership/space.ts';
import { REACTIONS, UPDATE_TOPICS, labelOf } from '../partnership/vocabulary.ts';
import { photoAltText, shortName } from './rules.ts';
import type { StoredReaction, StoredReply, StoredUpdate } from './store.ts';

/** Who is reading, and whether the child's home is kept from the parents. */
export type Reader = { party: Party; userId: string; isHomeConfidential: boolean };

/**
 * The reader for a scene. Once a child lives in none of the agency's homes, their former carers'
 * surnames stay hidden: they would still say where the child lived.
 */
export function readerOf(
  scene: { party: Party; home: CurrentHome | null },
  userId: string,
): Reader {
  return { party: scene.party, userId, isHomeConfidential: scene.home?.isConfidential ?? true };
}

/** One update as this reader sees it. */
export type UpdateCard = {
  id: string;
  topic: UpdateTopic;
  topicLabel: string;
  happenedOn: string;
  authorName: string;
  isOwn: boolean;
  body: string;
  /** The photo's alt text, when there is a photo. */
  photoAlt: string | null;
  /** Everyone else's reactions: "Dani: So proud". */
  reactions: Array<{ name: string; label: string }>;
  ownReaction: UpdateReaction | null;
  replyCount: number;
  /** Where the reader finds it in the life story, once it is there and they may see it. */
  lifeStoryHref: string | null;
  isInLifeStory: boolean;
  /** Staff see that the sender was warned about locating details and sent it anyway. */
  wasWarned: boolean;
  createdAt: Date;
};

/** Builds the cards for a page of updates. */
export function toUpdateCards(
  stored: StoredUpdate[],
  reactions: StoredReaction[],
  replies: Array<Pick<StoredReply, 'updateId' | 'status' | 'authorId'>>,
  reader: Reader,
): UpdateCard[] {
  return stored.map((update) => {
    const own = reactions.find((r) => r.updateId === update.id && r.userId === reader.userId);
    return {
      id: update.id,
      topic: update.topic,
      topicLabel: labelOf(UPDATE_TOPICS, update.topic),
      happenedOn: update.happenedOn,
      authorName: nameFor(reader, { name: update.authorName, role: update.authorRole }),
      isOwn: update.authorId === reader.userId,
      body: update.body,
      photoAlt: update.fileId ? photoAltText(update.body) : null,
      reactions: reactions
        .filter((r) => r.updateId === update.id && r.userId !== reader.userId)
        .map((r) => ({
          name: shortName(nameFor(reader, r)),
          label: labelOf(REACTIONS, r.reaction),
        })),
      ownReaction: own?.reaction ?? null,
      replyCount: replies.filter(
        (reply) => reply.updateId === update.id && isMessageVisible(reader, reply),
      ).length,
      lifeStoryHref: lifeStoryHrefFor(reader, update),
      isInLifeStory: update.lifeStoryEntryId !== null,
      wasWarned: reader.party === 'staff' && update.wasWarned,
      createdAt: update.createdAt,
    };
  });
}

// Staff and carers read the story on the child's record; a parent only what is shared with them.
function lifeStoryHrefFor(reader: Reader, update: StoredUpdate): string | null {
  if (!update.lifeStoryEntryId) return null;
  if (reader.party !== 'parent') return storyPath(update.childId);
  return update.isLifeStoryShared ? familyStoryPath(update.childId) : null;
}

/** One reply as this reader sees it. */
export type ReplyLine = {
  id: string;
  authorName: string;
  isOwn: boolean;
  body: string;
  status: MessageStatus;
  /** Why a worker did not pass it on, for its author and staff. */
  moderationNote: string;
  createdAt: Date;
};

/** The replies this reader may see, named as they may know their authors. */
export function toReplyLines(replies: StoredReply[], reader: Reader): ReplyLine[] {
  return replies
    .filter((reply) => isMessageVisible(reader, reply))
    .map((reply) => ({
      id: reply.id,
      authorName: nameFor(reader, { name: reply.authorName, role: reply.authorRole }),
      isOwn: reply.authorId === reader.userId,
      body: reply.body,
      status: reply.status,
      moderationNote: reply.moderationNote,
      createdAt: reply.createdAt,
    }));
}

function nameFor(reader: Reader, author: { name: string; role: StoredUpdate['authorRole'] }) {
  return nameAsSeenBy(reader.party, author, reader.isHomeConfidential);
}
