import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ChoicesField,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { PERMANENCY_OPTIONS } from '../../belonging/vocabulary.ts';
import type { PlanningForm } from '../write-service.ts';
import { FormFrame } from './form-frame.tsx';
import { newDecisionPath } from './paths.ts';

const OPTIONS = PERMANENCY_OPTIONS.map((option) => ({ value: option.code, label: option.label }));

/** The form for the young person's chosen direction and the decision, with its reasons. */
export function DecisionFormPage(props: {
  context: PageContext;
  form: PlanningForm;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, form } = props;
  const { knownAs } = form.child;
  const values = props.values ?? { decidedOn: form.today, youngPersonChoice: '' };
  const errors = props.errors ?? {};
  return (
    <FormFrame
      context={context}
      form={form}
      title={`Record a decision for ${knownAs}`}
      errors={props.errors}
    >
      <p>
        The latest decision stands until another is recorded. {knownAs} can read it, with its
        reasons, on their own page.
      </p>
      <Form action={newDecisionPath(form.child.id)} csrfToken={context.csrfToken}>
        <h2 class="heading-m">{knownAs}’s own choice</h2>
        <ChoicesField
          type="radio"
          name="youngPersonChoice"
          legend={`Which direction has ${knownAs} chosen? (optional)`}
          options={[...OPTIONS, { value: '', label: `${knownAs} has not chosen yet` }]}
          chosen={[values.youngPersonChoice ?? '']}
          error={errors.youngPersonChoice}
        />
        <TextAreaField
          name="youngPersonWords"
          label={`What ${knownAs} said about it, in their own words (optional)`}
          rows={6}
          value={values.youngPersonWords}
          error={errors.youngPersonWords}
          spellcheck
        />
        <h2 class="heading-m">The decision</h2>
        <ChoicesField
          type="radio"
          name="decidedOption"
          legend="What has been decided?"
          options={OPTIONS}
          chosen={[values.decidedOption ?? '']}
          error={errors.decidedOption}
        />
        <TextAreaField
          name="reasons"
          label="Reasons for the decision"
          hint={`Say why, including how ${knownAs}’s wishes were weighed. ${knownAs} will read this.`}
          rows={8}
          value={values.reasons}
          error={errors.reasons}
          spellcheck
        />
        <TextField
          name="decidedOn"
          type="date"
          label="When was it decided?"
          width="medium"
          value={values.decidedOn}
          error={errors.decidedOn}
        />
        <Button>Save the decision</Button>
      </Form>
    </FormFrame>
  );
}
