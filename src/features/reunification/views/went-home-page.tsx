import { ENGLAND } from '../../../core/jurisdiction/england.ts';
import { Button, Form, SelectField, TextField } from '../../../core/ui/components/forms.tsx';
import { FormFrame, type FormPageProps } from './form-frame.tsx';
import { placementsPath, wentHomePath } from './paths.ts';

const SUPPORT = ENGLAND.partnership.supportAfterReturn;

/** Recording the day the child went home, and who supports the family from then. */
export function WentHomePage(props: FormPageProps) {
  const { context, forms } = props;
  const { child } = forms;
  // The date starts empty: one press of the button must not record a return that has not happened.
  const values = props.values ?? {
    went_home_on: '',
    support_worker_id: forms.defaultWorkerId ?? '',
  };
  const errors = props.errors ?? {};
  const options = [
    { value: '', label: 'Choose a worker' },
    ...forms.workers.map((worker) => ({ value: worker.id, label: worker.name })),
  ];
  return (
    <FormFrame
      context={context}
      forms={forms}
      title={`${child.knownAs} went home`}
      errors={props.errors}
    >
      <p>
        From the day {child.knownAs} goes home, the family is supported for {SUPPORT.months} months,
        with a check-in at least every {SUPPORT.checkInEveryWeeks} weeks. Everyone in the family
        space hears there is a change to the plan.
      </p>
      {forms.isStillInCare ? (
        <p>
          This does not end {child.knownAs}’s time in the foster home: do that on the{' '}
          <a href={placementsPath(child.id)}>Homes and plans tab</a>.
        </p>
      ) : null}
      <Form action={wentHomePath(child.id)} csrfToken={context.csrfToken}>
        <TextField
          name="went_home_on"
          type="date"
          label={`The date ${child.knownAs} went home`}
          width="medium"
          value={values.went_home_on}
          error={errors.went_home_on}
        />
        <SelectField
          name="support_worker_id"
          label="The worker who supports the family"
          hint="They keep the family’s space and the check-ins once the foster home has ended."
          options={options}
          value={values.support_worker_id}
          error={errors.support_worker_id}
        />
        <Button>Save: {child.knownAs} went home</Button>
      </Form>
    </FormFrame>
  );
}
