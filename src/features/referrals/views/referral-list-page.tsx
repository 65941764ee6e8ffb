import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  NotificationBanner,
  Pagination,
  Table,
  Tag,
} from '../../../core/ui/components/content.tsx';
import {
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  SelectField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate, todayIn } from '../../../core/time/dates.ts';
import { careTypeLabel } from '../../children/index.ts';
import type { ReferralList } from '../service.ts';
import {
  referralLabel,
  REFERRAL_STATUSES,
  statusLabel,
  statusTone,
  urgencyLabel,
  urgencyTone,
} from '../words.ts';

/** The referrals, newest first, filtered by status, fifty to a page. */
export function ReferralListPage(props: {
  context: PageContext;
  list: ReferralList;
  values: FormValues;
  errors?: FieldErrors;
  canEnter: boolean;
}) {
  const { context, list, values, errors } = props;
  const hrefFor = (page: number) =>
    `/referrals?${new URLSearchParams({ ...(list.status ? { status: list.status } : {}), page: String(page) })}`;
  return (
    <Page
      context={context}
      title="Referrals"
      documentTitle={errors ? 'Error: Referrals' : 'Referrals'}
    >
      {props.canEnter ? (
        <p>
          <ButtonLink href="/referrals/new" variant="secondary">
            Enter a referral
          </ButtonLink>
        </p>
      ) : null}
      <ErrorSummary errors={errors?.status ? { status: errors.status } : undefined} />
      {errors?.page ? (
        <NotificationBanner kind="warning" title="There is a problem">
          <p>{errors.page}. Here is the first page.</p>
        </NotificationBanner>
      ) : null}
      <Form action="/referrals" method="get" csrfToken="" class="filters">
        <SelectField
          name="status"
          label="Status"
          value={values.status}
          error={errors?.status}
          options={[
            { value: '', label: 'Every status' },
            ...REFERRAL_STATUSES.map((value) => ({ value, label: statusLabel(value) })),
          ]}
        />
        <div class="field">
          <Button variant="secondary">Show referrals</Button>
        </div>
      </Form>
      <p>
        {list.total} {list.total === 1 ? 'referral' : 'referrals'}
      </p>
      <Table
        caption="Referrals"
        captionHidden
        rows={list.items}
        empty={
          list.page > 1
            ? 'There are no more referrals. Go back to the first page.'
            : 'There are no referrals to show.'
        }
        columns={[
          {
            heading: 'Child',
            cell: (row) => (
              <>
                <a href={`/referrals/${row.id}`}>{referralLabel(row, context.today)}</a>
                {row.siblingsCount > 0 ? (
                  <span class="muted">
                    {' '}
                    with {row.siblingsCount}{' '}
                    {row.siblingsCount === 1 ? 'brother or sister' : 'brothers and sisters'}
                  </span>
                ) : null}
              </>
            ),
          },
          { heading: 'Reference', cell: (row) => row.reference },
          { heading: 'Local authority', cell: (row) => row.authorityName },
          { heading: 'Care', cell: (row) => careTypeLabel(row.careType) },
          {
            heading: 'Urgency',
            cell: (row) => <Tag tone={urgencyTone(row.urgency)}>{urgencyLabel(row.urgency)}</Tag>,
          },
          {
            heading: 'Needed by',
            cell: (row) => (row.neededBy ? formatDate(row.neededBy, context.locale) : 'Not given'),
          },
          {
            heading: 'Status',
            cell: (row) => <Tag tone={statusTone(row.status)}>{statusLabel(row.status)}</Tag>,
          },
          {
            heading: 'Received',
            cell: (row) => formatDate(todayIn(context.timeZone, row.receivedAt), context.locale),
          },
        ]}
      />
      <Pagination
        page={list.page}
        pageCount={Math.max(1, Math.ceil(list.total / list.pageSize))}
        hrefFor={hrefFor}
      />
    </Page>
  );
}
