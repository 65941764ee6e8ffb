// One update as every page shows it: what it is about, the day, who wrote it, the photo, the words,
// the reactions, the replies and whether it is in the child's life story.
import { formatDate } from '../../../core/time/dates.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { Party } from '../../partnership/space.ts';
import { REACTIONS, labelOf } from '../../partnership/vocabulary.ts';
import type { UpdateCard } from '../update-cards.ts';

/** "Something fun, 14 November 2026": how an update is headed and linked. */
export function updateHeading(update: UpdateCard, context: PageContext): string {
  return `${update.topicLabel}, ${formatDate(update.happenedOn, context.locale)}`;
}

/** One update; on the list its heading links to the update and its replies. */
export function UpdateItem(props: {
  update: UpdateCard;
  childId: string;
  knownAs: string;
  party: Party;
  context: PageContext;
  headingLevel: 2 | 3;
  isLinked: boolean;
}) {
  const { update, childId, party, context } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const href = partnershipPaths.update(party, childId, update.id);
  const heading = updateHeading(update, context);
  return (
    <article class="story-entry">
      <Heading class="story-entry__title">
        {props.isLinked ? <a href={href}>{heading}</a> : heading}
      </Heading>
      <p class="story-entry__by">{update.isOwn ? 'From you' : `From ${update.authorName}`}</p>
      {update.wasWarned ? (
        <p class="story-entry__status">
          <Tag tone="due">Sent after a warning about where the child lives</Tag>
        </p>
      ) : null}
      {update.photoAlt ? (
        <p class="story-entry__photo">
          <img
            src={partnershipPaths.updatePhoto(party, childId, update.id)}
            alt={update.photoAlt}
            loading="lazy"
          />
        </p>
      ) : null}
      <p class="preserve-lines">{update.body}</p>
      {update.reactions.length > 0 ? (
        <p>
          <span class="visually-hidden">Reactions: </span>
          {update.reactions.map((reaction) => `${reaction.name}: ${reaction.label}`).join(' · ')}
        </p>
      ) : null}
      {update.ownReaction ? <p>Your reaction: {labelOf(REACTIONS, update.ownReaction)}</p> : null}
      {props.isLinked ? (
        <p>
          <a href={href}>
            {replyWords(update.replyCount)}
            <span class="visually-hidden"> to “{heading}”</span>
          </a>
        </p>
      ) : null}
      {update.lifeStoryHref ? (
        <p class="story-entry__status">
          <Tag tone="good">In {props.knownAs}’s life story</Tag>{' '}
          <a href={update.lifeStoryHref}>See it in {props.knownAs}’s story</a>
        </p>
      ) : null}
    </article>
  );
}

function replyWords(count: number): string {
  if (count === 0) return 'Reply';
  return count === 1 ? '1 reply' : `${count} replies`;
}
