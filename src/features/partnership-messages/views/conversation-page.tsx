// The conversation about a child, for everyone in the space: on the child's record for staff and
// carers (with the record's tabs), and on a phone-first page of their own for parents.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs, NotificationBanner } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/views/child-tabs.tsx';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { Conversation } from '../conversation-service.ts';
import { MessageForm } from './message-form.tsx';
import { MessageItem } from './message-item.tsx';

/** What the page says before the conversation, for each side of the partnership. */
function Intro(props: { conversation: Conversation }) {
  const { conversation } = props;
  const name = conversation.child.knownAs;
  if (conversation.party === 'parent') {
    return (
      <p class="lead">
        Talk with the people looking after {name} and with {name}’s worker. Everyone here reads the
        same messages.
        {conversation.isReviewed
          ? ' A worker reads each of your messages first, then passes it on.'
          : ''}
      </p>
    );
  }
  return (
    <p class="lead">
      The conversation between {name}’s family, carers and worker.
      {conversation.isHomeConfidential
        ? ` ${name}’s parents read it too: leave out anything that says where ${name} lives or goes to school.`
        : ''}
    </p>
  );
}

/** "Messages about Mia": the latest messages, oldest first, and the form to write one. */
export function ConversationPage(props: {
  context: PageContext;
  conversation: Conversation;
  values?: FormValues;
  errors?: FieldErrors;
  hadPicture?: boolean;
}) {
  const { context, conversation } = props;
  const { child, party } = conversation;
  const title = `Messages about ${child.knownAs}`;
  const moderationHref =
    conversation.waitingCount === null ? null : partnershipPaths.moderation(child.id);
  const waiting = conversation.waitingCount ?? 0;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.errors ? `Error: ${title}` : undefined}
      width={party === 'parent' ? 'narrow' : 'wide'}
      beforeHeading={
        <Breadcrumbs
          items={[
            {
              href: partnershipPaths.home(party, child.id),
              label:
                party === 'parent'
                  ? `Back to ${child.knownAs}’s page`
                  : `${child.knownAs}’s family`,
            },
          ]}
        />
      }
    >
      {party === 'parent' ? null : <ChildTabs childId={child.id} current="family" />}
      <ErrorSummary errors={props.errors} />
      {moderationHref && waiting > 0 ? (
        <NotificationBanner kind="warning" title="Waiting for a worker">
          <p>
            {waiting === 1
              ? 'One message is waiting to be read before it is passed on. '
              : `${waiting} messages are waiting to be read before they are passed on. `}
            <a href={moderationHref}>Read what is waiting</a>
          </p>
        </NotificationBanner>
      ) : null}
      <Intro conversation={conversation} />
      <section aria-labelledby="conversation">
        <h2 id="conversation" class="heading-m">
          {conversation.isEarlier ? 'Earlier messages' : 'Latest messages'}
        </h2>
        {conversation.earlierHref ? (
          <p>
            <a href={conversation.earlierHref}>Earlier messages</a>
          </p>
        ) : null}
        {conversation.messages.length === 0 ? (
          <p class="empty">
            No messages yet. You could start with a hello, or something {child.knownAs} enjoyed this
            week.
          </p>
        ) : (
          <ol class="voice-list list-plain">
            {conversation.messages.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                party={party}
                context={context}
                moderationHref={moderationHref}
              />
            ))}
          </ol>
        )}
        {conversation.isEarlier ? (
          <p>
            <a href={partnershipPaths.messages(party, child.id)}>Back to the latest messages</a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="write">
        <h2 id="write" class="heading-m">
          Write a message
        </h2>
        <MessageForm
          action={partnershipPaths.messages(party, child.id)}
          csrfToken={context.csrfToken}
          party={party}
          knownAs={child.knownAs}
          values={props.values}
          errors={props.errors}
          hadPicture={props.hadPicture}
        />
      </section>
    </Page>
  );
}
