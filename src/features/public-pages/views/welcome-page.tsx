import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';

/** The front door for people who are not signed in. */
export function WelcomePage({ context, phone }: { context: PageContext; phone: string }) {
  return (
    <Page
      context={context}
      title={context.agencyName}
      width="narrow"
      description={`${context.agencyName}: foster care with a focus on attachment.`}
    >
      <p class="lead">
        We find, train and support {context.terms.fosterCarers} and kinship carers, so that children
        who cannot live at home have a safe, stable place to grow, and keep the people who matter to
        them.
      </p>
      <h2>Carers, families, young people and staff</h2>
      <p>Sign in to see what is happening, what is coming up, and what you need to do.</p>
      <ButtonLink href="/sign-in">Sign in</ButtonLink>
      <h2>Thinking about fostering?</h2>
      <p>
        {phone
          ? `Call us on ${phone} for a friendly, no-pressure conversation.`
          : 'Contact the agency for a friendly, no-pressure conversation.'}
      </p>
    </Page>
  );
}
