import type { FieldErrors } from '../../../core/errors.ts';
import { NotificationBanner } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import type { TwoFactorState } from '../two-factor-service.ts';

/** Setting up two-factor sign-in (scan, then confirm a code), or turning it off with the password. */
export function TwoFactorPage(props: {
  context: PageContext;
  state: TwoFactorState;
  isRequiredNotice: boolean;
  errors?: FieldErrors;
}) {
  const { context, state, errors } = props;
  const title = 'Two-factor sign-in';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
    >
      {props.isRequiredNotice && !state.isEnabled ? (
        <NotificationBanner kind="warning" title="Set this up to carry on">
          <p>
            Your agency asks all its staff to use two-factor sign-in. Set it up now to use Kinfold.
          </p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      {state.isEnabled ? (
        <TurnOff context={context} state={state} errors={errors} />
      ) : (
        <SetUp context={context} state={state} errors={errors} />
      )}
    </Page>
  );
}

function SetUp(props: {
  context: PageContext;
  state: Extract<TwoFactorState, { isEnabled: false }>;
  errors?: FieldErrors | undefined;
}) {
  const { context, state } = props;
  return (
    <>
      <p>
        When two-factor sign-in is on, you enter a code from an app on your phone as well as your
        password. Someone who learns your password still cannot sign in as you.
      </p>
      <h2 class="heading-m">1. Add Kinfold to an authenticator app</h2>
      <p>
        Use any authenticator app, for example Google Authenticator, Microsoft Authenticator or
        2FAS. In the app, choose to add an account, then scan this QR code.
      </p>
      <div
        class="qr"
        role="img"
        aria-label="QR code to scan with your authenticator app"
        // The SVG comes from the qrcode library (paths only), never from anything a person typed.
        dangerouslySetInnerHTML={{ __html: state.qrCodeSvg }}
      />
      <p>If you cannot scan it, choose to type a key in the app, and enter this key:</p>
      <p class="secret" id="totp-secret">
        {groupInFours(state.secret)}
      </p>
      <h2 class="heading-m">2. Enter the code the app shows</h2>
      <Form action="/account/two-factor" csrfToken={context.csrfToken}>
        <TextField
          name="code"
          label="Code from the app"
          hint="6 digits. A new code appears every 30 seconds."
          inputmode="numeric"
          autocomplete="one-time-code"
          width="short"
          spellcheck={false}
          error={props.errors?.code}
        />
        <Button>Turn on two-factor sign-in</Button>
      </Form>
    </>
  );
}

function TurnOff(props: {
  context: PageContext;
  state: Extract<TwoFactorState, { isEnabled: true }>;
  errors?: FieldErrors | undefined;
}) {
  const { context, state } = props;
  return (
    <>
      <p>
        Two-factor sign-in is on. You turned it on{' '}
        {formatInstant(state.enabledAt, context.timeZone, context.locale)}.
      </p>
      <h2 class="heading-m">Turn it off</h2>
      <p>
        {state.isRequired
          ? 'Your agency asks all staff to use two-factor sign-in, so you will be asked to set it up again straight away. Do this when you move to a new phone.'
          : 'Your account will then be protected by your password alone. You can turn it on again at any time, for example on a new phone.'}
      </p>
      <Form action="/account/two-factor/disable" csrfToken={context.csrfToken}>
        <TextField
          name="password"
          label="Your password"
          type="password"
          autocomplete="current-password"
          error={props.errors?.password}
        />
        <Button variant="warning">Turn off two-factor sign-in</Button>
      </Form>
      <p>
        <a href="/account">Back to your account</a>
      </p>
    </>
  );
}

// A long key is easier to type from the screen in groups of four.
function groupInFours(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
