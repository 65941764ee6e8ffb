import { isRole } from '../../../core/access/roles.ts';
import { Tag, Table } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { roleLabel } from '../../../core/ui/roles.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import type { AccountSummary } from '../admin-service.ts';

/** Everyone who can sign in, for the administrator (who may change them) and the registered manager. */
export function PeoplePage(props: {
  context: PageContext;
  accounts: AccountSummary[];
  abilities: { canAdd: boolean };
}) {
  const { context } = props;
  return (
    <Page context={context} title="People and access">
      <p>Everyone who can sign in to Kinfold, and what they do.</p>
      {props.abilities.canAdd ? (
        <ButtonLink href="/admin/users/new">Add a person</ButtonLink>
      ) : null}
      <Table
        caption={`${props.accounts.length} ${props.accounts.length === 1 ? 'account' : 'accounts'}`}
        rows={props.accounts}
        empty="No one has an account yet."
        columns={[
          {
            heading: 'Name',
            cell: (account) => <a href={`/admin/users/${account.id}`}>{account.name}</a>,
          },
          { heading: 'Email address', cell: (account) => account.email },
          {
            heading: 'Role',
            cell: (account) =>
              isRole(account.role) ? roleLabel(account.role, context.terms) : account.role,
          },
          {
            heading: 'Two-factor',
            cell: (account) => (account.totpEnabledAt ? <Tag tone="good">On</Tag> : <Tag>Off</Tag>),
          },
          {
            heading: 'Last signed in',
            cell: (account) =>
              account.lastSignedInAt
                ? formatInstant(account.lastSignedInAt, context.timeZone, context.locale)
                : 'Never',
          },
          {
            heading: 'Active',
            cell: (account) =>
              account.isActive ? (
                <Tag tone="good">Active</Tag>
              ) : (
                <Tag tone="overdue">Deactivated</Tag>
              ),
          },
        ]}
      />
    </Page>
  );
}
