import type { FieldErrors } from '../../../core/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { ResetLinkProblem } from '../password-reset-service.ts';

const PASSWORD_HINT =
  'At least 12 characters. A few unrelated words are easy to remember and hard to guess.';

/**
 * The form for a new password, reached from the emailed link. Passwords are never written back
 * into the page: after a mistake both boxes are empty, and the message says what to change.
 */
export function ChoosePasswordPage(props: {
  context: PageContext;
  token: string;
  name: string;
  errors?: FieldErrors;
}) {
  const { context, errors } = props;
  const title = 'Choose a new password';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
    >
      <p>
        Hello {props.name}. Once you have chosen a new password, you will be signed out everywhere,
        and can sign in with it.
      </p>
      <ErrorSummary errors={errors} />
      <Form action={`/password-reset/${props.token}`} csrfToken={context.csrfToken}>
        <TextField
          name="newPassword"
          label="New password"
          type="password"
          autocomplete="new-password"
          hint={PASSWORD_HINT}
          error={errors?.newPassword}
        />
        <TextField
          name="confirmPassword"
          label="New password again"
          type="password"
          autocomplete="new-password"
          error={errors?.confirmPassword}
        />
        <Button>Change my password</Button>
      </Form>
    </Page>
  );
}

const PROBLEMS: Record<ResetLinkProblem, { title: string; text: string }> = {
  expired: {
    title: 'This link has expired',
    text: 'Links to reset a password work for 1 hour, and this one is older than that.',
  },
  used: {
    title: 'This link has already been used',
    text: 'Each link works once. If you have just chosen a new password, sign in with it.',
  },
  unknown: {
    title: 'This link does not work',
    text: 'It may have been copied only in part, or it may be from an old email.',
  },
};

/** Why a reset link cannot be used, and how to get a new one. */
export function ResetLinkProblemPage(props: { context: PageContext; problem: ResetLinkProblem }) {
  const problem = PROBLEMS[props.problem];
  return (
    <Page context={props.context} title={problem.title} width="narrow">
      <p>{problem.text}</p>
      <p>
        <a href="/password-reset">Ask for a new link</a> · <a href="/sign-in">Sign in</a>
      </p>
    </Page>
  );
}
