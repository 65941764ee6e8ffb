import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  Checkbox,
  ChoicesField,
  ErrorSummary,
  Form,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { VoiceEntry } from '../entries.ts';
import { MAX_VOICE } from '../schemas.ts';
import { OWN_KINDS, ownKindLabel, whoSees } from '../words.ts';

/** Where the young person's own voice lives. */
export const OWN_VOICE_PATH = '/my/voice';

/**
 * The young person's voice, phone first: a short form to tell people something or ask a question,
 * then what they wrote, who can see each one, and the answers.
 */
export function OwnVoicePage(props: {
  context: PageContext;
  entries: VoiceEntry[];
  /** What was sent, when the form is shown again with its problems. */
  values?: FormValues;
  errors?: FieldErrors;
  /** The problem came from a button in the list (who sees an entry), not from the form. */
  isListProblem?: boolean;
}) {
  const { context, entries } = props;
  const values = props.isListProblem ? {} : (props.values ?? {});
  const errors = props.isListProblem ? {} : (props.errors ?? {});
  return (
    <Page
      context={context}
      title="Your voice"
      documentTitle={props.errors ? 'Error: Your voice' : undefined}
      width="narrow"
    >
      <ErrorSummary errors={props.errors} isUnlinked={props.isListProblem} />
      <p class="lead">
        Tell people what matters to you, or ask something you want to know. Your worker reads
        everything you write here.
      </p>
      <Form action={OWN_VOICE_PATH} csrfToken={context.csrfToken} class="voice-form">
        <ChoicesField
          type="radio"
          name="kind"
          legend="What would you like to write?"
          options={OWN_KINDS.map((kind) => ({ value: kind.code, label: kind.label }))}
          chosen={[values.kind ?? '']}
          error={errors.kind}
        />
        <TextAreaField
          name="body"
          label="Write it here"
          hint={`Say it in your own words. Up to ${MAX_VOICE.toLocaleString('en-GB')} characters.`}
          rows={6}
          value={values.body}
          error={errors.body}
          spellcheck
        />
        <Checkbox
          name="isSharedWithCarers"
          label="Let my carers see this"
          hint="Your worker always sees what you write. Your carers see it only if you tick this. You can change it later."
          isChecked={values.isSharedWithCarers === 'yes'}
        />
        <Button>Send</Button>
      </Form>

      <h2>What you have written</h2>
      {entries.length === 0 ? (
        <p>Nothing yet. What you write will show here, newest first.</p>
      ) : (
        <ul class="list-plain voice-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <OwnEntry context={context} entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function OwnEntry({ context, entry }: { context: PageContext; entry: VoiceEntry }) {
  const written = formatDate(entry.writtenOn, context.locale);
  return (
    <article class="voice-entry">
      <h3 class="voice-entry__title">{ownKindLabel(entry.kind)}</h3>
      <p class="voice-entry__meta">You wrote this on {written}.</p>
      <p class="preserve-lines">{entry.body}</p>
      {entry.answer ? (
        <div class="voice-answer">
          <p class="voice-answer__who">
            {entry.answer.byName} answered on {formatDate(entry.answer.on, context.locale)}:
          </p>
          <p class="preserve-lines">{entry.answer.text}</p>
        </div>
      ) : entry.kind === 'question' ? (
        <p class="voice-entry__meta">Waiting for an answer from your worker.</p>
      ) : null}
      <p>
        <strong>Who can see this:</strong> {whoSees(entry.isSharedWithCarers)}
      </p>
      <Form action={`${OWN_VOICE_PATH}/${entry.id}/sharing`} csrfToken={context.csrfToken}>
        <Button name="share" value={entry.isSharedWithCarers ? 'no' : 'yes'} variant="secondary">
          {entry.isSharedWithCarers ? 'Stop my carers seeing this' : 'Let my carers see this'}
          <span class="visually-hidden"> (what you wrote on {written})</span>
        </Button>
      </Form>
    </article>
  );
}
