import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ButtonLink,
  Form,
  SelectField,
  TextField,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { ProspectRecord } from '../service.ts';
import { isOpenStage, nextStepFrom } from '../stages.ts';
import { stageLabel } from '../words.ts';

/** The forms on the record page; when one was sent with mistakes, it comes back with them. */
export type RecordForm = 'officer' | 'nextAction' | 'note' | 'move';
export type Submitted = { form: RecordForm; errors: FieldErrors; values: FormValues };

type FormProps = {
  context: PageContext;
  record: ProspectRecord;
  submitted?: Submitted | undefined;
};

// The typed values and errors of this form, when it is the one that was sent back.
function sentBack(submitted: Submitted | undefined, form: RecordForm) {
  return submitted?.form === form
    ? { values: submitted.values, errors: submitted.errors }
    : { values: undefined, errors: {} as FieldErrors };
}

/** What moves them on from here: a button, the panel, the decision, or nothing (closed). */
export function NextStepSection({ context, record, submitted }: FormProps) {
  const { prospect, abilities } = record;
  const step = nextStepFrom(prospect.stage);
  const { values, errors } = sentBack(submitted, 'move');
  const action = `/recruitment/${prospect.id}`;
  return (
    <section aria-labelledby="next-step">
      <h2 id="next-step">Next step</h2>
      {step.kind === 'move' && abilities.canUpdate ? (
        <Form action={`${action}/stage`} csrfToken={context.csrfToken}>
          <input type="hidden" name="fromStage" value={prospect.stage} />
          {step.to === 'application' ? (
            <TextField
              name="appliedOn"
              label="Date of the application"
              hint="The panel is due within 8 months of this date."
              type="date"
              width="medium"
              value={values?.appliedOn ?? record.today}
              error={errors.appliedOn}
            />
          ) : null}
          <Button>Move to {stageLabel(step.to).toLowerCase()}</Button>
        </Form>
      ) : null}
      {step.kind === 'move' && step.to === 'panel' && abilities.canUpdate ? (
        <p class="muted">
          Or put them on a <a href="/recruitment/panels">panel meeting’s agenda</a>, which moves
          them on and sets their panel date.
        </p>
      ) : null}
      {step.kind === 'panel_recommendation' ? (
        <p>
          {prospect.panelOn
            ? `The panel hears them on ${formatDate(prospect.panelOn, context.locale)}. `
            : 'They are not on a panel meeting’s agenda yet. '}
          Recording the panel’s recommendation on the{' '}
          <a
            href={
              record.panelItems[0]
                ? `/recruitment/panels/${record.panelItems[0].panelId}`
                : '/recruitment/panels'
            }
          >
            panel meeting’s page
          </a>{' '}
          moves them on to the agency decision.
        </p>
      ) : null}
      {step.kind === 'decision' ? (
        abilities.canDecide ? (
          <ButtonLink href={`${action}/decision`}>Record the agency decision</ButtonLink>
        ) : (
          <p>Waiting for the agency decision maker (the registered manager) to decide.</p>
        )
      ) : null}
      {step.kind === 'none' ? <p>{stageLabel(prospect.stage)}: there is no next step.</p> : null}
      {isOpenStage(prospect.stage) && abilities.canUpdate ? (
        <p>
          <a href={`${action}/withdraw`}>Withdraw, or end the assessment</a>
        </p>
      ) : null}
    </section>
  );
}

/** Who looks after their recruitment. */
export function OfficerForm({ context, record, submitted }: FormProps) {
  const { values, errors } = sentBack(submitted, 'officer');
  return (
    <Form action={`/recruitment/${record.prospect.id}/officer`} csrfToken={context.csrfToken}>
      <SelectField
        name="officerId"
        label="Looked after by"
        value={values?.officerId ?? record.prospect.officerId ?? ''}
        error={errors.officerId}
        options={[
          { value: '', label: 'Nobody yet' },
          ...record.staff.map((person) => ({ value: person.id, label: person.name })),
        ]}
      />
      <Button variant="secondary">Save who looks after them</Button>
    </Form>
  );
}

/** What is to be done next, and by when. */
export function NextActionForm({ context, record, submitted }: FormProps) {
  const { values, errors } = sentBack(submitted, 'nextAction');
  return (
    <Form action={`/recruitment/${record.prospect.id}/next-action`} csrfToken={context.csrfToken}>
      <TextField
        name="nextAction"
        label="Next action"
        hint="For example: call back on Tuesday evening, send the application form."
        value={values?.nextAction ?? record.prospect.nextAction}
        error={errors.nextAction}
      />
      <TextField
        name="nextActionOn"
        label="By when"
        type="date"
        width="medium"
        value={values?.nextActionOn ?? record.prospect.nextActionOn ?? ''}
        error={errors.nextActionOn}
      />
      <Button variant="secondary">Save the next action</Button>
    </Form>
  );
}

/** A note for the timeline. */
export function NoteForm({ context, record, submitted }: FormProps) {
  const { values, errors } = sentBack(submitted, 'note');
  return (
    <Form action={`/recruitment/${record.prospect.id}/notes`} csrfToken={context.csrfToken}>
      <TextAreaField
        name="noteBody"
        label="Add a note"
        hint="A call, a visit, something to remember. Notes cannot be changed afterwards."
        value={values?.noteBody}
        error={errors.noteBody}
      />
      <Button variant="secondary">Add the note</Button>
    </Form>
  );
}
