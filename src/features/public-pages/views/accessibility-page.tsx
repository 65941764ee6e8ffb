import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** How accessible the website and service are, and how to report a problem. */
export function AccessibilityPage({ context }: { context: PublicContext }) {
  const { email } = context.contact;
  return (
    <PublicPage
      context={context}
      title="Accessibility"
      description="How we make this website and service easy for everyone to use, and how to tell us about a problem."
      path="/accessibility"
    >
      <p>
        We want everyone who uses this website and service to be able to use it easily, whatever
        device they have and however they use it.
      </p>
      <p>You should be able to:</p>
      <ul>
        <li>use every page with a keyboard alone, and see where you are on the page;</li>
        <li>use it with a screen reader or voice control;</li>
        <li>zoom in to 400% without text spilling off the screen;</li>
        <li>use it on a small phone screen, 320 pixels wide;</li>
        <li>use it with JavaScript turned off.</li>
      </ul>
      <p>
        We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page
        is checked automatically with axe-core when the software is tested, and by hand with a
        keyboard. Pages are kept small, so they load quickly on a slow connection.
      </p>
      <h2>Reporting a problem</h2>
      <p>
        If something is hard to use, please tell us
        {email ? (
          <>
            {' '}
            at <a href={`mailto:${email}`}>{email}</a>
          </>
        ) : (
          ''
        )}
        . Say which page, and what happened. We will reply within 5 working days.
      </p>
    </PublicPage>
  );
}
