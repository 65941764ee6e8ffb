import { NotificationBanner, Pagination, Table } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import { ageOn, formatDate } from '../../../core/time/dates.ts';
import type { ChildList } from '../service.ts';
import { childName } from './words.ts';

/** The children the person may see, fifty to a page, with where each lives now. */
export function ChildrenListPage(props: {
  context: PageContext;
  list: ChildList;
  errors?: FieldErrors;
}) {
  const { context, list, errors } = props;
  return (
    <Page
      context={context}
      title="Children"
      documentTitle={errors ? 'Error: Children' : 'Children'}
    >
      {errors?.page ? (
        <NotificationBanner kind="warning" title="There is a problem">
          <p>{errors.page}. Here is the first page.</p>
        </NotificationBanner>
      ) : null}
      {list.abilities.canCreate ? (
        <p>
          <ButtonLink href="/children/new">Add a child</ButtonLink>
        </p>
      ) : null}
      <p>
        {list.total} {list.total === 1 ? 'child' : 'children'}
      </p>
      <Table
        caption="Children"
        captionHidden
        rows={list.items}
        empty={
          list.page > 1
            ? 'There are no more children to show. Go back to the first page.'
            : 'There are no children to show.'
        }
        columns={[
          {
            heading: 'Name',
            cell: (row) => <a href={`/children/${row.id}`}>{childName(row)}</a>,
          },
          { heading: 'Age', cell: (row) => ageOn(row.dateOfBirth, context.today), isNumeric: true },
          {
            heading: 'Needs',
            cell: (row) =>
              row.needsCount === 0
                ? 'None recorded'
                : `${row.needsCount} ${row.needsCount === 1 ? 'need' : 'needs'}`,
          },
          {
            heading: 'Living now with',
            cell: (row) =>
              !row.home ? (
                'Not with one of our households'
              ) : row.home.household ? (
                <a href={`/households/${row.home.household.id}`}>{row.home.household.name}</a>
              ) : (
                'One of our households'
              ),
          },
          {
            heading: 'Since',
            cell: (row) => (row.home ? formatDate(row.home.startedOn, context.locale) : ''),
          },
        ]}
      />
      <Pagination
        page={list.page}
        pageCount={Math.max(1, Math.ceil(list.total / list.pageSize))}
        hrefFor={(page) => `/children?page=${page}`}
      />
    </Page>
  );
}
