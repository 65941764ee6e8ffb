import { Form } from '../../../core/ui/components/forms.tsx';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** Where anyone can turn analytics off at any time, whatever they chose before. */
export function OptOutPage({ context }: { context: PublicContext }) {
  const { consent } = context;
  return (
    <PublicPage
      context={context}
      title="Opt out of analytics"
      description="Turn off analytics cookies on this website at any time. We will stop counting your visits straight away."
      path="/opt-out"
      isConsentBannerHidden
    >
      <p class="lead">
        {consent.hasAnalytics
          ? 'Analytics cookies are on. We count your visits to learn which pages help people.'
          : 'Analytics cookies are off. We are not counting your visits.'}
      </p>
      <p>
        If you opt out, we stop counting your visits straight away and delete the analytics cookie
        from your browser. We keep a note that you opted out, with the date, but nothing that says
        who you are.
      </p>
      <Form action="/opt-out" csrfToken={context.page.csrfToken}>
        <button class="button button--primary" type="submit">
          Opt out of analytics
        </button>
      </Form>
      <p>
        Read about <a href="/cookies">the cookies we use</a>, or change your choice there.
      </p>
    </PublicPage>
  );
}
