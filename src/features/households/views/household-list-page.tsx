import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  NotificationBanner,
  Pagination,
  Table,
  Tag,
} from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, SelectField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { capitalise } from '../../../core/ui/terms.ts';
import { HOUSEHOLD_STATUSES, type HouseholdStatus } from '../schemas.ts';
import type { HouseholdList } from '../service.ts';
import { describeVacancies } from '../vacancies.ts';
import { careKindLabel, statusLabel, statusTone } from './words.ts';

/** The households the person may see, filtered by status, fifty to a page. */
export function HouseholdListPage(props: {
  context: PageContext;
  list: HouseholdList;
  /** The filter applied to the list (none when what was asked for could not be read). */
  status: HouseholdStatus | undefined;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { context, list, status, values, errors } = props;
  const hrefFor = (page: number) =>
    `/households?${new URLSearchParams({ ...(status ? { status } : {}), page: String(page) })}`;
  return (
    <Page
      context={context}
      title="Households"
      documentTitle={errors ? 'Error: Households' : 'Households'}
    >
      {/* The status has a field to link to; a page number typed into the address does not. */}
      <ErrorSummary errors={errors?.status ? { status: errors.status } : undefined} />
      {errors?.page ? (
        <NotificationBanner kind="warning" title="There is a problem">
          <p>{errors.page}. Here is the first page.</p>
        </NotificationBanner>
      ) : null}
      <Form action="/households" method="get" csrfToken="" class="filters">
        <SelectField
          name="status"
          label="Status"
          value={values.status}
          error={errors?.status}
          options={[
            { value: '', label: 'Every status' },
            ...HOUSEHOLD_STATUSES.map((value) => ({ value, label: statusLabel(value) })),
          ]}
        />
        <div class="field">
          <Button variant="secondary">Show households</Button>
        </div>
      </Form>
      <p>
        {list.total} {list.total === 1 ? 'household' : 'households'}
      </p>
      <Table
        caption="Households"
        captionHidden
        rows={list.items}
        empty={
          list.page > 1
            ? 'There are no more households. Go back to the first page.'
            : 'There are no households to show.'
        }
        columns={[
          {
            heading: 'Household',
            cell: (row) => <a href={`/households/${row.id}`}>{row.name}</a>,
          },
          { heading: 'Reference', cell: (row) => row.reference },
          {
            heading: 'Status',
            cell: (row) => <Tag tone={statusTone(row.status)}>{statusLabel(row.status)}</Tag>,
          },
          { heading: 'Care', cell: (row) => careKindLabel(row.careKind) },
          { heading: 'Area', cell: (row) => row.areaName ?? '' },
          {
            heading: 'Children now',
            cell: (row) => `${row.childrenNow} of ${row.maxChildren ?? 0}`,
            isNumeric: true,
          },
          { heading: 'Vacancies', cell: (row) => describeVacancies(row.vacancies) },
          {
            heading: capitalise(context.terms.supervisingSocialWorker),
            cell: (row) => row.workerName ?? 'Not allocated',
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
