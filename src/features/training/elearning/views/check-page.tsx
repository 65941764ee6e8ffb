import type { FieldErrors } from '../../../../core/errors.ts';
import type { FormValues } from '../../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../../core/ui/components/content.tsx';
import { Button, ChoicesField, ErrorSummary, Form } from '../../../../core/ui/components/forms.tsx';
import { Page } from '../../../../core/ui/layout.tsx';
import type { PageContext } from '../../../../core/ui/page-context.ts';
import { checkPath, ELEARNING_PATH, modulePath } from '../paths.ts';
import { answerField } from '../schemas.ts';
import type { ModuleSummary } from '../store.ts';

/** The knowledge check: one group of answers per question; what was chosen is kept on errors. */
export function CheckPage(props: {
  context: PageContext;
  module: ModuleSummary;
  questions: { id: string; position: number; prompt: string; options: string[] }[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, module, values, errors } = props;
  const title = 'Knowledge check';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={`${errors ? 'Error: ' : ''}${title}: ${module.title}`}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: ELEARNING_PATH, label: 'E-learning' },
            { href: modulePath(module.id), label: module.title },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      <p>
        Choose one answer to each question. {module.passMark}% right completes the module. After you
        answer you will see why each answer is right, and you can try again as often as you like.
      </p>
      <Form action={checkPath(module.id)} csrfToken={context.csrfToken}>
        {props.questions.map((question, index) => {
          const field = answerField(question.position);
          const chosen = values?.[field];
          return (
            <ChoicesField
              key={question.id}
              type="radio"
              name={field}
              legend={`${index + 1}. ${question.prompt}`}
              options={question.options.map((option, optionIndex) => ({
                value: String(optionIndex),
                label: option,
              }))}
              chosen={chosen !== undefined ? [chosen] : []}
              error={errors?.[field]}
            />
          );
        })}
        <Button>Check my answers</Button>
      </Form>
    </Page>
  );
}
