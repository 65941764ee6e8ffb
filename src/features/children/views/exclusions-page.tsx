import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { readExclusions } from '../relations-service.ts';
import { RecordFrame } from './record-frame.tsx';

type Data = Awaited<ReturnType<typeof readExclusions>>;

/** Households a child must never be matched with: staff only. */
export function ExclusionsPage(
  props: Data & { context: PageContext; values: FormValues; errors?: FieldErrors | undefined },
) {
  const { context, child, values, errors } = props;
  const base = `/children/${child.id}/exclusions`;
  return (
    <RecordFrame
      context={context}
      child={child}
      title={`Households ${child.knownAs} must never be matched with`}
      hasErrors={Boolean(errors)}
    >
      <p class="muted">
        Staff only: carers and families do not see this. Matching leaves these households out.
      </p>
      <ErrorSummary errors={errors} />
      {props.exclusions.length === 0 ? (
        <p class="empty">No households are excluded.</p>
      ) : (
        <ul class="list-plain">
          {props.exclusions.map((exclusion) => (
            <li key={exclusion.householdId}>
              <Form
                action={`${base}/${exclusion.householdId}/remove`}
                csrfToken={context.csrfToken}
              >
                <p>
                  <strong>{exclusion.householdName}</strong> · {exclusion.reason}
                </p>
                <Button variant="secondary">
                  Remove<span class="visually-hidden"> {exclusion.householdName}</span>
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2>Add a household</h2>
      <Form action={base} csrfToken={context.csrfToken}>
        <SelectField
          name="householdId"
          label="Household"
          value={values.householdId}
          error={errors?.householdId}
          options={[
            { value: '', label: 'Choose a household' },
            ...props.households.map((each) => ({
              value: each.id,
              label: `${each.name} (${each.reference})`,
            })),
          ]}
        />
        <TextAreaField
          name="reason"
          label="Why they must never be matched"
          rows={3}
          value={values.reason}
          error={errors?.reason}
        />
        <Button>Add the household</Button>
      </Form>
      <p>
        <a href={`/children/${child.id}`}>Back to {child.knownAs}’s record</a>
      </p>
    </RecordFrame>
  );
}
