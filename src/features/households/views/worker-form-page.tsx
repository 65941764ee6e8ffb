import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, SelectField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { capitalise } from '../../../core/ui/terms.ts';

/** The registered manager chooses who supervises a household. */
export function WorkerFormPage(props: {
  context: PageContext;
  household: { id: string; name: string };
  workers: Array<{ id: string; name: string }>;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, household, values, errors } = props;
  const worker = context.terms.supervisingSocialWorker;
  const title = `Choose the ${worker} for the ${household.name}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/households', label: 'Households' },
            { href: `/households/${household.id}`, label: household.name },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      <Form action={`/households/${household.id}/worker`} csrfToken={context.csrfToken}>
        <SelectField
          name="workerId"
          label={capitalise(worker)}
          hint="Only active accounts are listed."
          value={values.workerId}
          error={errors?.workerId}
          options={[
            { value: '', label: `Choose a ${worker}` },
            ...props.workers.map((each) => ({ value: each.id, label: each.name })),
          ]}
        />
        <Button>Save</Button>
      </Form>
    </Page>
  );
}
