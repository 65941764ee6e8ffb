import { Page } from '../ui/layout.tsx';
import type { PageContext } from '../ui/page-context.ts';

/** The page for an address that leads nowhere (or to something this person may not know about). */
export function NotFoundPage({ context }: { context: PageContext }) {
  return (
    <Page context={context} title="Page not found" width="narrow">
      <p>If you typed the address, check it is correct.</p>
      <p>
        If you followed a link, the page may have moved, or you may need to sign in with a different
        account to see it.
      </p>
      <p>
        <a href={context.actor ? '/home' : '/'}>Go to the home page</a>
      </p>
    </Page>
  );
}

/** The page for something this person can see but may not do. */
export function ForbiddenPage({ context, message }: { context: PageContext; message: string }) {
  return (
    <Page context={context} title="You cannot do that" width="narrow">
      <p>{message}</p>
      <p>If you think you should be able to, ask your manager or the agency’s administrator.</p>
      <p>
        <a href="/home">Go to your home page</a>
      </p>
    </Page>
  );
}

/** A form posted without a valid token: usually a page left open too long, or an attack. */
export function CsrfRejectedPage({ context }: { context: PageContext }) {
  return (
    <Page context={context} title="Your form could not be sent" width="narrow">
      <p>
        This can happen when a page has been open for a long time, or after you signed in or out in
        another tab.
      </p>
      <p>Go back, reload the page, and send the form again.</p>
    </Page>
  );
}

/** A request too large or malformed for the server to read. */
export function BadRequestPage({ context, message }: { context: PageContext; message: string }) {
  return (
    <Page context={context} title="Your request could not be read" width="narrow">
      <p>{message}</p>
      <p>Go back and try again.</p>
    </Page>
  );
}

/** Too many attempts; says when to try again. */
export function TooManyAttemptsPage({
  context,
  message,
}: {
  context: PageContext;
  message: string;
}) {
  return (
    <Page context={context} title="Please wait and try again" width="narrow">
      <p>{message}</p>
    </Page>
  );
}

/** Something failed inside Kinfold; the reference lets the administrator find the details in the log. */
export function ServerErrorPage({
  context,
  reference,
}: {
  context: PageContext;
  reference: string;
}) {
  return (
    <Page context={context} title="Sorry, something went wrong" width="narrow">
      <p>Nothing you did caused this, and what you were doing was not saved.</p>
      <p>
        Try again in a few minutes. If it keeps happening, tell the agency’s administrator and give
        them this reference:
      </p>
      <p class="secret">{reference}</p>
    </Page>
  );
}
