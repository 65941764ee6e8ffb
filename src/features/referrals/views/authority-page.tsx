import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs, Table, Tag } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import type { AuthorityView } from '../authorities-service.ts';
import { AuthorityFields } from './authority-form-page.tsx';
import { keyName } from './key-words.ts';

/** A local authority: its details to correct, its API keys, and a form for a new key. */
export function AuthorityPage(props: {
  context: PageContext;
  view: AuthorityView;
  /** The details form as typed, when it needs correcting. */
  details?: { values: FormValues; errors: FieldErrors };
  /** The new key's form as typed, when it needs correcting. */
  key?: { values: FormValues; errors: FieldErrors };
}) {
  const { context, view } = props;
  const { authority } = view;
  const base = `/admin/authorities/${authority.id}`;
  const at = (instant: Date | null) =>
    instant ? formatInstant(instant, context.timeZone, context.locale) : 'Never';
  const errors = props.details?.errors ?? props.key?.errors;
  return (
    <Page
      context={context}
      title={authority.name}
      documentTitle={errors ? `Error: ${authority.name}` : authority.name}
      beforeHeading={
        <Breadcrumbs items={[{ href: '/admin/authorities', label: 'Local authorities' }]} />
      }
    >
      <ErrorSummary errors={errors} />
      <p>
        {view.referralCount === 1
          ? '1 referral received from them.'
          : `${view.referralCount} referrals received from them.`}
      </p>

      <section aria-labelledby="keys">
        <h2 id="keys">API keys</h2>
        <p>
          A key lets the council’s own system send referrals and read our replies about its
          referrals, and nothing else. Make one key for each system, and revoke a key as soon as it
          is no longer used or may have been seen by someone else.
        </p>
        <Table
          caption="API keys"
          captionHidden
          rows={view.keys}
          empty="No keys yet."
          columns={[
            { heading: 'Key', cell: (key) => keyName(key) },
            { heading: 'Made', cell: (key) => at(key.createdAt) },
            { heading: 'Last used', cell: (key) => at(key.lastUsedAt) },
            {
              heading: 'Status',
              cell: (key) =>
                key.revokedAt ? (
                  <>
                    <Tag>Revoked</Tag> <span class="muted">{at(key.revokedAt)}</span>
                  </>
                ) : (
                  <Form action={`${base}/keys/${key.id}/revoke`} csrfToken={context.csrfToken}>
                    <Tag tone="good">In use</Tag>{' '}
                    <Button variant="warning">Revoke {key.label}</Button>
                  </Form>
                ),
            },
          ]}
        />
        <h3>Make a new key</h3>
        <p>You will see the key once, on the next page.</p>
        <Form action={`${base}/keys`} csrfToken={context.csrfToken}>
          <TextField
            name="label"
            label="Label"
            hint="Where the key will be used, like “Children’s services system”"
            value={props.key?.values.label}
            error={props.key?.errors.label}
          />
          <Button variant="secondary">Make a key</Button>
        </Form>
      </section>

      <section aria-labelledby="details">
        <h2 id="details">Details</h2>
        <Form action={base} csrfToken={context.csrfToken}>
          <AuthorityFields
            values={props.details?.values ?? { name: authority.name, email: authority.email }}
            errors={props.details?.errors}
          />
          <Button variant="secondary">Save the details</Button>
        </Form>
      </section>
    </Page>
  );
}
