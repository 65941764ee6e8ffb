import type { FieldErrors } from '../../../core/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';

/** Asks for the code from the authenticator app, after the password was right. */
export function TwoFactorChallengePage(props: {
  context: PageContext;
  next?: string | undefined;
  errors?: FieldErrors;
}) {
  const { context, errors } = props;
  const title = 'Enter your code';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
    >
      <p>
        Open the authenticator app on your phone and enter the 6-digit code it shows for Kinfold.
      </p>
      <ErrorSummary errors={errors} />
      <Form action="/sign-in/two-factor" csrfToken={context.csrfToken}>
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <TextField
          name="code"
          label="Code"
          inputmode="numeric"
          autocomplete="one-time-code"
          width="short"
          spellcheck={false}
          error={errors?.code}
        />
        <Button>Continue</Button>
      </Form>
      <h2 class="heading-m">If you cannot use your app</h2>
      <p>
        If you have lost your phone or changed to a new one, ask your agency’s administrator to turn
        off two-factor sign-in for your account. You can then set it up again.
      </p>
      <Form action="/sign-out" csrfToken={context.csrfToken}>
        <Button variant="secondary">Sign out</Button>
      </Form>
    </Page>
  );
}
