import type { Role } from '../../../core/access/roles.ts';
import { Breadcrumbs, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { Button, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { roleLabel } from '../../../core/ui/roles.ts';
import { formatInstant } from '../../../core/time/dates.ts';

export type PersonView = {
  account: {
    id: string;
    name: string;
    email: string;
    role: Role;
    isActive: boolean;
    hasTwoFactor: boolean;
    createdAt: Date;
    lastSignedInAt: Date | null;
  };
  abilities: {
    canDeactivate: boolean;
    canReactivate: boolean;
    canResetTwoFactor: boolean;
    isSelf: boolean;
  };
};

/** One account: its details, and the changes the person looking may make to it. */
export function PersonPage(props: { context: PageContext; person: PersonView }) {
  const { context } = props;
  const { account, abilities } = props.person;
  const when = (instant: Date) => formatInstant(instant, context.timeZone, context.locale);
  const base = `/admin/users/${account.id}`;
  return (
    <Page
      context={context}
      title={account.name}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: '/admin/users', label: 'People and access' }]} />}
    >
      <SummaryList
        rows={[
          { label: 'Email address', value: account.email },
          { label: 'Role', value: roleLabel(account.role, context.terms) },
          {
            label: 'Account',
            value: account.isActive ? (
              <Tag tone="good">Active</Tag>
            ) : (
              <Tag tone="overdue">Deactivated</Tag>
            ),
          },
          {
            label: 'Two-factor sign-in',
            value: account.hasTwoFactor ? <Tag tone="good">On</Tag> : <Tag>Off</Tag>,
          },
          { label: 'Added', value: when(account.createdAt) },
          {
            label: 'Last signed in',
            value: account.lastSignedInAt ? when(account.lastSignedInAt) : 'Never',
          },
        ]}
      />
      {abilities.canDeactivate ? (
        <>
          <h2 class="heading-m">Deactivate this account</h2>
          <p>
            {account.name} will be signed out at once and will not be able to sign in. Their records
            stay as they are. You can reactivate the account later.
          </p>
          <Form action={`${base}/deactivate`} csrfToken={context.csrfToken}>
            <Button variant="warning">Deactivate {account.name}’s account</Button>
          </Form>
        </>
      ) : null}
      {abilities.canReactivate ? (
        <>
          <h2 class="heading-m">Reactivate this account</h2>
          <p>{account.name} will be able to sign in again with their password.</p>
          <Form action={`${base}/reactivate`} csrfToken={context.csrfToken}>
            <Button>Reactivate {account.name}’s account</Button>
          </Form>
        </>
      ) : null}
      {abilities.canResetTwoFactor ? (
        <>
          <h2 class="heading-m">Turn off two-factor sign-in</h2>
          <p>
            For someone who has lost their phone or changed to a new one. They will be signed out,
            can sign in with their password alone, and can then set up two-factor sign-in again.
          </p>
          <Form action={`${base}/two-factor/reset`} csrfToken={context.csrfToken}>
            <Button variant="secondary">Turn off two-factor sign-in for {account.name}</Button>
          </Form>
        </>
      ) : null}
      {abilities.isSelf ? (
        <p class="muted">
          This is your own account. Change your password and two-factor sign-in under{' '}
          <a href="/account">Your account</a>.
        </p>
      ) : null}
    </Page>
  );
}
