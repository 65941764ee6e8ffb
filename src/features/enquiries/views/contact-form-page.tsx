import {
  Button,
  ErrorSummary,
  SelectField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { textOf } from '../form-input.ts';
import { HEARD_ABOUT_US } from '../schemas.ts';
import type { FormPageProps } from './enquiry-page.tsx';
import { EnquiryPage, NameAndEmailFields, PhoneField } from './enquiry-page.tsx';
import { TextAreaField } from '../../../core/ui/components/forms.tsx';
import { FormProblem, GetInTouchForm, PrivacyNote } from './fields.tsx';

export const ENQUIRY_PATH = '/get-in-touch/enquiry';

/** The contact form: a message, and how to reply. */
export function ContactFormPage(props: FormPageProps) {
  const { context, errors } = props;
  return (
    <EnquiryPage
      context={context}
      title="Send us a message"
      description="Ask us anything about fostering, and one of our team will write back."
      path={ENQUIRY_PATH}
      hasErrors={Boolean(errors || props.problem)}
    >
      <p class="lead">Ask us anything about fostering. One of our team will write back.</p>
      <FormProblem message={props.problem} />
      <ErrorSummary errors={errors} />
      <GetInTouchForm
        action={ENQUIRY_PATH}
        csrfToken={context.page.csrfToken}
        stamp={props.stamp}
        source={props.source}
        funnel="get-in-touch:enquiry:send"
      >
        <ContactFields {...props} messageLabel="Your message" />
        <PrivacyNote />
        <Button>Send message</Button>
      </GetInTouchForm>
    </EnquiryPage>
  );
}

/** The enquiry form's fields, shared with the details someone leaves after the quick check. */
export function ContactFields(props: FormPageProps & { messageLabel: string }) {
  const { values, errors } = props;
  return (
    <>
      <NameAndEmailFields values={values} errors={errors} />
      <PhoneField
        values={values}
        errors={errors}
        isOptional
        hint="If you would like us to ring you. A UK number, like 07700 900123."
      />
      <TextField
        name="postcode"
        label="Postcode"
        autocomplete="postal-code"
        width="short"
        hint="So we can tell you about support and events near you."
        value={textOf(values, 'postcode')}
        error={errors?.postcode}
      />
      <TextAreaField
        name="message"
        label={props.messageLabel}
        hint="Up to 2,000 characters."
        rows={8}
        value={textOf(values, 'message')}
        error={errors?.message}
      />
      <SelectField
        name="heardAbout"
        label="How did you hear about us? (optional)"
        options={[{ value: '', label: 'Choose an answer' }, ...HEARD_ABOUT_US]}
        value={textOf(values, 'heardAbout')}
        error={errors?.heardAbout}
      />
    </>
  );
}
