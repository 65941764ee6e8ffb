import { formatDate } from '../../../core/time/dates.ts';
import { Button, ChoicesField, Form, TextAreaField } from '../../../core/ui/components/forms.tsx';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { isSupportOver } from '../rules.ts';
import { FormFrame, type FormPageProps } from './form-frame.tsx';
import { HOW_IT_IS_OPTIONS } from './meeting-form-page.tsx';
import { closePath } from './paths.ts';

/** Closing the support after the child went home, with a last word on how things are. */
export function ClosePage(props: FormPageProps) {
  const { context, forms } = props;
  const { child, plan } = forms;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const endsOn = plan?.supportEndsOn ?? forms.today;
  const isEarly = !isSupportOver(endsOn, forms.today);
  return (
    <FormFrame
      context={context}
      forms={forms}
      title={`Close the support for ${child.knownAs}’s family`}
      errors={props.errors}
    >
      <p>
        {isEarly
          ? `The support runs until ${formatDate(endsOn, context.locale)}. To close it sooner, say why in the notes for staff.`
          : `The support’s months ended on ${formatDate(endsOn, context.locale)}.`}{' '}
        Closing it records a last check-in today.
      </p>
      <Form action={closePath(child.id)} csrfToken={context.csrfToken}>
        <ChoicesField
          type="radio"
          name="how_it_is"
          legend="How are things going?"
          options={HOW_IT_IS_OPTIONS}
          chosen={[values.how_it_is ?? '']}
          error={errors.how_it_is}
        />
        <TextAreaField
          name="for_family"
          label="For the family (optional)"
          hint={`${child.knownAs}’s parents read this.`}
          rows={4}
          value={values.for_family}
          error={errors.for_family}
          spellcheck
        />
        <TextAreaField
          name="staff_notes"
          label={isEarly ? 'Why the support is closing early' : 'Notes for staff only (optional)'}
          hint="Never shown to the family or the carers."
          rows={4}
          value={values.staff_notes}
          error={errors.staff_notes}
          spellcheck
        />
        <SendAnyway errors={props.errors} />
        <Button variant="warning">Close the support</Button>
      </Form>
    </FormFrame>
  );
}
