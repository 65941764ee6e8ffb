import { Button, Form, TextAreaField, TextField } from '../../../core/ui/components/forms.tsx';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { MAX_PLAN_TEXT } from '../schemas.ts';
import { FormFrame, type FormPageProps } from './form-frame.tsx';
import { planFormPath } from './paths.ts';

/** Starting or changing the plan: its aim, the support offered, and its dates. */
export function PlanFormPage(props: FormPageProps) {
  const { context, forms } = props;
  const { child, plan } = forms;
  const values = props.values ?? {
    aim: plan?.aim ?? '',
    support_offered: plan?.supportOffered ?? '',
    target_on: plan?.targetOn ?? '',
    next_review_on: plan?.nextReviewOn ?? '',
  };
  const errors = props.errors ?? {};
  const title = plan
    ? `Change the plan for ${child.knownAs} going home`
    : `Start a plan for ${child.knownAs} going home`;
  return (
    <FormFrame context={context} forms={forms} title={title} errors={props.errors}>
      <p>
        {child.knownAs}’s parents read the aim and the support offered, so write them in plain, warm
        words, as you would say them to the family.
      </p>
      <Form action={planFormPath(child.id)} csrfToken={context.csrfToken}>
        <TextAreaField
          name="aim"
          label="The aim of the plan"
          hint={`What everyone is working towards, in a sentence or two. Up to ${MAX_PLAN_TEXT.toLocaleString('en-GB')} characters.`}
          rows={4}
          value={values.aim}
          error={errors.aim}
          spellcheck
        />
        <TextAreaField
          name="support_offered"
          label="Support offered (optional)"
          hint="The help the family can have: courses, help with housing, family time and how it will change."
          rows={6}
          value={values.support_offered}
          error={errors.support_offered}
          spellcheck
        />
        <TextField
          name="target_on"
          type="date"
          label={`The date you hope ${child.knownAs} goes home (optional)`}
          width="medium"
          value={values.target_on}
          error={errors.target_on}
        />
        <TextField
          name="next_review_on"
          type="date"
          label="The date of the next review (optional)"
          hint="Recording a review sets the next one too."
          width="medium"
          value={values.next_review_on}
          error={errors.next_review_on}
        />
        <SendAnyway errors={props.errors} />
        <Button>Save the plan</Button>
      </Form>
    </FormFrame>
  );
}
