import { Table } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { AuthorityListItem } from '../authorities-service.ts';
import { keyName } from './key-words.ts';

/** The local authorities that refer children, how many each has referred, and their API keys. */
export function AuthorityListPage(props: {
  context: PageContext;
  authorities: AuthorityListItem[];
}) {
  const { context, authorities } = props;
  return (
    <Page context={context} title="Local authorities">
      <p>
        The councils that refer children to the agency. Each can have keys that let its own system
        send referrals and read our replies.
      </p>
      <p>
        <ButtonLink href="/admin/authorities/new" variant="secondary">
          Add a local authority
        </ButtonLink>
      </p>
      <Table
        caption="Local authorities"
        captionHidden
        rows={authorities}
        empty="No local authorities yet. Add the first one."
        columns={[
          {
            heading: 'Name',
            cell: (row) => <a href={`/admin/authorities/${row.id}`}>{row.name}</a>,
          },
          { heading: 'Email', cell: (row) => row.email || 'Not given' },
          { heading: 'Referrals', cell: (row) => row.referralCount, isNumeric: true },
          {
            heading: 'API keys in use',
            cell: (row) => {
              const active = row.keys.filter((key) => !key.revokedAt);
              const revoked = row.keys.length - active.length;
              return (
                <>
                  {active.length === 0 ? (
                    'None'
                  ) : (
                    <ul class="list-plain">
                      {active.map((key) => (
                        <li key={key.id}>{keyName(key)}</li>
                      ))}
                    </ul>
                  )}
                  {revoked > 0 ? <span class="muted">{revoked} revoked</span> : null}
                </>
              );
            },
          },
        ]}
      />
    </Page>
  );
}
