import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs, Tag } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, fieldId, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { ChildTabs } from '../../children/index.ts';
import type { ChildVoice } from '../child-service.ts';
import type { VoiceEntry } from '../entries.ts';
import { MAX_VOICE } from '../schemas.ts';
import { readerKindLabel } from '../words.ts';

/** A worker's answer being written, when it comes back with a problem. */
export type Answering = { voiceId: string; values: FormValues; errors: FieldErrors };

/** The address of a child's voice page. */
export function childVoicePath(childId: string): string {
  return `/children/${childId}/voice`;
}

// Several questions may wait on one page, so each answer box carries the question's id.
const answerField = (voiceId: string) => `answer-${voiceId}`;

/**
 * A young person's words for the adults around them: questions waiting first, then everything
 * else, newest first. Staff who keep the child's record answer the questions here.
 */
export function ChildVoicePage(props: {
  context: PageContext;
  voice: ChildVoice;
  answering?: Answering;
}) {
  const { context, voice, answering } = props;
  const { child } = voice;
  const entryProps = { context, voice, answering };
  const title = `In ${child.knownAs}’s words`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={answering ? `Error: ${title}` : undefined}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/children', label: 'Children' },
            { href: `/children/${child.id}`, label: child.fullName },
          ]}
        />
      }
    >
      <ChildTabs childId={child.id} current="voice" />
      <ErrorSummary
        errors={
          answering
            ? Object.fromEntries(
                Object.values(answering.errors).map((message) => [
                  answerField(answering.voiceId),
                  message,
                ]),
              )
            : undefined
        }
      />
      {voice.viewer === 'carer' ? (
        <p class="lead">
          {child.knownAs} chooses what to share with you. You see only what {child.knownAs} has
          shared with you.
        </p>
      ) : (
        <p class="lead">
          What {child.knownAs} wants people to know, and {child.knownAs}’s questions, written in
          Kinfold. {child.knownAs} chooses whether carers see each one; staff see everything.
        </p>
      )}
      <h2>Waiting for an answer</h2>
      {voice.waiting.length === 0 ? (
        <p>No questions are waiting.</p>
      ) : (
        <ul class="list-plain voice-list">
          {voice.waiting.map((entry) => (
            <li key={entry.id}>
              <ReaderEntry {...entryProps} entry={entry} />
            </li>
          ))}
        </ul>
      )}
      <h2>Everything else, newest first</h2>
      {voice.others.length === 0 ? (
        <p>Nothing else to show.</p>
      ) : (
        <ul class="list-plain voice-list">
          {voice.others.map((entry) => (
            <li key={entry.id}>
              <ReaderEntry {...entryProps} entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function ReaderEntry(props: {
  context: PageContext;
  voice: ChildVoice;
  answering: Answering | undefined;
  entry: VoiceEntry;
}) {
  const { context, voice, entry } = props;
  const isWaiting = entry.kind === 'question' && entry.answer === null;
  return (
    <article class="voice-entry">
      <h3 class="voice-entry__title">
        {readerKindLabel(entry.kind)}{' '}
        {isWaiting ? <Tag tone="due">Waiting for an answer</Tag> : null}
      </h3>
      <p class="voice-entry__meta">
        Written on {formatDate(entry.writtenOn, context.locale)}
        {voice.viewer === 'staff'
          ? entry.isSharedWithCarers
            ? ' · Shared with carers'
            : ' · Not shared with carers'
          : null}
      </p>
      <p class="preserve-lines">{entry.body}</p>
      {entry.answer ? (
        <div class="voice-answer">
          <p class="voice-answer__who">
            {entry.answer.byName} answered on {formatDate(entry.answer.on, context.locale)}:
          </p>
          <p class="preserve-lines">{entry.answer.text}</p>
        </div>
      ) : null}
      {isWaiting && voice.abilities.canAnswer ? (
        <AnswerForm
          context={context}
          childId={voice.child.id}
          knownAs={voice.child.knownAs}
          entry={entry}
          answering={props.answering?.voiceId === entry.id ? props.answering : undefined}
        />
      ) : null}
    </article>
  );
}

function AnswerForm(props: {
  context: PageContext;
  childId: string;
  knownAs: string;
  entry: VoiceEntry;
  answering: Answering | undefined;
}) {
  const id = fieldId(answerField(props.entry.id));
  const error = props.answering?.errors.answer;
  return (
    <Form
      action={`${childVoicePath(props.childId)}/${props.entry.id}/answer`}
      csrfToken={props.context.csrfToken}
    >
      <div class={`field${error ? ' field--error' : ''}`}>
        <label class="field__label" for={id}>
          Your answer
        </label>
        <p class="field__hint" id={`${id}-hint`}>
          {props.knownAs} sees your answer, with your name, on their voice page. Write it as you
          would say it to them. Up to {MAX_VOICE.toLocaleString('en-GB')} characters.
        </p>
        {error ? (
          <p class="field__error" id={`${id}-error`}>
            <span class="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          class="input textarea"
          id={id}
          name="answer"
          rows={4}
          spellcheck
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? 'true' : undefined}
          value={props.answering?.values.answer ?? ''}
        />
      </div>
      <Button>Send the answer</Button>
    </Form>
  );
}
