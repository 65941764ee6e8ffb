import { Form } from '../../../core/ui/components/forms.tsx';

/**
 * The two answers to the cookie question, as two small forms with buttons of equal weight, so that
 * saying no is as easy as saying yes. They work without JavaScript.
 */
export function ConsentChoiceForms(props: { csrfToken: string; returnTo: string }) {
  return (
    <div class="consent-choices">
      <Form action="/consent" csrfToken={props.csrfToken} class="consent-choices__form">
        <input type="hidden" name="analytics" value="accept" />
        <input type="hidden" name="returnTo" value={props.returnTo} />
        <button class="button button--primary" type="submit">
          Accept analytics cookies
        </button>
      </Form>
      <Form action="/consent" csrfToken={props.csrfToken} class="consent-choices__form">
        <input type="hidden" name="analytics" value="reject" />
        <input type="hidden" name="returnTo" value={props.returnTo} />
        <button class="button button--primary" type="submit">
          Reject analytics cookies
        </button>
      </Form>
    </div>
  );
}
