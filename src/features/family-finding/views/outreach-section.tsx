import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { NotificationBanner, Tag } from '../../../core/ui/components/content.tsx';
import {
  Button,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { isFlagged } from '../../belonging/visibility.ts';
import { CONTACT_STATUSES, OUTREACH_KINDS, labelOf } from '../../belonging/vocabulary.ts';
import type { PersonView } from '../person-service.ts';
import { MAX_TEXT } from '../schemas.ts';
import { outreachPath } from './paths.ts';
import { safetyTag } from './words.ts';

/** The family finding log, oldest first, and the form that adds a step to it. */
export function OutreachSection(props: {
  view: PersonView;
  context: PageContext;
  sent?: { values: FormValues; errors: FieldErrors } | undefined;
}) {
  const { view, context } = props;
  const { person } = view;
  return (
    <section aria-labelledby="finding">
      <h2 id="finding">Family finding</h2>
      <p>
        Each step taken to find and approach {person.name}, oldest first. A letter, call, meeting or
        visit is recorded only after a safety check has cleared contact.
      </p>
      {view.steps.length === 0 ? (
        <p class="empty">No steps recorded yet.</p>
      ) : (
        <ol class="timeline" aria-label={`Steps taken to find ${person.name}`}>
          {view.steps.map((step) => {
            const tag = step.safetyOutcome ? safetyTag(step.safetyOutcome) : null;
            return (
              <li class="record-entry" key={step.id}>
                <h3 class="record-entry__title">
                  {formatDate(step.stepOn, context.locale)}: {labelOf(OUTREACH_KINDS, step.kind)}
                </h3>
                {tag ? (
                  <p>
                    <Tag tone={tag.tone}>{tag.text}</Tag>
                  </p>
                ) : null}
                <p class="preserve-lines">{step.notes}</p>
                {step.outcome ? (
                  <p class="preserve-lines">
                    <strong>Outcome:</strong> {step.outcome}
                  </p>
                ) : null}
                <p class="record-entry__meta">
                  Recorded by {step.recordedByName ?? 'someone no longer with the agency'}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <StepForm {...props} />
    </section>
  );
}

function StepForm({ view, context, sent }: Parameters<typeof OutreachSection>[0]) {
  const { child, person } = view;
  const values = sent?.values ?? { stepOn: view.today };
  const errors = sent?.errors ?? {};
  return (
    <>
      <h3 id="record-step">Record a step</h3>
      {isFlagged(person) ? (
        <NotificationBanner kind="warning" title="Flagged for safeguarding">
          <p>
            You can record searches and safety checks for {person.name}, but not a letter, call,
            meeting or visit.
          </p>
        </NotificationBanner>
      ) : null}
      <Form action={outreachPath(child.id, person.id)} csrfToken={context.csrfToken}>
        <TextField
          name="stepOn"
          type="date"
          label="Date of the step"
          hint="Today or earlier."
          width="medium"
          value={values.stepOn}
          error={errors.stepOn}
        />
        <SelectField
          name="kind"
          label="What kind of step"
          options={[
            { value: '', label: 'Choose a step' },
            ...OUTREACH_KINDS.map((kind) => ({ value: kind.code, label: kind.label })),
          ]}
          value={values.kind}
          error={errors.kind}
        />
        <SelectField
          name="safetyOutcome"
          label="Safety check outcome"
          hint="Only for a safety check."
          options={[
            { value: '', label: 'Not a safety check' },
            { value: 'cleared', label: 'Cleared: contact can go ahead' },
            { value: 'concerns', label: 'Concerns: no contact' },
          ]}
          value={values.safetyOutcome}
          error={errors.safetyOutcome}
        />
        <TextAreaField
          name="notes"
          label="What was done"
          hint={`Who did what, and what they found. Up to ${MAX_TEXT.toLocaleString('en-GB')} characters.`}
          rows={4}
          value={values.notes}
          error={errors.notes}
          spellcheck
        />
        <TextAreaField
          name="outcome"
          label="Outcome (optional)"
          hint="What came of it, and what happens next."
          rows={3}
          value={values.outcome}
          error={errors.outcome}
          spellcheck
        />
        <SelectField
          name="contactStatus"
          label={`${person.name}’s contact status after this step`}
          options={[
            {
              value: '',
              label: `Leave as it is (${labelOf(CONTACT_STATUSES, person.contactStatus)})`,
            },
            ...CONTACT_STATUSES.map((status) => ({ value: status.code, label: status.label })),
          ]}
          value={values.contactStatus}
          error={errors.contactStatus}
        />
        <Button>Record the step</Button>
      </Form>
    </>
  );
}
