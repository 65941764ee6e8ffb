import { Button, ErrorSummary, TextField } from '../../../core/ui/components/forms.tsx';
import { listOf, textOf } from '../form-input.ts';
import { EnquiryPage, NameAndEmailFields, type FormPageProps } from './enquiry-page.tsx';
import { ChoicesField } from '../../../core/ui/components/forms.tsx';
import { FormProblem, GetInTouchForm, PrivacyNote } from './fields.tsx';

export const INFORMATION_PACK_PATH = '/get-in-touch/information-pack';

const DELIVERY = [
  { value: 'email', label: 'By email' },
  { value: 'post', label: 'By post' },
] as const;

/** Asking for the information pack, by email or by post. */
export function InformationPackPage(props: FormPageProps) {
  const { context, values, errors } = props;
  return (
    <EnquiryPage
      context={context}
      title="Get an information pack"
      description="Ask for our information pack about fostering, by email or by post, to read in your own time."
      path={INFORMATION_PACK_PATH}
      hasErrors={Boolean(errors || props.problem)}
    >
      <p class="lead">
        Our pack tells you what fostering involves, how we support carers and what happens when you
        apply. Read it in your own time.
      </p>
      <FormProblem message={props.problem} />
      <ErrorSummary errors={errors} />
      <GetInTouchForm
        action={INFORMATION_PACK_PATH}
        csrfToken={context.page.csrfToken}
        stamp={props.stamp}
        source={props.source}
        funnel="get-in-touch:information-pack:send"
      >
        <NameAndEmailFields values={values} errors={errors} />
        <ChoicesField
          type="radio"
          name="delivery"
          legend="How would you like your pack?"
          options={DELIVERY}
          chosen={listOf(values, 'delivery')}
          error={errors?.delivery}
        />
        <fieldset class="choices">
          <legend class="field__label choices__legend heading-m">Your address</legend>
          <p class="field__hint">Only if you would like your pack by post.</p>
          <TextField
            name="addressLine1"
            label="Address line 1"
            autocomplete="address-line1"
            value={textOf(values, 'addressLine1')}
            error={errors?.addressLine1}
          />
          <TextField
            name="addressLine2"
            label="Address line 2 (optional)"
            autocomplete="address-line2"
            value={textOf(values, 'addressLine2')}
            error={errors?.addressLine2}
          />
          <TextField
            name="town"
            label="Town or city"
            autocomplete="address-level2"
            width="medium"
            value={textOf(values, 'town')}
            error={errors?.town}
          />
          <TextField
            name="postcode"
            label="Postcode"
            autocomplete="postal-code"
            width="short"
            value={textOf(values, 'postcode')}
            error={errors?.postcode}
          />
        </fieldset>
        <PrivacyNote />
        <Button>Send me a pack</Button>
      </GetInTouchForm>
    </EnquiryPage>
  );
}
