import { Pagination, Table, Tag } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import { formatDate, formatInstant } from '../../../core/time/dates.ts';
import type { ReportPage } from '../lists-service.ts';
import { kindLabel, kindTone } from '../words.ts';
import { recordPath, REPORTS_PATH } from './paths.ts';

/** Significant events and notifiable incidents nobody on the staff has acknowledged yet. */
export function ReportsPage(props: {
  context: PageContext;
  list: ReportPage;
  errors?: FieldErrors;
}) {
  const { context, list } = props;
  return (
    <Page context={context} title="Events and incidents not yet acknowledged">
      <ErrorSummary errors={props.errors} isUnlinked />
      <p class="lead">
        Significant events and notifiable incidents carers have reported that nobody on the staff
        has acknowledged yet, the newest first.
      </p>
      <Table
        caption={`${list.total} waiting`}
        rows={list.entries}
        empty="Nothing is waiting: every event and incident has been acknowledged."
        columns={[
          {
            heading: 'Reported',
            cell: (entry) => <Tag tone={kindTone(entry.kind)}>{kindLabel(entry.kind)}</Tag>,
          },
          {
            heading: 'Child',
            cell: (entry) => <a href={recordPath(entry.id)}>{entry.child.name}</a>,
          },
          { heading: 'Date', cell: (entry) => formatDate(entry.occurredOn, context.locale) },
          { heading: 'Home', cell: (entry) => entry.householdName ?? 'An earlier home' },
          {
            heading: 'Written',
            cell: (entry) =>
              `${entry.isOwn ? 'You' : entry.authorName}, ${formatInstant(entry.createdAt, context.timeZone, context.locale)}`,
          },
          {
            heading: 'Acknowledge',
            cell: (entry) =>
              list.canAcknowledge[entry.id] ? (
                <a href={recordPath(entry.id)}>
                  Read and acknowledge
                  <span class="visually-hidden"> the record about {entry.child.name}</span>
                </a>
              ) : (
                'Waiting for staff'
              ),
          },
        ]}
      />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => `${REPORTS_PATH}?page=${page}`}
      />
    </Page>
  );
}
