import { assetUrl } from '../../../core/ui/assets.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  Checkbox,
  ErrorSummary,
  fieldId,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { DRAFT_DAYS } from '../rules.ts';
import { MAX_BODY } from '../schemas.ts';
import type { RecordForm } from '../write-service.ts';
import {
  KINDS,
  MOODS,
  NOTIFIABLE_EXAMPLES,
  TOPICS,
  kindExplanation,
  kindLabel,
  moodLabel,
  topicField,
  topicLabel,
} from '../words.ts';
import { timelinePath } from './paths.ts';

/**
 * The form a carer writes a record with, on a phone as much as anywhere. A small script keeps a
 * draft on the device as it is typed; without it the form works the same, only without the draft.
 */
export function RecordFormPage(props: {
  context: PageContext;
  form: RecordForm;
  /** What was sent, when the form is shown again with its problems. */
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, form } = props;
  const { child } = form;
  const values = props.values ?? { occurredOn: form.today };
  const errors = props.errors ?? {};
  return (
    <Page
      context={context}
      title={`Write about ${child.knownName}`}
      documentTitle={props.errors ? `Error: Write about ${child.knownName}` : undefined}
      width="narrow"
      head={<script src={assetUrl('record-draft.js')} defer />}
      beforeHeading={
        <Breadcrumbs items={[{ href: timelinePath(child.id), label: `${child.name}’s records` }]} />
      }
    >
      <ErrorSummary errors={props.errors} />
      <div
        class="record-draft"
        data-draft-key={form.draftKey}
        data-draft-restore={props.values ? 'no' : 'yes'}
      >
        <Form action={timelinePath(child.id)} csrfToken={context.csrfToken}>
          <KindChoices chosen={values.kind} error={errors.kind} />
          <TextField
            name="occurredOn"
            type="date"
            label="When did it happen?"
            hint={
              // On the child's first day here nothing can be from before, so say so plainly.
              form.earliestLogDate === form.today
                ? `${child.knownName} came to live with you today, so a record can only be for today.`
                : `A daily log can be for today or a day since ${formatDate(form.earliestLogDate, context.locale)}. An event or incident can be from longer ago.`
            }
            width="medium"
            value={values.occurredOn}
            error={errors.occurredOn}
          />
          <ChoicesField
            type="radio"
            name="mood"
            legend={`How was it for ${child.knownName}? (optional)`}
            options={MOODS.map((mood) => ({ value: mood, label: moodLabel(mood) }))}
            chosen={[values.mood ?? '']}
            error={errors.mood}
          />
          <div class="field">
            <fieldset class="choices">
              <legend class="field__label choices__legend">What was it about? (optional)</legend>
              <div class="record-topics">
                {TOPICS.map((topic) => (
                  <Checkbox
                    key={topic.code}
                    name={topicField(topic.code)}
                    label={topicLabel(topic.code, context.terms)}
                    isChecked={values[topicField(topic.code)] === 'yes'}
                  />
                ))}
              </div>
            </fieldset>
          </div>
          <TextAreaField
            name="body"
            label="What happened?"
            hint={`Write it as you would tell ${child.knownName}’s social worker: what happened, how ${child.knownName} was, and what you did. Up to ${MAX_BODY.toLocaleString('en-GB')} characters.`}
            rows={10}
            value={values.body}
            error={errors.body}
            spellcheck
          />
          <p class="field__hint" data-draft-hint hidden>
            What you type is kept on this phone or computer as you go, so nothing is lost if the
            connection drops. It is cleared when you save, and after {DRAFT_DAYS} days.
          </p>
          <p>
            A significant event or notifiable incident goes to your{' '}
            {context.terms.supervisingSocialWorker} as soon as you save it.
          </p>
          <Button>Save the record</Button>
        </Form>
      </div>
    </Page>
  );
}

// Large choices, each with a line that says when to pick it; the incidents are listed in full,
// because choosing wrongly means the agency does not pass on what it must.
function KindChoices(props: { chosen: string | undefined; error: string | undefined }) {
  const id = fieldId('kind');
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <fieldset class="choices" aria-describedby={errorId}>
        <legend class="field__label choices__legend heading-m">What are you recording?</legend>
        {props.error ? (
          <p class="field__error" id={errorId}>
            <span class="visually-hidden">Error: </span>
            {props.error}
          </p>
        ) : null}
        {KINDS.map((kind, index) => {
          const optionId = index === 0 ? id : `${id}-${kind}`;
          return (
            <div class={`record-kind record-kind--${kind}`} key={kind}>
              <div class="checkbox">
                <input
                  class="checkbox__input"
                  type="radio"
                  id={optionId}
                  name="kind"
                  value={kind}
                  checked={props.chosen === kind}
                  aria-describedby={`${optionId}-hint`}
                />
                <label class="checkbox__label" for={optionId}>
                  {kindLabel(kind)}
                </label>
                <p class="field__hint checkbox__hint" id={`${optionId}-hint`}>
                  {kindExplanation(kind)}
                </p>
                {kind === 'notifiable_incident' ? (
                  <ul class="record-kind__examples" aria-label="Notifiable incidents">
                    {NOTIFIABLE_EXAMPLES.map((example) => (
                      <li key={example}>{example}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
