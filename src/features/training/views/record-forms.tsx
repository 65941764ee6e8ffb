import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  Checkbox,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { TrainingRecord } from '../record-service.ts';
import { traineeName } from '../trainees.ts';
import { carerCompletionsPath, carerSignOffPath } from './paths.ts';

type FormProps = {
  context: PageContext;
  record: TrainingRecord;
  values: FormValues;
  errors: FieldErrors | undefined;
};

/** The supervising social worker's form for signing off one standard, with the evidence seen. */
export function SignOffForm(props: FormProps) {
  const { record, values, errors } = props;
  const both = record.abilities.canSignOffBoth
    ? record.coCarers.map(traineeName).join(' and ')
    : null;
  // With a shared workbook a standard signed off here may still be open for the other carer.
  const choices = record.standards.filter((entry) =>
    both ? record.householdOpenStandards.includes(entry.standard) : !entry.signOff,
  );
  if (choices.length === 0) return <p>Every standard is signed off.</p>;
  return (
    <div>
      <h3 class="heading-m" id="sign-off">
        Sign off a standard
      </h3>
      <Form action={carerSignOffPath(record.trainee.id)} csrfToken={props.context.csrfToken}>
        <SelectField
          name="standard"
          label="Standard"
          options={[
            { value: '', label: 'Choose a standard' },
            ...choices.map((entry) => ({
              value: String(entry.standard),
              label: `${entry.standard}. ${entry.name}`,
            })),
          ]}
          value={values.standard}
          error={errors?.standard}
        />
        <TextField
          name="signedOffOn"
          label="Date signed off"
          type="date"
          width="medium"
          hint="Today, or the day you saw the evidence. Not in the future."
          value={values.signedOffOn ?? record.today}
          error={errors?.signedOffOn}
        />
        <TextAreaField
          name="evidence"
          label="Evidence you saw"
          hint="A short note, like “Workbook section 3, and how they kept Mia safe online”."
          rows={3}
          value={values.evidence}
          error={errors?.evidence}
        />
        {both ? (
          <Checkbox
            name="both"
            label={`Sign off for ${both} too`}
            hint="They keep one shared workbook; each carer gets their own sign-off."
            isChecked={values.both === 'yes'}
          />
        ) : null}
        {errors?.both ? <p class="field__error">{errors.both}</p> : null}
        <Button>Sign off standard</Button>
      </Form>
    </div>
  );
}

/** Staff's form for a course the carer completed elsewhere, from its certificate. */
export function RecordCompletionForm(props: FormProps) {
  const { record, values, errors } = props;
  return (
    <div>
      <h2 class="heading-l" id="record-completion">
        Record training done elsewhere
      </h2>
      <p>For a course the carer has a certificate for from another agency or provider.</p>
      <Form action={carerCompletionsPath(record.trainee.id)} csrfToken={props.context.csrfToken}>
        <SelectField
          name="courseId"
          label="Course"
          options={[
            { value: '', label: 'Choose a course' },
            ...record.courses.map((course) => ({ value: course.id, label: course.title })),
          ]}
          value={values.courseId}
          error={errors?.courseId}
        />
        <TextField
          name="completedOn"
          label="Date completed"
          type="date"
          width="medium"
          hint="The date on the certificate. Not in the future, and not before 1990."
          value={values.completedOn}
          error={errors?.completedOn}
        />
        <Button>Record course</Button>
      </Form>
    </div>
  );
}
