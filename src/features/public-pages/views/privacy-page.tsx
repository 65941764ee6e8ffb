import { capitalise } from '../../../core/ui/terms.ts';
import { ANALYTICS_RETENTION_DAYS } from '../../consent/index.ts';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

/** What the agency keeps about people, why, who can see it, and for how long. */
export function PrivacyPage({ context }: { context: PublicContext }) {
  const { agencyName, terms } = context.page;
  const { email } = context.contact;
  const analyticsMonths = Math.round(ANALYTICS_RETENTION_DAYS / 30.4);
  return (
    <PublicPage
      context={context}
      title="How we look after your information"
      description={`The information ${agencyName} keeps about visitors, people asking about fostering, carers, children and families: why we keep it, who can see it and how long we keep it.`}
      path="/privacy"
    >
      <p class="lead">
        {agencyName} is responsible for the information in this service. We keep only what we need,
        and we keep it safe.
      </p>

      <h2>When you visit this website</h2>
      <p>
        We use a few cookies that the website needs to work. We count visits only if you say yes to
        analytics cookies, and we do the counting ourselves: nothing is shared with another company,
        and our analytics records do not include your IP address. Analytics records are deleted
        after {analyticsMonths} months. Read about <a href="/cookies">the cookies we use</a>, or{' '}
        <a href="/opt-out">opt out of analytics</a> at any time.
      </p>

      <h2>When you ask about fostering</h2>
      <p>
        If you ask us a question, or ask for a call back or an information pack, we keep your name,
        how to contact you and what you tell us. We use it to reply and to help you decide about
        fostering. We never sell it or pass it on for marketing.
      </p>
      <p>
        If you apply to foster, we also keep the checks and reports from your assessment, because
        the law requires it.
      </p>

      <h2>{capitalise(terms.fosterCarers)}, children and families</h2>
      <p>
        We keep records about {terms.fosterCarers}, the children they care for, and children’s
        families, because the law requires it, and because good records help children stay safe and
        settled.
      </p>
      <p>
        People see only what their role needs. A carer sees the children living with them now. A{' '}
        {terms.birthParent} sees what is shared with them about their own child, and never where
        their child lives when that is kept private. Staff see the households and children they work
        with.
      </p>
      <p>
        Each time someone opens or changes a record about a child, a carer or a birth family, we
        write down who, what and when, in a record that cannot be quietly changed. The registered
        manager checks it.
      </p>

      <h2>How long we keep records</h2>
      <p>
        Children’s records are kept until the child’s 75th birthday. Records about carers are kept
        for at least 10 years after their approval ends. Records about people who applied to foster
        but were not approved are kept for at least 3 years. These periods are set by the
        regulations for fostering services in England.
      </p>

      <h2>Your rights</h2>
      <p>
        You can ask to see the information we hold about you, and ask us to correct it
        {email ? (
          <>
            : write to <a href={`mailto:${email}`}>{email}</a>
          </>
        ) : (
          ''
        )}
        . You can also ask us to delete it, or to stop using it, where the law allows.
      </p>
      <p>
        If you are unhappy with how we have handled your information, please tell us first. You can
        also complain to the data protection regulator: in the UK, that is the Information
        Commissioner’s Office.
      </p>
    </PublicPage>
  );
}
