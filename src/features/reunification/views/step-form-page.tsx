import { formatDate } from '../../../core/time/dates.ts';
import {
  Button,
  ChoicesField,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { STEP_STATUSES, STEP_WHO } from '../../partnership/vocabulary.ts';
import { MAX_STEP_TEXT, MAX_TITLE } from '../schemas.ts';
import type { StepRow } from '../store.ts';
import { FormFrame, type FormPageProps } from './form-frame.tsx';
import { newStepPath, stepPath } from './paths.ts';

const KINDS = [
  { value: 'goal', label: 'A goal: something the plan works towards' },
  { value: 'step', label: 'A step: something someone will do' },
];

const toOptions = (words: Array<{ code: string; label: string }>) =>
  words.map((word) => ({ value: word.code, label: word.label }));

/** Adding a goal or step to the plan, or changing one. */
export function StepFormPage(
  props: FormPageProps & { step: StepRow | null; kind: 'goal' | 'step' },
) {
  const { context, forms, step } = props;
  const { child } = forms;
  const values = props.values ?? {
    kind: step?.kind ?? props.kind,
    title: step?.title ?? '',
    detail: step?.detail ?? '',
    who: step?.who ?? 'family',
    due_on: step?.dueOn ?? '',
    status: step?.status ?? 'not_started',
    progress: step?.progress ?? '',
    position: step ? String(step.position) : '',
  };
  const errors = props.errors ?? {};
  const what = (values.kind ?? props.kind) === 'goal' ? 'goal' : 'step';
  const title = step ? `Change a ${what} in ${child.knownAs}’s plan` : `Add a ${what}`;
  return (
    <FormFrame context={context} forms={forms} title={title} errors={props.errors}>
      <p>
        {child.knownAs}’s parents read the title, detail and progress. Goals and steps are one list
        in order of position: each step belongs to the goal above it.
      </p>
      <Form
        action={step ? stepPath(child.id, step.id) : newStepPath(child.id)}
        csrfToken={context.csrfToken}
      >
        <ChoicesField
          type="radio"
          name="kind"
          legend="Is this a goal or a step?"
          options={KINDS}
          chosen={[values.kind ?? '']}
          error={errors.kind}
        />
        <TextField
          name="title"
          label="Title"
          hint={`In a few plain words. Up to ${MAX_TITLE} characters.`}
          value={values.title}
          error={errors.title}
          spellcheck
        />
        <TextAreaField
          name="detail"
          label="Detail (optional)"
          hint={`Up to ${MAX_STEP_TEXT.toLocaleString('en-GB')} characters.`}
          rows={3}
          value={values.detail}
          error={errors.detail}
          spellcheck
        />
        <SelectField
          name="who"
          label="Who does this?"
          options={toOptions(STEP_WHO)}
          value={values.who}
          error={errors.who}
        />
        <TextField
          name="due_on"
          type="date"
          label="Due by (optional)"
          width="medium"
          value={values.due_on}
          error={errors.due_on}
        />
        <SelectField
          name="status"
          label="How far has it got?"
          options={toOptions(STEP_STATUSES)}
          value={values.status}
          error={errors.status}
        />
        <TextAreaField
          name="progress"
          label="Progress (optional)"
          hint="How it is going, in words the family will read."
          rows={3}
          value={values.progress}
          error={errors.progress}
          spellcheck
        />
        <TextField
          name="position"
          label="Position (optional)"
          hint={positionHint(forms.steps)}
          width="short"
          inputmode="numeric"
          value={values.position}
          error={errors.position}
        />
        <SendAnyway errors={props.errors} />
        <Button>Save the {what}</Button>
      </Form>
    </FormFrame>
  );
}

function positionHint(steps: StepRow[]): string {
  const now =
    steps.length === 0
      ? 'The plan has no goals or steps yet.'
      : `Now: ${steps
          .map(
            (step) =>
              `${step.position} ${step.kind === 'goal' ? 'goal' : 'step'} “${step.title}”${step.dueOn ? ` (${formatDate(step.dueOn)})` : ''}`,
          )
          .join('; ')}.`;
  return `A whole number; lower numbers come first. Leave it blank to put it at the end. ${now}`;
}
