// One message in the conversation: who wrote it and when, its words as written, its picture, who
// has seen it, and, for its author and staff, whether it is still waiting or was not passed on.
import { formatInstant } from '../../../core/time/dates.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { Party } from '../../partnership/space.ts';
import type { ShownMessage } from '../conversation-service.ts';
import { seenByWords } from '../rules.ts';

/** The message's status, in the words of the person looking. */
function MessageStatusNote(props: {
  message: ShownMessage;
  party: Party;
  moderationHref: string | null;
}) {
  const { message } = props;
  const isStaff = props.party === 'staff';
  if (message.status === 'held') {
    return (
      <p class="voice-entry__meta">
        <Tag tone="due">{isStaff ? 'Waiting for a worker' : 'Waiting for a worker to read it'}</Tag>{' '}
        {props.moderationHref ? <a href={props.moderationHref}>Read it and decide</a> : null}
      </p>
    );
  }
  if (message.status === 'rejected') {
    return (
      <>
        <p class="voice-entry__meta">
          <Tag tone="neutral">Not passed on</Tag>
        </p>
        <p class="preserve-lines">
          {message.isOwn ? 'The worker’s reason: ' : 'Reason given: '}
          {message.moderationNote}
        </p>
      </>
    );
  }
  return null;
}

/** A message as a list item of the conversation. */
export function MessageItem(props: {
  message: ShownMessage;
  party: Party;
  context: PageContext;
  /** Where staff who decide on messages read the waiting ones. */
  moderationHref: string | null;
}) {
  const { message, context } = props;
  const seen = seenByWords(message.seenBy);
  return (
    <li>
      <article
        class="voice-entry"
        aria-label={`Message from ${message.isOwn ? 'you' : message.authorName}`}
      >
        <p class="voice-entry__meta">
          <strong>{message.isOwn ? 'You' : message.authorName}</strong>
          {' · '}
          <time dateTime={message.sentAt.toISOString()}>
            {formatInstant(message.sentAt, context.timeZone, context.locale)}
          </time>
        </p>
        {message.body ? <p class="preserve-lines">{message.body}</p> : null}
        {message.picture ? (
          <p class="story-entry__photo">
            <img src={message.picture.href} alt={message.picture.alt} loading="lazy" />
          </p>
        ) : null}
        <MessageStatusNote
          message={message}
          party={props.party}
          moderationHref={props.moderationHref}
        />
        {message.wasWarned ? (
          <p class="voice-entry__meta">
            <Tag tone="info">Sent after a warning about where the child lives</Tag>
          </p>
        ) : null}
        {seen ? <p class="voice-entry__meta">{seen}</p> : null}
      </article>
    </li>
  );
}
