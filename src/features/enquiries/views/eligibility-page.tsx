import type { FieldErrors } from '../../../core/errors.ts';
import { Button, ErrorSummary, Form } from '../../../core/ui/components/forms.tsx';
import type { PublicContext } from '../../public-pages/index.ts';
import { ELIGIBILITY_QUESTIONS, type EligibilityQuestion } from '../eligibility.ts';
import { listOf, type EnquiryValues } from '../form-input.ts';
import { EnquiryPage } from './enquiry-page.tsx';
import { ChoicesField } from '../../../core/ui/components/forms.tsx';

export const ELIGIBILITY_PATH = '/get-in-touch/eligibility';

/** The quick check: five small questions on one page, kept by no one unless they choose to leave their details. */
export function EligibilityPage(props: {
  context: PublicContext;
  /** Where the visitor came from, carried to the details form at the end. */
  source: string;
  values?: EnquiryValues;
  errors?: FieldErrors;
}) {
  const { context, values, errors } = props;
  const questions = Object.keys(ELIGIBILITY_QUESTIONS) as EligibilityQuestion[];
  return (
    <EnquiryPage
      context={context}
      title="Check if you could foster"
      description="Answer five quick questions about you and your home, and find out whether you could foster."
      path={ELIGIBILITY_PATH}
      hasErrors={Boolean(errors)}
    >
      <p class="lead">
        Answer five quick questions about you and your home. We will tell you honestly what your
        answers mean.
      </p>
      <p>We do not keep your answers unless you choose to leave your details at the end.</p>
      <ErrorSummary errors={errors} />
      <Form action={ELIGIBILITY_PATH} csrfToken={context.page.csrfToken}>
        <input type="hidden" name="source" value={props.source} />
        {questions.map((question) => {
          const asked = ELIGIBILITY_QUESTIONS[question];
          return (
            <ChoicesField
              key={question}
              type="radio"
              name={question}
              legend={asked.legend}
              hint={'hint' in asked ? asked.hint : undefined}
              options={asked.options}
              chosen={listOf(values, question)}
              error={errors?.[question]}
            />
          );
        })}
        <Button>See what my answers mean</Button>
      </Form>
    </EnquiryPage>
  );
}
