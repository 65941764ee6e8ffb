// Asking for a decision: what it is about, the question, and when the answer is needed by.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { DECISION_TOPICS } from '../../partnership/vocabulary.ts';
import type { openAskForm } from '../read-service.ts';
import { DecisionFrame } from './decision-frame.tsx';

type AskForm = Awaited<ReturnType<typeof openAskForm>>;

/** The form that asks whoever decides. */
export function AskPage(props: {
  context: PageContext;
  form: AskForm;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, form, errors } = props;
  const values = props.values ?? {};
  const { child, party } = form;
  const name = child.knownAs;
  return (
    <DecisionFrame
      context={context}
      child={child}
      party={party}
      title="Ask for a decision"
      hasErrors={Boolean(errors)}
      crumbs={[{ href: form.listHref, label: `Decisions about ${name}` }]}
    >
      <p class="lead">
        {party === 'parent'
          ? `Ask about something in ${name}’s everyday life. ${name}’s carers and worker will see your question, and whoever decides will answer it here.`
          : `Ask about something in ${name}’s everyday life. Everyone in ${name}’s family space will see the question: ${name}’s parents can give their views, and whoever decides answers it here.`}
      </p>
      <ErrorSummary errors={errors} />
      <Form action={form.action} csrfToken={context.csrfToken}>
        <SelectField
          name="topic"
          label="What is it about?"
          options={[
            { value: '', label: 'Choose one' },
            ...DECISION_TOPICS.map((topic) => ({ value: topic.code, label: topic.label })),
          ]}
          value={values.topic}
          error={errors?.topic}
        />
        <TextAreaField
          name="question"
          label="Your question"
          hint="What needs deciding, and anything that helps decide it."
          value={values.question}
          error={errors?.question}
        />
        <TextField
          name="needed_by"
          label="Needed by (optional)"
          hint="The last day an answer helps, for example the day a form for a trip has to go back."
          type="date"
          width="medium"
          value={values.needed_by}
          error={errors?.needed_by}
        />
        <SendAnyway errors={errors} />
        <Button>Ask</Button>
      </Form>
    </DecisionFrame>
  );
}
