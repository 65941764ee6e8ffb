import type { EnquiryKind } from '../../../core/db/tables.ts';
import { NotificationBanner } from '../../../core/ui/components/content.tsx';
import type { PublicContext } from '../../public-pages/index.ts';
import { nextSteps, type EnquiryDetails } from '../next-steps.ts';
import { EnquiryPage } from './enquiry-page.tsx';

export const SENT_PATH = '/get-in-touch/sent';

const TITLES: Record<EnquiryKind, string> = {
  call_back: 'We will call you back',
  information_pack: 'Your information pack is on its way',
  enquiry_form: 'Your message has been sent',
  eligibility_check: 'Thank you for leaving your details',
  information_event: 'Your place is booked',
};

/** After an accepted form: the reference to quote, and what happens next. */
export function SentPage(props: {
  context: PublicContext;
  reference: string;
  details: EnquiryDetails;
}) {
  const { context, details } = props;
  const phone = context.contact.phone;
  return (
    <EnquiryPage
      context={context}
      title={TITLES[details.kind]}
      description="What happens next after getting in touch about fostering."
      path={SENT_PATH}
    >
      <NotificationBanner kind="success" title="Your reference">
        <p class="heading-l">{props.reference}</p>
        <p>We have sent you an email to confirm this. Please quote the reference if you call us.</p>
      </NotificationBanner>
      <h2 class="heading-m">What happens next</h2>
      <ul>
        {nextSteps(details).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <p>
        If the email has not arrived in a few minutes, please look in your junk or spam folder.
        {phone ? ` If you would like to talk sooner, call us on ${phone}.` : ''}
      </p>
      <h2 class="heading-m">While you wait</h2>
      <ul>
        <li>
          <a href="/questions">Read the questions people often ask about fostering</a>
        </li>
        <li>
          <a href="/training-and-support">Find out about our training and support</a>
        </li>
      </ul>
    </EnquiryPage>
  );
}

/**
 * What a form caught by the robot trap gets: a calm thank-you that tells a robot nothing. Should a
 * person ever land here, it tells them how to reach us if they do not hear back.
 */
export function ReceivedPage({ context }: { context: PublicContext }) {
  const phone = context.contact.phone;
  return (
    <EnquiryPage
      context={context}
      title="Thank you"
      description="Thank you for getting in touch about fostering."
      path={SENT_PATH}
    >
      <p class="lead">Thank you for getting in touch.</p>
      <p>
        {phone
          ? `If you do not hear from us within one working day, please call us on ${phone}.`
          : 'If you do not hear from us within one working day, please get in touch again.'}
      </p>
      <p>
        <a href="/">Back to the home page</a>
      </p>
    </EnquiryPage>
  );
}
