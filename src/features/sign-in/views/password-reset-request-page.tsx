import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';

/** Asks for the email address to send a reset link to. */
export function PasswordResetRequestPage(props: {
  context: PageContext;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, values = {}, errors } = props;
  const title = 'Reset your password';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
    >
      <p>
        Enter the email address you sign in with. We will send you a link to choose a new password.
      </p>
      <ErrorSummary errors={errors} />
      <Form action="/password-reset" csrfToken={context.csrfToken}>
        <TextField
          name="email"
          label="Email address"
          type="email"
          autocomplete="username"
          spellcheck={false}
          value={values.email}
          error={errors?.email}
        />
        <Button>Send me a link</Button>
      </Form>
      <p>
        <a href="/sign-in">Back to sign in</a>
      </p>
    </Page>
  );
}

/** The same answer whether or not an account uses the address, so the form reveals no one. */
export function PasswordResetSentPage(props: { context: PageContext; email: string }) {
  return (
    <Page context={props.context} title="Check your email" width="narrow">
      <p>
        If an account uses that address, we have sent a link to <strong>{props.email}</strong>. It
        works once, for 1 hour.
      </p>
      <p>
        If nothing arrives within a few minutes, check your junk or spam folder. If it is still not
        there, the address may not be the one your account uses: ask your agency.
      </p>
      <p>
        <a href="/password-reset">Send another link</a> · <a href="/sign-in">Back to sign in</a>
      </p>
    </Page>
  );
}
