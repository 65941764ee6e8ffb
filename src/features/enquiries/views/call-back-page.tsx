import { Button, ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { listOf, textOf } from '../form-input.ts';
import { CALL_BACK_DAYS, CALL_BACK_TIMES } from '../schemas.ts';
import {
  EnquiryPage,
  NameAndEmailFields,
  PhoneField,
  type FormPageProps,
} from './enquiry-page.tsx';
import { ChoicesField, TextAreaField } from '../../../core/ui/components/forms.tsx';
import { FormProblem, GetInTouchForm, PrivacyNote } from './fields.tsx';

export const CALL_BACK_PATH = '/get-in-touch/call-back';

/** Asking for a call back at a time that suits. */
export function CallBackPage(props: FormPageProps) {
  const { context, values, errors } = props;
  return (
    <EnquiryPage
      context={context}
      title="Ask us to call you back"
      description="Tell us when suits you, and one of our team will ring you for a friendly chat about fostering."
      path={CALL_BACK_PATH}
      hasErrors={Boolean(errors || props.problem)}
    >
      <p class="lead">
        Tell us when suits you, and one of our team will ring you for a friendly chat. Asking does
        not commit you to anything.
      </p>
      <FormProblem message={props.problem} />
      <ErrorSummary errors={errors} />
      <GetInTouchForm
        action={CALL_BACK_PATH}
        csrfToken={context.page.csrfToken}
        stamp={props.stamp}
        source={props.source}
        funnel="get-in-touch:call-back:send"
      >
        <NameAndEmailFields
          values={values}
          errors={errors}
          emailHint="We need it to send you a confirmation with your reference."
        />
        <PhoneField values={values} errors={errors} />
        <ChoicesField
          type="checkbox"
          name="days"
          legend="Which days suit you?"
          hint="Choose all that apply."
          options={CALL_BACK_DAYS}
          chosen={listOf(values, 'days')}
          error={errors?.days}
        />
        <ChoicesField
          type="checkbox"
          name="times"
          legend="What time of day suits you?"
          hint="Choose all that apply."
          options={CALL_BACK_TIMES}
          chosen={listOf(values, 'times')}
          error={errors?.times}
        />
        <TextAreaField
          name="notes"
          label="Anything we should know? (optional)"
          hint="For example a time to avoid, or something you would like to ask. Up to 1,000 characters."
          value={textOf(values, 'notes')}
          error={errors?.notes}
        />
        <PrivacyNote />
        <Button>Ask for a call back</Button>
      </GetInTouchForm>
    </EnquiryPage>
  );
}
