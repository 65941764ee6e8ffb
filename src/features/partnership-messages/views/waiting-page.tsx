// The worker's page of what waits to be read before it is passed on: each message or reply with
// its two decisions side by side. A reason is needed to keep one back: its author will read it.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, fieldId, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/views/child-tabs.tsx';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { Waiting, WaitingMessage } from '../moderation-service.ts';
import { MAX_REASON } from '../schemas.ts';

/** A reject form sent without a good reason, shown again beside its message. */
export type FailedDecision = { messageId: string; values: FormValues; errors: FieldErrors };

/** The address of a decision on a waiting message. */
export const decisionPath = (childId: string, messageId: string, decision: 'deliver' | 'reject') =>
  `/children/${childId}/family/messages/${messageId}/${decision}`;

// Every message has its own reason box, so each needs its own id (one page, many forms).
const reasonField = (messageId: string) => `reason-${messageId}`;

function ReasonField(props: {
  messageId: string;
  value?: string | undefined;
  error?: string | undefined;
}) {
  const id = fieldId(reasonField(props.messageId));
  const described = [`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        Why is it not passed on?
      </label>
      <p class="field__hint" id={`${id}-hint`}>
        The person who wrote it will read this. Up to {MAX_REASON} characters.
      </p>
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      ) : null}
      <textarea
        class="input textarea"
        id={id}
        name="reason"
        rows={3}
        aria-describedby={described}
        aria-invalid={props.error ? 'true' : undefined}
        value={props.value ?? ''}
      />
    </div>
  );
}

function WaitingItem(props: {
  message: WaitingMessage;
  childId: string;
  context: PageContext;
  failed: FailedDecision | undefined;
}) {
  const { message, context, childId } = props;
  const failed = props.failed?.messageId === message.id ? props.failed : undefined;
  return (
    <li>
      <article class="voice-entry" aria-label={`Message from ${message.authorName}`}>
        <p class="voice-entry__meta">
          <strong>{message.authorName}</strong>
          {' · '}
          <time dateTime={message.sentAt.toISOString()}>
            {formatInstant(message.sentAt, context.timeZone, context.locale)}
          </time>
        </p>
        {message.updateHref ? (
          <p class="voice-entry__meta">
            A reply to an update. <a href={message.updateHref}>Read the update</a>
          </p>
        ) : null}
        {message.body ? <p class="preserve-lines">{message.body}</p> : null}
        {message.picture ? (
          <p class="story-entry__photo">
            <img src={message.picture.href} alt={message.picture.alt} loading="lazy" />
          </p>
        ) : null}
        <Form action={decisionPath(childId, message.id, 'deliver')} csrfToken={context.csrfToken}>
          <Button>Deliver</Button>
        </Form>
        <Form action={decisionPath(childId, message.id, 'reject')} csrfToken={context.csrfToken}>
          <ReasonField
            messageId={message.id}
            value={failed?.values.reason}
            error={failed?.errors[reasonField(message.id)]}
          />
          <Button variant="secondary">Don’t pass on</Button>
        </Form>
      </article>
    </li>
  );
}

/** The errors of a failed decision, keyed by the reason box they belong to. */
export function reasonErrors(messageId: string, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      field === 'reason' ? reasonField(messageId) : field,
      message,
    ]),
  );
}

/** "Waiting to be passed on": every message about the child a worker has not read yet. */
export function WaitingPage(props: {
  context: PageContext;
  waiting: Waiting;
  failed?: FailedDecision | undefined;
}) {
  const { context, waiting } = props;
  const { child } = waiting;
  const title = `Messages about ${child.knownAs} waiting to be read`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.failed ? `Error: ${title}` : undefined}
      beforeHeading={
        <Breadcrumbs
          items={[
            {
              href: partnershipPaths.messages('staff', child.id),
              label: `Messages about ${child.knownAs}`,
            },
          ]}
        />
      }
    >
      <ChildTabs childId={child.id} current="family" />
      <ErrorSummary
        errors={props.failed?.errors}
        isUnlinked={!waiting.messages.some((message) => message.id === props.failed?.messageId)}
      />
      <p class="lead">
        These come from a parent whose messages a worker reads first. Deliver each one that is safe
        to pass on, or keep it back and say why: its author will read your reason. Nobody else sees
        a message that is kept back.
      </p>
      {waiting.messages.length === 0 ? (
        <p class="empty">Nothing is waiting. Every message about {child.knownAs} has been read.</p>
      ) : (
        <ol class="voice-list list-plain">
          {waiting.messages.map((message) => (
            <WaitingItem
              key={message.id}
              message={message}
              childId={child.id}
              context={context}
              failed={props.failed}
            />
          ))}
        </ol>
      )}
    </Page>
  );
}
