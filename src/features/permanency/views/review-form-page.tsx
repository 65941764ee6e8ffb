import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Button, Form, TextAreaField, TextField } from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { PlanningForm } from '../write-service.ts';
import { FormFrame } from './form-frame.tsx';
import { newReviewPath } from './paths.ts';

/**
 * The form for a looked-after review and what it said about permanency. When the date the child
 * became looked after is missing it asks for that too, since reviews are counted from it.
 */
export function ReviewFormPage(props: {
  context: PageContext;
  form: PlanningForm;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, form } = props;
  const { knownAs } = form.child;
  const values = props.values ?? { heldOn: form.today };
  const errors = props.errors ?? {};
  return (
    <FormFrame
      context={context}
      form={form}
      title={`Record a review for ${knownAs}`}
      errors={props.errors}
    >
      <Form action={newReviewPath(form.child.id)} csrfToken={context.csrfToken}>
        <TextField
          name="heldOn"
          type="date"
          label="When was the review held?"
          width="medium"
          value={values.heldOn}
          error={errors.heldOn}
        />
        <TextAreaField
          name="permanencyNotes"
          label="What the review said about permanency"
          hint={`The plan the review confirmed or changed, and what ${knownAs} said or asked.`}
          rows={8}
          value={values.permanencyNotes}
          error={errors.permanencyNotes}
          spellcheck
        />
        {form.child.lookedAfterSince === null ? (
          <TextField
            name="lookedAfterSince"
            type="date"
            label={`When did ${knownAs} become looked after? (optional)`}
            hint="Reviews are counted from this date, and so is the agency’s target for a decision. Leave it blank if you do not know it yet."
            width="medium"
            value={values.lookedAfterSince}
            error={errors.lookedAfterSince}
          />
        ) : null}
        <Button>Save the review</Button>
      </Form>
    </FormFrame>
  );
}
