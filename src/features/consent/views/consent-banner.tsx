import { ConsentChoiceForms } from './consent-choice-forms.tsx';

/** The question about cookies, shown at the top of public pages until the visitor answers it. */
export function ConsentBanner(props: { agencyName: string; csrfToken: string; returnTo: string }) {
  return (
    <div class="cookie-banner" role="region" aria-label={`Cookies on ${props.agencyName}`}>
      <div class="container">
        <h2 class="cookie-banner__title">Cookies on this website</h2>
        <p>We use a few essential cookies to make this website work.</p>
        <p>
          We would also like to count visits with analytics cookies, to learn which pages help
          people who are thinking about fostering. We count them ourselves: nothing is shared with
          another company. Nothing is counted unless you say yes.
        </p>
        <ConsentChoiceForms csrfToken={props.csrfToken} returnTo={props.returnTo} />
        <p>
          <a href="/cookies">Read about the cookies we use</a>
        </p>
      </div>
    </div>
  );
}
