import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs, NotificationBanner } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  fieldId,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { Connection } from '../../belonging/connection-store.ts';
import { COMMITMENTS, commitmentField } from '../commitments.ts';
import type { PactForm } from '../pact-service.ts';
import { MAX_TEXT } from '../schemas.ts';
import { pactPath, peoplePath, personPath } from './paths.ts';

/** Recording or changing a person's permanency pact; refused, with the reason, for some people. */
export function PactPage(props: {
  context: PageContext;
  form: PactForm;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, form } = props;
  const { child, person } = form;
  const title = `Permanency pact with ${person.name}`;
  // A refusal of the whole pact has no field to point at; its message stands alone.
  const { pact: refusal, ...fieldErrors } = props.errors ?? {};
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.errors ? `Error: ${title}` : undefined}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: peoplePath(child.id), label: `${child.knownAs}’s people` },
            { href: personPath(child.id, person.id), label: person.name },
          ]}
        />
      }
    >
      {refusal ? (
        <ErrorSummary errors={{ pact: refusal }} isUnlinked />
      ) : (
        <ErrorSummary errors={fieldErrors} />
      )}
      {form.whyNoPact ? (
        <NotificationBanner kind="warning" title="A pact cannot be recorded">
          <p>{form.whyNoPact}</p>
          <p>
            <a href={personPath(child.id, person.id)}>Back to {person.name}</a>
          </p>
        </NotificationBanner>
      ) : (
        <PactFields
          context={context}
          form={form}
          values={props.values ?? valuesOf(person, form.today)}
          errors={fieldErrors}
        />
      )}
    </Page>
  );
}

function PactFields(props: {
  context: PageContext;
  form: PactForm;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { context, form, values, errors } = props;
  const { child, person } = form;
  return (
    <Form action={pactPath(child.id, person.id)} csrfToken={context.csrfToken}>
      <p>
        A pact is {person.name}’s promise to stay part of {child.knownAs}’s life, whatever happens
        with care. Once it is agreed, {person.name} counts as one of {child.knownAs}’s committed
        adults.
      </p>
      <CommitmentChoices name={person.name} values={values} error={errors.commitments} />
      <TextAreaField
        name="inTheirWords"
        label="In their own words"
        hint={`What ${person.name} promises, as they said or wrote it. Up to ${MAX_TEXT.toLocaleString('en-GB')} characters.`}
        rows={6}
        value={values.inTheirWords}
        error={errors.inTheirWords}
        spellcheck
      />
      <TextField
        name="agreedOn"
        type="date"
        label="Agreed on"
        hint="Today or earlier."
        width="medium"
        value={values.agreedOn}
        error={errors.agreedOn}
      />
      <TextField
        name="endedOn"
        type="date"
        label="Ended on (optional)"
        hint="Only if the pact has come to an end. Leave it blank while it lasts."
        width="medium"
        value={values.endedOn}
        error={errors.endedOn}
      />
      <Button>Save the pact</Button>
    </Form>
  );
}

// One checkbox per commitment, each its own field; the first carries the group's id, so the
// error summary's link for "tick at least one" lands on it.
function CommitmentChoices(props: {
  name: string;
  values: FormValues;
  error?: string | undefined;
}) {
  const id = fieldId('commitments');
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <fieldset class="choices" aria-describedby={errorId}>
        <legend class="field__label choices__legend">What does {props.name} commit to?</legend>
        {props.error ? (
          <p class="field__error" id={errorId}>
            <span class="visually-hidden">Error: </span>
            {props.error}
          </p>
        ) : null}
        {COMMITMENTS.map((commitment, index) => {
          const field = commitmentField(commitment.code);
          const optionId = index === 0 ? id : fieldId(field);
          return (
            <div class="checkbox" key={commitment.code}>
              <input
                class="checkbox__input"
                type="checkbox"
                id={optionId}
                name={field}
                value="yes"
                checked={props.values[field] === 'yes'}
              />
              <label class="checkbox__label" for={optionId}>
                {commitment.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

// The pact as it stands, for changing it; a first pact starts from today.
function valuesOf(person: Connection, today: string): FormValues {
  if (!person.pactAgreedOn) return { agreedOn: today };
  return {
    inTheirWords: person.pactInTheirWords ?? '',
    agreedOn: person.pactAgreedOn,
    endedOn: person.pactEndedOn ?? '',
    ...Object.fromEntries(
      (person.pactCommitments ?? []).map((code) => [commitmentField(code), 'yes']),
    ),
  };
}
