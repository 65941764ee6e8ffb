import { NotificationBanner } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';

/** The sign-in form, shown again with what was typed (never the password) and what to fix. */
export function SignInPage(props: {
  context: PageContext;
  values?: FormValues;
  errors?: FieldErrors;
  next?: string;
  notice?: 'expired' | 'signed-out' | 'password-reset' | null;
}) {
  const { context, values = {}, errors } = props;
  return (
    <Page
      context={context}
      title="Sign in"
      documentTitle={errors ? 'Error: Sign in' : 'Sign in'}
      width="narrow"
    >
      {props.notice === 'expired' ? (
        <NotificationBanner title="You were signed out">
          <p>
            You were signed out because Kinfold was not used for a while. Sign in again to carry on.
          </p>
        </NotificationBanner>
      ) : null}
      {props.notice === 'signed-out' ? (
        <NotificationBanner kind="success">
          <p>You have signed out.</p>
        </NotificationBanner>
      ) : null}
      {props.notice === 'password-reset' ? (
        <NotificationBanner kind="success">
          <p>Your password has been changed. Sign in with your new password.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form action="/sign-in" csrfToken={context.csrfToken}>
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <TextField
          name="email"
          label="Email address"
          type="email"
          autocomplete="username"
          spellcheck={false}
          value={values.email}
          error={errors?.email}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autocomplete="current-password"
          error={errors?.password}
        />
        <Button>Sign in</Button>
      </Form>
      <p>
        <a href="/password-reset">I have forgotten my password</a>
      </p>
      <p class="muted">
        Accounts are set up by the agency. If you do not have one, contact your agency.
      </p>
    </Page>
  );
}
