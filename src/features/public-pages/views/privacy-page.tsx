import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';

/** What the agency keeps about people, why, who can see it, and for how long. */
export function PrivacyPage({ context, email }: { context: PageContext; email: string }) {
  return (
    <Page context={context} title="How we look after your information" width="narrow">
      <p>
        {context.agencyName} keeps records about {context.terms.fosterCarers}, the children they
        care for, and children’s families, because the law requires it and because good records help
        children stay safe and settled.
      </p>
      <h2>Who can see what</h2>
      <p>
        People see only what their role needs. A carer sees the children living with them now. A{' '}
        {context.terms.birthParent} sees what is shared with them about their own child, and never
        where their child lives when that is kept confidential. A young person sees their own space.
        Staff see the households and children they work with.
      </p>
      <h2>Every look is recorded</h2>
      <p>
        Each time someone opens or changes a record about a child, a carer or a birth family,
        Kinfold writes down who, what and when in a record that cannot be quietly changed. The
        registered manager checks it.
      </p>
      <h2>How long we keep records</h2>
      <p>
        Children’s records are kept until the child’s 75th birthday. Records about carers are kept
        for at least 10 years after their approval ends. These periods are set by the regulations
        for fostering services in England.
      </p>
      <h2>Cookies</h2>
      <p>
        This part of the service uses only the cookies it needs to work: one that keeps you signed
        in, and one that protects forms from being sent by other websites. Neither is used to track
        you.
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
        .
      </p>
    </Page>
  );
}
