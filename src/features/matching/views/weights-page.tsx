import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Table } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { FACTOR_WORDS, FACTORS, weightSum, type Weights } from '../factors.ts';
import { formatPoints } from '../words.ts';
import { WEIGHTS_PATH } from './paths.ts';

/** The weights as the form's values. */
export function weightValues(weights: Weights): FormValues {
  return Object.fromEntries(FACTORS.map((factor) => [factor, String(weights[factor])]));
}

/** How matching weighs each factor, what each means, and (for the manager) the form to change them. */
export function WeightsPage(props: {
  context: PageContext;
  weights: Weights;
  canChange: boolean;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, weights, errors } = props;
  const values = props.values ?? weightValues(weights);
  const sum = weightSum(weights);
  const title = 'How matching weighs each factor';
  return (
    <Page context={context} title={title} documentTitle={errors ? `Error: ${title}` : title}>
      <ErrorSummary errors={errors} />
      <p class="lead">
        Matching supports a worker’s decision; it never makes it. Households that do not fit the
        terms of approval are left out first. Each one left is scored out of 100: every factor gives
        between none and all of its share, and a factor’s share is its weight divided by the total
        of the weights.
      </p>
      <Table
        caption="The factors and their weights now"
        columns={[
          { heading: 'Factor', cell: (factor) => FACTOR_WORDS[factor].name },
          { heading: 'What it means', cell: (factor) => FACTOR_WORDS[factor].meaning },
          { heading: 'Weight', isNumeric: true, cell: (factor) => String(weights[factor]) },
          {
            heading: 'Share of 100',
            isNumeric: true,
            cell: (factor) => (sum > 0 ? formatPoints((weights[factor] * 100) / sum) : '0'),
          },
        ]}
        rows={[...FACTORS]}
      />
      {props.canChange ? (
        <section aria-labelledby="change-weights">
          <h2 class="heading-l" id="change-weights">
            Change the weights
          </h2>
          <Form action={WEIGHTS_PATH} csrfToken={context.csrfToken}>
            {FACTORS.map((factor) => (
              <TextField
                key={factor}
                name={factor}
                label={FACTOR_WORDS[factor].name}
                hint="A whole number from 0 to 100."
                width="short"
                inputmode="numeric"
                value={values[factor]}
                error={errors?.[factor]}
              />
            ))}
            <Button>Save the weights</Button>
          </Form>
        </section>
      ) : (
        <p>Only the registered manager changes the weights. Ask them if a weight seems wrong.</p>
      )}
    </Page>
  );
}
