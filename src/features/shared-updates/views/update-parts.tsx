// The parts of an update's page under the update itself: reacting, the replies, replying, and
// keeping the update in the child's life story.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import {
  Button,
  Checkbox,
  ChoicesField,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { REACTIONS } from '../../partnership/vocabulary.ts';
import type { UpdateView } from '../read-service.ts';
import { MAX_REPLY } from '../schemas.ts';
import type { ReplyLine } from '../update-cards.ts';
import { reactPath, replyPath, toLifeStoryPath } from './paths.ts';

type Sent = { values: FormValues; errors: FieldErrors } | undefined;
type PartProps = { view: UpdateView; context: PageContext; sent?: Sent };

/** Choosing a reaction, changing it, or taking it back. */
export function ReactForm(props: PartProps) {
  const { view, context, sent } = props;
  const { child, party, update } = view;
  const action = reactPath(party, child.id, update.id);
  const chosen = sent?.values.reaction ?? update.ownReaction ?? '';
  return (
    <section aria-labelledby="react-heading">
      <h2 id="react-heading">{update.ownReaction ? 'Your reaction' : 'React to this update'}</h2>
      <Form action={action} csrfToken={context.csrfToken}>
        <ChoicesField
          type="radio"
          name="reaction"
          legend="How does it make you feel?"
          options={REACTIONS.map((reaction) => ({ value: reaction.code, label: reaction.label }))}
          chosen={[chosen]}
          error={sent?.errors.reaction}
        />
        <Button variant="secondary">
          {update.ownReaction ? 'Change my reaction' : 'Send my reaction'}
        </Button>
      </Form>
      {update.ownReaction ? (
        <Form action={action} csrfToken={context.csrfToken} class="story-inline-form">
          <input type="hidden" name="reaction" value="remove" />
          <Button variant="secondary">Remove my reaction</Button>
        </Form>
      ) : null}
    </section>
  );
}

/** The replies the reader may see, with where each one stands when it is not yet passed on. */
export function RepliesList(props: PartProps) {
  const { view, context } = props;
  return (
    <section aria-labelledby="replies-heading">
      <h2 id="replies-heading">Replies</h2>
      {view.replies.length === 0 ? (
        <p class="empty">No replies yet.</p>
      ) : (
        <ol class="voice-list list-plain">
          {view.replies.map((reply) => (
            <li key={reply.id}>
              <article class="voice-entry">
                <h3 class="voice-entry__title">{reply.isOwn ? 'You' : reply.authorName}</h3>
                <p class="voice-entry__meta">
                  {formatInstant(reply.createdAt, context.timeZone, context.locale)}
                </p>
                <p class="preserve-lines">{reply.body}</p>
                <ReplyStatus reply={reply} view={view} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

// Only the author and staff ever see a reply that is not passed on (delivery.ts decides).
function ReplyStatus(props: { reply: ReplyLine; view: UpdateView }) {
  const { reply, view } = props;
  if (reply.status === 'delivered') return null;
  const isStaff = view.party === 'staff';
  if (reply.status === 'held') {
    return (
      <p class="story-entry__status">
        <Tag tone="due">Waiting for a worker to read it</Tag>
        {isStaff ? (
          <>
            {' '}
            <a href={partnershipPaths.moderation(view.child.id)}>Read it and decide</a>
          </>
        ) : null}
      </p>
    );
  }
  return (
    <p class="story-entry__status">
      <Tag tone="neutral">Not passed on</Tag>{' '}
      {reply.moderationNote ? `Why: ${reply.moderationNote}` : null}
    </p>
  );
}

/** Writing a reply; a reviewed parent is told a worker reads it first. */
export function ReplyForm(props: PartProps) {
  const { view, context, sent } = props;
  const { child, party, update } = view;
  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply</h2>
      <Form action={replyPath(party, child.id, update.id)} csrfToken={context.csrfToken}>
        <TextAreaField
          name="body"
          label="Your reply"
          hint={`${view.isReplyReviewed ? 'A worker reads your reply before it is passed on. ' : ''}Up to ${MAX_REPLY.toLocaleString('en-GB')} characters.`}
          rows={4}
          value={sent?.values.body}
          error={sent?.errors.body}
          spellcheck
        />
        <SendAnyway errors={sent?.errors} />
        <Button>Send my reply</Button>
      </Form>
    </section>
  );
}

/** Keeping the update in the child's life story, for carers and staff, once. */
export function LifeStoryForm(props: PartProps) {
  const { view, context, sent } = props;
  const { child, update } = view;
  if (!view.abilities.canAddToLifeStory) return null;
  return (
    <section aria-labelledby="story-heading">
      <h2 id="story-heading">Keep it in {child.knownAs}’s life story</h2>
      <p>
        {update.photoAlt ? 'The words, the day and the photo' : 'The words and the day'} go into{' '}
        {child.knownAs}’s book, where {child.knownAs} can read them in years to come.
      </p>
      <Form action={toLifeStoryPath(child.id, update.id)} csrfToken={context.csrfToken}>
        <TextField
          name="title"
          label="A title for the story (optional)"
          hint={`Leave it empty to call it “${view.defaultTitle}”.`}
          value={sent?.values.title}
          error={sent?.errors.title}
          spellcheck
        />
        <Checkbox
          name="share"
          label={`Share it with ${child.knownAs}’s family`}
          hint={`${child.knownAs}’s parents will see it on their page of ${child.knownAs}’s story.`}
          isChecked={sent ? sent.values.share === 'yes' : true}
        />
        <Button variant="secondary">Add to {child.knownAs}’s life story</Button>
      </Form>
    </section>
  );
}
