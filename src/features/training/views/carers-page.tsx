import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { Pagination, Table, Tag } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  SelectField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { CarerList } from '../compliance-service.ts';
import type { TCarerListQuery } from '../record-schemas.ts';
import { traineeName } from '../trainees.ts';
import { CARERS_PATH, COMPLIANCE_PATH, carerRecordPath } from './paths.ts';
import { tsdsStatusWords } from './record-words.ts';

const STATUS_OPTIONS = [
  { value: '', label: 'Any' },
  { value: 'overdue', label: 'Courses overdue' },
  { value: 'due_soon', label: 'Courses due soon' },
  { value: 'tsds_overdue', label: 'Standards overdue' },
];

/** The list's address for another page, keeping the filters. */
function pageHref(filter: Partial<TCarerListQuery>, page: number): string {
  const params = new URLSearchParams();
  if (filter.area) params.set('area', filter.area);
  if (filter.worker) params.set('worker', filter.worker);
  if (filter.status) params.set('status', filter.status);
  params.set('page', String(page));
  return `${CARERS_PATH}?${params}`;
}

/** The carers a member of staff works with, what is overdue and due soon, and the standards. */
export function CarersPage(props: {
  context: PageContext;
  list: Extract<CarerList, { kind: 'list' }>;
  filter: Partial<TCarerListQuery>;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { context, list, filter, values, errors } = props;
  const title = 'Carers’ training';
  const date = (iso: string | null) => (iso ? formatDate(iso, context.locale) : '–');
  return (
    <Page context={context} title={title} documentTitle={errors ? `Error: ${title}` : title}>
      <ErrorSummary errors={errors} />
      {list.canReport ? (
        <ButtonLink href={COMPLIANCE_PATH} variant="secondary">
          Compliance across the agency
        </ButtonLink>
      ) : null}
      <Form action={CARERS_PATH} method="get" csrfToken="" class="filters">
        <SelectField
          name="area"
          label="Area"
          options={[{ value: '', label: 'Every area' }, ...toOptions(list.areas)]}
          value={values.area}
          error={errors?.area}
        />
        {list.isWorkerFilterShown ? (
          <SelectField
            name="worker"
            label="Supervising social worker"
            options={[{ value: '', label: 'Everyone' }, ...toOptions(list.workers)]}
            value={values.worker}
            error={errors?.worker}
          />
        ) : null}
        <SelectField
          name="status"
          label="Status"
          options={STATUS_OPTIONS}
          value={values.status}
          error={errors?.status}
        />
        <div class="field">
          <Button variant="secondary">Show</Button>
        </div>
      </Form>
      <p class="lead">
        {list.total === 1 ? '1 carer' : `${list.total} carers`}. Carers of approved households and
        of those taking a break.
      </p>
      <Table
        caption="Carers, with courses overdue and due soon, and the training standards"
        captionHidden
        rows={list.carers}
        empty="No carers match these filters."
        columns={[
          {
            heading: 'Carer',
            cell: ({ trainee }) => <a href={carerRecordPath(trainee.id)}>{traineeName(trainee)}</a>,
          },
          { heading: 'Area', cell: ({ trainee }) => trainee.areaName ?? '–' },
          {
            heading: 'Supervising social worker',
            cell: ({ trainee }) => trainee.supervisingWorkerName ?? '–',
          },
          {
            heading: 'Overdue',
            cell: (row) =>
              row.overdueCount > 0 ? <Tag tone="overdue">{row.overdueCount}</Tag> : '0',
            isNumeric: true,
          },
          {
            heading: 'Due soon',
            cell: (row) => (row.dueSoonCount > 0 ? <Tag tone="due">{row.dueSoonCount}</Tag> : '0'),
            isNumeric: true,
          },
          {
            heading: 'Standards',
            cell: ({ tsds }) => (
              <Tag tone={tsdsStatusWords(tsds.status).tone}>
                {tsdsStatusWords(tsds.status).label}
              </Tag>
            ),
          },
          {
            heading: 'Standards due by',
            cell: ({ tsds }) => (tsds.status === 'complete' ? '–' : date(tsds.deadline)),
          },
        ]}
      />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => pageHref(filter, page)}
      />
    </Page>
  );
}

function toOptions(items: { id: string; name: string }[]) {
  return items.map((item) => ({ value: item.id, label: item.name }));
}
