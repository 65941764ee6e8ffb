import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';

/** The name and email fields of a local authority, on its own page and when adding one. */
export function AuthorityFields(props: { values: FormValues; errors?: FieldErrors | undefined }) {
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="name"
        label="Name"
        hint="As the council calls itself, like Northshire County Council"
        value={values.name}
        error={errors?.name}
      />
      <TextField
        name="email"
        label="Email address for referrals (optional)"
        type="email"
        spellcheck={false}
        value={values.email}
        error={errors?.email}
      />
    </>
  );
}

/** Adding a local authority. */
export function AuthorityFormPage(props: {
  context: PageContext;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, values, errors } = props;
  const title = 'Add a local authority';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs items={[{ href: '/admin/authorities', label: 'Local authorities' }]} />
      }
    >
      <ErrorSummary errors={errors} />
      <Form action="/admin/authorities/new" csrfToken={context.csrfToken}>
        <AuthorityFields values={values} errors={errors} />
        <Button>Add the local authority</Button>
      </Form>
    </Page>
  );
}
