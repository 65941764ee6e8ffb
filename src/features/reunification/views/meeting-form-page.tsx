import { ENGLAND } from '../../../core/jurisdiction/england.ts';
import {
  Button,
  ChoicesField,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { HOW_IT_IS } from '../../partnership/vocabulary.ts';
import type { MeetingKind } from '../schemas.ts';
import { FormFrame, type FormPageProps } from './form-frame.tsx';
import { newCheckInPath, newReviewPath } from './paths.ts';

const SUPPORT = ENGLAND.partnership.supportAfterReturn;

/** The choices of how things are going, as a form offers them. */
export const HOW_IT_IS_OPTIONS = HOW_IT_IS.map((word) => ({ value: word.code, label: word.label }));

/** Recording a review of the plan, or a check-in after the child went home. */
export function MeetingFormPage(props: FormPageProps & { kind: MeetingKind }) {
  const { context, forms, kind } = props;
  const { child } = forms;
  const word = kind === 'review' ? 'review' : 'check-in';
  const values = props.values ?? { held_on: forms.today };
  const errors = props.errors ?? {};
  return (
    <FormFrame
      context={context}
      forms={forms}
      title={`Record a ${word} for ${child.knownAs}`}
      errors={props.errors}
    >
      <Form
        action={kind === 'review' ? newReviewPath(child.id) : newCheckInPath(child.id)}
        csrfToken={context.csrfToken}
      >
        <TextField
          name="held_on"
          type="date"
          label={`The date of the ${word}`}
          width="medium"
          value={values.held_on}
          error={errors.held_on}
        />
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
          hint={`${child.knownAs}’s parents read this: what went well, and what happens next.`}
          rows={5}
          value={values.for_family}
          error={errors.for_family}
          spellcheck
        />
        <TextAreaField
          name="staff_notes"
          label="Notes for staff only (optional)"
          hint="Never shown to the family or the carers."
          rows={5}
          value={values.staff_notes}
          error={errors.staff_notes}
          spellcheck
        />
        <TextField
          name="next_on"
          type="date"
          label={`The date of the next ${word}`}
          hint={
            kind === 'check_in'
              ? `No more than ${SUPPORT.checkInEveryWeeks} weeks after this one.`
              : 'This becomes the plan’s next review date.'
          }
          width="medium"
          value={values.next_on}
          error={errors.next_on}
        />
        <SendAnyway errors={props.errors} />
        <Button>Save the {word}</Button>
      </Form>
    </FormFrame>
  );
}
