import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  SelectField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ageOn } from '../../../core/time/dates.ts';
import type { readSiblings } from '../relations-service.ts';
import { RecordFrame } from './record-frame.tsx';
import { childName } from './words.ts';

type Data = Awaited<ReturnType<typeof readSiblings>>;

/** A child's brothers and sisters: who is linked, and linking another. */
export function SiblingsPage(
  props: Data & { context: PageContext; values: FormValues; errors?: FieldErrors | undefined },
) {
  const { context, child, values, errors } = props;
  const base = `/children/${child.id}/siblings`;
  return (
    <RecordFrame
      context={context}
      child={child}
      title={`${child.knownAs}’s brothers and sisters`}
      hasErrors={Boolean(errors)}
    >
      <ErrorSummary errors={errors} />
      {props.siblings.length === 0 ? (
        <p class="empty">No brothers or sisters are linked yet.</p>
      ) : (
        <ul class="list-plain">
          {props.siblings.map((sibling) => (
            <li key={sibling.id}>
              <Form action={`${base}/${sibling.id}/remove`} csrfToken={context.csrfToken}>
                <p>
                  {childName(sibling)}, {ageOn(sibling.dateOfBirth, context.today)} · Plan:{' '}
                  {sibling.isPlacedTogetherPlanned ? 'live together' : 'live apart'}
                </p>
                <Button variant="secondary">
                  Remove the link<span class="visually-hidden"> with {childName(sibling)}</span>
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2>Link a brother or sister</h2>
      {props.candidates.length === 0 ? (
        <p class="empty">There are no other children whose records you can see to link.</p>
      ) : (
        <Form action={base} csrfToken={context.csrfToken}>
          <SelectField
            name="siblingId"
            label="Brother or sister"
            hint="Only children whose records you can see are listed."
            value={values.siblingId}
            error={errors?.siblingId}
            options={[
              { value: '', label: 'Choose a child' },
              ...props.candidates.map((each) => ({
                value: each.id,
                label: `${childName(each)}, ${ageOn(each.dateOfBirth, context.today)}`,
              })),
            ]}
          />
          <ChoicesField
            type="radio"
            name="isTogetherPlanned"
            legend="Should they live together?"
            options={[
              { value: 'yes', label: 'Yes, the plan is for them to live together' },
              { value: 'no', label: 'No, the plan is for them to live apart' },
            ]}
            chosen={[values.isTogetherPlanned ?? '']}
            error={errors?.isTogetherPlanned}
          />
          <Button>Link them</Button>
        </Form>
      )}
      <p>
        <a href={`/children/${child.id}`}>Back to {child.knownAs}’s record</a>
      </p>
    </RecordFrame>
  );
}
