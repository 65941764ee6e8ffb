import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ErrorSummary,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { readImportantPeople } from '../relations-service.ts';
import { RecordFrame } from './record-frame.tsx';

type Data = Awaited<ReturnType<typeof readImportantPeople>>;

/** The people who matter to a child: who is on the list, and adding someone. */
export function PeoplePage(
  props: Data & { context: PageContext; values: FormValues; errors?: FieldErrors | undefined },
) {
  const { context, child, values, errors } = props;
  const base = `/children/${child.id}/people`;
  return (
    <RecordFrame
      context={context}
      child={child}
      title={`People who matter to ${child.knownAs}`}
      hasErrors={Boolean(errors)}
    >
      <ErrorSummary errors={errors} />
      {props.people.length === 0 ? (
        <p class="empty">No one is recorded yet.</p>
      ) : (
        <ul class="list-plain">
          {props.people.map((person) => (
            <li key={person.id}>
              <Form action={`${base}/${person.id}/remove`} csrfToken={context.csrfToken}>
                <p>
                  <strong>{person.name}</strong> · {person.relationship}
                  {person.notes ? <span class="muted"> · {person.notes}</span> : null}
                </p>
                <Button variant="secondary">
                  Remove<span class="visually-hidden"> {person.name}</span>
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2>Add someone</h2>
      <Form action={base} csrfToken={context.csrfToken}>
        <TextField name="name" label="Name" value={values.name} error={errors?.name} />
        <TextField
          name="relationship"
          label={`Who they are to ${child.knownAs}`}
          hint="For example: Nan, football coach, best friend, former foster carer."
          value={values.relationship}
          error={errors?.relationship}
        />
        <TextAreaField
          name="notes"
          label="Notes (optional)"
          rows={3}
          value={values.notes}
          error={errors?.notes}
        />
        <Button>Add them</Button>
      </Form>
      <p>
        <a href={`/children/${child.id}`}>Back to {child.knownAs}’s record</a>
      </p>
    </RecordFrame>
  );
}
