import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  Checkbox,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { PERMANENCY_OPTIONS } from '../../belonging/vocabulary.ts';
import { MAX_WORDS } from '../schemas.ts';
import { optionField } from '../words.ts';
import type { PlanningForm } from '../write-service.ts';
import { FormFrame } from './form-frame.tsx';
import { newConversationPath } from './paths.ts';

/** The form for a conversation with the young person about their future, in their words. */
export function ConversationFormPage(props: {
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
      title={`Record a conversation with ${knownAs}`}
      errors={props.errors}
    >
      <p>
        {knownAs} can read this conversation on their own page, and so can their carers: write it so
        that {knownAs} would recognise it.
      </p>
      <Form action={newConversationPath(form.child.id)} csrfToken={context.csrfToken}>
        <TextField
          name="heldOn"
          type="date"
          label="When was the conversation?"
          hint="Today or a day before; not in the future."
          width="medium"
          value={values.heldOn}
          error={errors.heldOn}
        />
        <TextField
          name="whoWasThere"
          label="Who was there?"
          hint={`For example: ${knownAs}, their social worker, you, and their carer.`}
          value={values.whoWasThere}
          error={errors.whoWasThere}
        />
        <div class="field">
          <fieldset class="choices">
            <legend class="field__label choices__legend">
              Which options did you talk about? (optional)
            </legend>
            {PERMANENCY_OPTIONS.map((option) => (
              <Checkbox
                key={option.code}
                name={optionField(option.code)}
                label={option.label}
                isChecked={values[optionField(option.code)] === 'yes'}
              />
            ))}
          </fieldset>
        </div>
        <TextAreaField
          name="youngPersonWords"
          label={`What ${knownAs} said, in their own words`}
          hint={`Write it the way ${knownAs} said it, not a summary. Up to ${MAX_WORDS.toLocaleString('en-GB')} characters.`}
          rows={10}
          value={values.youngPersonWords}
          error={errors.youngPersonWords}
          spellcheck
        />
        <TextAreaField
          name="questions"
          label={`${knownAs}’s questions (optional)`}
          value={values.questions}
          error={errors.questions}
          spellcheck
        />
        <TextAreaField
          name="feelings"
          label={`How ${knownAs} felt (optional)`}
          value={values.feelings}
          error={errors.feelings}
          spellcheck
        />
        <TextAreaField
          name="nextSteps"
          label="What happens next (optional)"
          value={values.nextSteps}
          error={errors.nextSteps}
          spellcheck
        />
        <Button>Save the conversation</Button>
      </Form>
    </FormFrame>
  );
}
