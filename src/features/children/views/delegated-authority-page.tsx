import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { ChildHeading } from '../child-access.ts';
import { DECIDERS, DELEGATED_TOPICS } from '../relations-schemas.ts';
import type { readDelegatedAuthority } from '../relations-service.ts';
import { RecordFrame } from './record-frame.tsx';

type Decisions = Awaited<ReturnType<typeof readDelegatedAuthority>>['decisions'];

/** The form's fields filled in from the decisions recorded. */
export function delegatedAuthorityValues(decisions: Decisions): FormValues {
  const values: FormValues = {};
  for (const decision of decisions) {
    values[`decidedBy_${decision.topic}`] = decision.decidedBy;
    values[`notes_${decision.topic}`] = decision.notes;
  }
  return values;
}

/** One form for who decides what in a child's everyday life. */
export function DelegatedAuthorityPage(props: {
  context: PageContext;
  child: ChildHeading;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, child, values, errors } = props;
  return (
    <RecordFrame
      context={context}
      child={child}
      title={`Who decides what for ${child.knownAs}`}
      hasErrors={Boolean(errors)}
    >
      <p>
        Agreed in the placement plan with the child’s social worker and, where they can be, the
        birth parents. Leave a topic as not agreed yet until it is.
      </p>
      <ErrorSummary errors={errors} />
      <Form action={`/children/${child.id}/delegated-authority`} csrfToken={context.csrfToken}>
        {DELEGATED_TOPICS.map(({ topic, label }) => (
          <fieldset class="choices" key={topic}>
            <legend class="field__label choices__legend">{label}</legend>
            <SelectField
              name={`decidedBy_${topic}`}
              label="Who decides"
              options={[{ value: '', label: 'Not agreed yet' }, ...DECIDERS]}
              value={values[`decidedBy_${topic}`]}
              error={errors?.[`decidedBy_${topic}`]}
            />
            <TextField
              name={`notes_${topic}`}
              label="Notes (optional)"
              value={values[`notes_${topic}`]}
              error={errors?.[`notes_${topic}`]}
            />
          </fieldset>
        ))}
        <Button>Save who decides what</Button>
      </Form>
    </RecordFrame>
  );
}
