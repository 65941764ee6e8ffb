import type { Role } from '../../../core/access/roles.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Breadcrumbs,
  NotificationBanner,
  SummaryList,
} from '../../../core/ui/components/content.tsx';
import {
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { roleLabel } from '../../../core/ui/roles.ts';

const BACK = [{ href: '/admin/users', label: 'People and access' }];

/** The form to give someone an account; shown again with what was typed and what to fix. */
export function AddPersonPage(props: {
  context: PageContext;
  roles: readonly Role[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, values = {}, errors } = props;
  const title = 'Add a person';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={<Breadcrumbs items={BACK} />}
    >
      <p>Kinfold makes a password for them. You will see it once, on the next page.</p>
      <ErrorSummary errors={errors} />
      <Form action="/admin/users/new" csrfToken={context.csrfToken}>
        <TextField
          name="name"
          label="Full name"
          autocomplete="off"
          value={values.name}
          error={errors?.name}
        />
        <TextField
          name="email"
          label="Email address"
          type="email"
          autocomplete="off"
          spellcheck={false}
          hint="They sign in with it, and password reset links are sent to it."
          value={values.email}
          error={errors?.email}
        />
        <SelectField
          name="role"
          label="What they do"
          hint="This decides what they can see and do in Kinfold."
          options={[
            { value: '', label: 'Choose a role' },
            ...props.roles.map((role) => ({ value: role, label: roleLabel(role, context.terms) })),
          ]}
          value={values.role}
          error={errors?.role}
        />
        <Button>Add this person</Button>
      </Form>
    </Page>
  );
}

/** The new account's password, shown this once, with how to pass it on. */
export function PersonAddedPage(props: {
  context: PageContext;
  person: { id: string; name: string; email: string; role: Role };
  password: string;
}) {
  const { context, person } = props;
  return (
    <Page
      context={context}
      title={`${person.name} can now sign in`}
      width="narrow"
      beforeHeading={<Breadcrumbs items={BACK} />}
    >
      <SummaryList
        rows={[
          { label: 'Email address', value: person.email },
          { label: 'Role', value: roleLabel(person.role, context.terms) },
        ]}
      />
      <NotificationBanner kind="warning" title="Their password is shown only this once">
        <p class="secret">{props.password}</p>
        <p>
          Give it to them in person or by phone, not in an email or a text message with their email
          address. Ask them to change it under “Your account” after they first sign in. If it is
          lost, they can choose a new one with “I have forgotten my password”.
        </p>
      </NotificationBanner>
      <p>
        <ButtonLink href="/admin/users">Back to people and access</ButtonLink>{' '}
        <ButtonLink href="/admin/users/new" variant="secondary">
          Add another person
        </ButtonLink>
      </p>
    </Page>
  );
}
