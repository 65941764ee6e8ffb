import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** The agency's phone number, email address and postal address, from its settings. */
export function ContactPage({ context }: { context: PublicContext }) {
  const { phone, email, address } = context.contact;
  const { agencyName } = context.page;
  const hasDetails = Boolean(phone || email || address);
  return (
    <PublicPage
      context={context}
      title="Contact us"
      description={`How to reach ${agencyName}: phone, email and address, and the quickest ways to ask about fostering.`}
      path="/contact"
    >
      <p class="lead">
        We would love to hear from you, whether you are ready to start or just curious.
      </p>
      {hasDetails ? (
        <dl class="contact-details">
          {phone ? (
            <>
              <dt>Phone</dt>
              <dd>
                <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a>
              </dd>
            </>
          ) : null}
          {email ? (
            <>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${email}`}>{email}</a>
              </dd>
            </>
          ) : null}
          {address ? (
            <>
              <dt>Address</dt>
              <dd class="preserve-lines">{address}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>Use one of the ways below to get in touch, and we will come back to you.</p>
      )}
      <h2>Asking about fostering?</h2>
      <p>
        You can ask for a call back, an information pack or a place at an event, or check whether
        you could foster.
      </p>
      <ButtonLink href="/get-in-touch">See the ways to get in touch</ButtonLink>
      <h2>Already caring with us?</h2>
      <p>
        Call your {context.page.terms.supervisingSocialWorker} or the office, or{' '}
        <a href="/sign-in">sign in</a> to see what is happening and what is coming up.
      </p>
    </PublicPage>
  );
}
