import { Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate, formatInstant } from '../../../core/time/dates.ts';
import type { Entry, EntryComment } from '../entries.ts';
import { kindLabel, kindTone, moodLabel, topicLabel } from '../words.ts';
import { recordPath } from './paths.ts';

/** Whether an event or incident has been read by staff, in words (the colour is never alone). */
export function AcknowledgementTag({ entry, context }: { entry: Entry; context: PageContext }) {
  const ack = entry.acknowledgement;
  if (ack.state === 'not_needed') return null;
  if (ack.state === 'waiting') return <Tag tone="due">Not yet acknowledged</Tag>;
  return (
    <Tag tone="good">
      Acknowledged by {ack.byName}, {formatInstant(ack.at, context.timeZone, context.locale)}
    </Tag>
  );
}

/** Who wrote a record and when, in one line. */
export function WrittenBy({ entry, context }: { entry: Entry; context: PageContext }) {
  return (
    <>
      Written by {entry.isOwn ? 'you' : entry.authorName},{' '}
      {formatInstant(entry.createdAt, context.timeZone, context.locale)}
    </>
  );
}

/** The record's mood and topics, when it has any. */
export function MoodAndTopics({ entry, context }: { entry: Entry; context: PageContext }) {
  const parts = [
    ...(entry.mood ? [moodLabel(entry.mood)] : []),
    ...(entry.topics.length > 0
      ? [`About: ${entry.topics.map((topic) => topicLabel(topic, context.terms)).join(', ')}`]
      : []),
  ];
  return parts.length > 0 ? <p class="record-entry__meta">{parts.join(' · ')}</p> : null;
}

/** Staff's comments under a record, each with who wrote it and when. */
export function CommentList(props: {
  comments: EntryComment[];
  context: PageContext;
  label: string;
}) {
  if (props.comments.length === 0) return null;
  return (
    <ul class="record-comments" aria-label={props.label}>
      {props.comments.map((comment) => (
        <li class="record-comment" key={comment.id}>
          <p class="record-comment__meta">
            <strong>{comment.authorName}</strong>,{' '}
            {formatInstant(comment.createdAt, props.context.timeZone, props.context.locale)}
          </p>
          <p class="preserve-lines">{comment.body}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * One record on a timeline or a list: its date and kind as a heading (an incident stands out),
 * who wrote it, how the day was, what happened, and the comments under it.
 */
export function RecordEntry(props: {
  entry: Entry;
  context: PageContext;
  /** On a list of many children's records, the heading names the child. */
  isChildNamed?: boolean;
  /** The level that keeps the page's headings in order: 3 under a section's heading. */
  headingLevel?: 2 | 3;
}) {
  const { entry, context } = props;
  const date = formatDate(entry.occurredOn, context.locale);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class={`record-entry record-entry--${entry.kind}`}>
      <Heading class="record-entry__title">
        <a href={recordPath(entry.id)}>
          {props.isChildNamed ? `${entry.child.name}, ${date}` : date}
        </a>{' '}
        <Tag tone={kindTone(entry.kind)}>{kindLabel(entry.kind)}</Tag>
      </Heading>
      <p class="record-entry__meta">
        <WrittenBy entry={entry} context={context} />
        {entry.householdName ? ` · ${entry.householdName}` : ''}{' '}
        <AcknowledgementTag entry={entry} context={context} />
      </p>
      <MoodAndTopics entry={entry} context={context} />
      <p class="preserve-lines">{entry.body}</p>
      <CommentList
        comments={entry.comments}
        context={context}
        label={`Comments on the record of ${date}`}
      />
    </article>
  );
}
