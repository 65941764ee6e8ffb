import {
  Breadcrumbs,
  NotificationBanner,
  SummaryList,
} from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { CreatedKey } from '../authorities-service.ts';

/** A new API key, shown this once, with how the council's system uses it. */
export function KeyCreatedPage(props: {
  context: PageContext;
  created: CreatedKey;
  publicUrl: string;
}) {
  const { context, created, publicUrl } = props;
  const base = `/admin/authorities/${created.authority.id}`;
  return (
    <Page
      context={context}
      title={`A new key for ${created.authority.name}`}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/admin/authorities', label: 'Local authorities' },
            { href: base, label: created.authority.name },
          ]}
        />
      }
    >
      <SummaryList rows={[{ label: 'Label', value: created.label }]} />
      <NotificationBanner kind="warning" title="The key is shown only this once">
        <p class="secret">{created.key}</p>
        <p>
          Copy it now into the council’s system, or pass it to the person who looks after that
          system by a secure route: never in an ordinary email. Kinfold keeps only a fingerprint of
          it, so it cannot be shown again. If it is lost, revoke it and make another.
        </p>
      </NotificationBanner>
      <h2 class="heading-m">How the council’s system uses it</h2>
      <p>Every request carries the key in a header:</p>
      <p class="secret">Authorization: Bearer {created.key}</p>
      {/* The addresses are blocks that wrap, so a phone's screen never has to scroll sideways. */}
      <p>
        To send a referral, the system posts JSON to this address, and reads its referrals and our
        replies at the same address:
      </p>
      <p class="secret">{publicUrl}/api/v1/referrals</p>
      <p>
        The fields and answers are described in the{' '}
        <a href="/api/v1/openapi.json">API’s description (OpenAPI)</a>, at:
      </p>
      <p class="secret">{publicUrl}/api/v1/openapi.json</p>
      <p>
        <ButtonLink href={base}>Back to {created.authority.name}</ButtonLink>
      </p>
    </Page>
  );
}
