// Planning family time, or changing a plan: when, how, where, supervision, how the child gets
// there, what the family should know, and which parents are invited.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { FAMILY_TIME_KINDS } from '../../partnership/vocabulary.ts';
import type { PlanForm } from '../plan-service.ts';
import { MAX_NOTES_FOR_FAMILY, MAX_SUPERVISED_BY, MAX_TRANSPORT, MAX_VENUE } from '../schemas.ts';
import { FamilyTimeFrame } from './frame.tsx';
import { familyTimePaths } from './paths.ts';

/** What the form shows again after a problem: the typed values and the ticked invitees. */
export type PlanAttempt = { values: FormValues; invitees: string[]; errors: FieldErrors };

/** The plan form; `sessionId` set when changing a session. */
export function PlanPage(props: {
  context: PageContext;
  form: PlanForm;
  sessionId: string | null;
  attempt?: PlanAttempt;
}) {
  const { context, form, sessionId, attempt } = props;
  const { child } = form;
  const values = attempt?.values ?? form.current?.values ?? { is_supervised: 'yes' };
  const invitees = attempt?.invitees ?? form.current?.invitees ?? [];
  const errors = attempt?.errors;
  const title = sessionId ? 'Change family time' : 'Plan family time';
  return (
    <FamilyTimeFrame
      context={context}
      child={child}
      party="staff"
      title={title}
      hasErrors={Boolean(errors)}
      isUnderList
    >
      <ErrorSummary errors={errors} />
      <p class="lead">
        Times are in the agency’s time zone ({context.timeZone}). The parents you invite, the carers
        and the supervising social worker get an email saying family time is planned, with no
        details in it.
      </p>
      <Form
        action={
          sessionId ? familyTimePaths.change(child.id, sessionId) : familyTimePaths.plan(child.id)
        }
        csrfToken={context.csrfToken}
      >
        <TextField
          name="date"
          label="Date"
          type="date"
          width="medium"
          value={values['date']}
          error={errors?.['date']}
        />
        <TextField
          name="start_time"
          label="Starts at"
          hint="24-hour clock, like 16:00"
          width="short"
          inputmode="numeric"
          value={values['start_time']}
          error={errors?.['start_time']}
        />
        <TextField
          name="end_time"
          label="Ends at"
          hint="24-hour clock, like 17:30"
          width="short"
          inputmode="numeric"
          value={values['end_time']}
          error={errors?.['end_time']}
        />
        <SelectField
          name="kind"
          label="How the family will meet"
          options={[
            { value: '', label: 'Choose one' },
            ...FAMILY_TIME_KINDS.map((kind) => ({ value: kind.code, label: kind.label })),
          ]}
          value={values['kind']}
          error={errors?.['kind']}
        />
        <TextField
          name="venue"
          label="Where"
          hint={`Needed for meeting in person: a family centre, a park, a café. Never the carers’ home when ${child.knownAs}’s home is confidential. Up to ${MAX_VENUE} characters.`}
          value={values['venue']}
          error={errors?.['venue']}
        />
        <ChoicesField
          type="radio"
          name="is_supervised"
          legend="Is it supervised?"
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          chosen={values['is_supervised'] ? [values['is_supervised']] : []}
          error={errors?.['is_supervised']}
        />
        <TextField
          name="supervised_by"
          label="Who supervises"
          hint={`If it is supervised. The family will see this. Up to ${MAX_SUPERVISED_BY} characters.`}
          value={values['supervised_by']}
          error={errors?.['supervised_by']}
        />
        <TextAreaField
          name="transport"
          label={`How ${child.knownAs} gets there and back`}
          hint={`Only staff and the carers see this. Up to ${MAX_TRANSPORT} characters.`}
          rows={3}
          value={values['transport']}
          error={errors?.['transport']}
        />
        <TextAreaField
          name="notes_for_family"
          label="Notes for the family"
          hint={`What the family should know or bring. Up to ${MAX_NOTES_FOR_FAMILY.toLocaleString('en-GB')} characters.`}
          rows={4}
          value={values['notes_for_family']}
          error={errors?.['notes_for_family']}
        />
        {form.parents.length === 0 ? (
          <p class="field__error" id="field-invitees">
            No parent is in {child.knownAs}’s space at the moment, so nobody can be invited.
          </p>
        ) : (
          <ChoicesField
            type="checkbox"
            name="invitees"
            legend="Who is invited"
            hint="Only parents who are in the space can be invited."
            options={form.parents.map((parent) => ({ value: parent.userId, label: parent.name }))}
            chosen={invitees}
            error={errors?.['invitees']}
          />
        )}
        <SendAnyway errors={errors} />
        <Button>{sessionId ? 'Save the changes' : 'Plan family time'}</Button>
      </Form>
    </FamilyTimeFrame>
  );
}
