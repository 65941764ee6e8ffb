import type { PublicContext } from '../public-context.ts';
import { GetInTouchList } from './fostering-options.tsx';
import { PublicPage } from './public-page.tsx';

/** Every way to take a first step towards fostering, on one page. */
export function GetInTouchPage({ context }: { context: PublicContext }) {
  const { phone } = context.contact;
  return (
    <PublicPage
      context={context}
      title="Get in touch"
      description="Ask for a call back or an information pack, send us a message, come to an event, or check if you could foster. Choose whatever suits you."
      path="/get-in-touch"
      isFosteringOptionsHidden
    >
      <p class="lead">
        Life is busy, so we keep this simple. Choose the way that suits you best. Asking does not
        commit you to anything.
      </p>
      <GetInTouchList headingLevel={2} />
      {phone ? (
        <>
          <h2>Rather talk now?</h2>
          <p>
            Call us on <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a>.
          </p>
        </>
      ) : null}
    </PublicPage>
  );
}
