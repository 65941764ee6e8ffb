import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';

/** For a young person whose account is not joined up to their record yet. */
export function NotLinkedPage({ context }: { context: PageContext }) {
  return (
    <Page context={context} title="Your voice" width="narrow">
      <p class="lead">This page is not ready for you yet.</p>
      <p>
        Your account needs to be joined up with your records first. Your worker will do this, and
        then you can write here.
      </p>
      <p>
        If you want to talk to someone now, you can talk to your carers, your worker, or someone you
        trust.
      </p>
      <p>
        <a href="/home">Go back to your home page</a>
      </p>
    </Page>
  );
}
