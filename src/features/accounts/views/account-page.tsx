import type { Role } from '../../../core/access/roles.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import { SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { roleLabel } from '../../../core/ui/roles.ts';
import { formatInstant } from '../../../core/time/dates.ts';

export type OwnAccount = {
  name: string;
  email: string;
  role: Role;
  twoFactorEnabledAt: Date | null;
  passwordChangedAt: Date;
};

/** The person's own account: who they are, their password, two-factor sign-in, their sessions. */
export function AccountPage(props: {
  context: PageContext;
  account: OwnAccount;
  errors?: FieldErrors;
}) {
  const { context, account, errors } = props;
  const when = (instant: Date) => formatInstant(instant, context.timeZone, context.locale);
  return (
    <Page
      context={context}
      title="Your account"
      documentTitle={errors ? 'Error: Your account' : 'Your account'}
    >
      <SummaryList
        rows={[
          { label: 'Name', value: account.name },
          { label: 'Email address', value: account.email },
          { label: 'Role', value: roleLabel(account.role, context.terms) },
        ]}
      />
      <p class="muted">
        If your name or email address is wrong, ask your agency’s administrator to change it.
      </p>

      <h2 class="heading-l" id="password">
        Change your password
      </h2>
      <p>
        Last changed {when(account.passwordChangedAt)}. Changing it signs you out on your other
        devices.
      </p>
      <ErrorSummary errors={errors} />
      <Form action="/account/password" csrfToken={context.csrfToken}>
        <TextField
          name="currentPassword"
          label="Current password"
          type="password"
          autocomplete="current-password"
          error={errors?.currentPassword}
        />
        <TextField
          name="newPassword"
          label="New password"
          type="password"
          autocomplete="new-password"
          hint="At least 12 characters. A few unrelated words are easy to remember and hard to guess."
          error={errors?.newPassword}
        />
        <TextField
          name="confirmPassword"
          label="New password again"
          type="password"
          autocomplete="new-password"
          error={errors?.confirmPassword}
        />
        <Button>Change password</Button>
      </Form>

      <h2 class="heading-l">Two-factor sign-in</h2>
      {account.twoFactorEnabledAt ? (
        <p>
          <Tag tone="good">On</Tag> since {when(account.twoFactorEnabledAt)}. When you sign in, you
          also enter a code from the app on your phone.
        </p>
      ) : (
        <p>
          <Tag>Off</Tag> A code from an app on your phone, as well as your password, keeps your
          account safe even if someone learns your password.
        </p>
      )}
      <p>
        <a href="/account/two-factor">
          {account.twoFactorEnabledAt ? 'Manage two-factor sign-in' : 'Set up two-factor sign-in'}
        </a>
      </p>

      <h2 class="heading-l">Sign out everywhere</h2>
      <p>
        If you have lost a phone, or signed in on a computer other people use, you can sign out on
        every device at once. You will need to sign in again here too.
      </p>
      <Form action="/sign-out-everywhere" csrfToken={context.csrfToken}>
        <Button variant="warning">Sign out everywhere</Button>
      </Form>
    </Page>
  );
}
