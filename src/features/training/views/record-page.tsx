import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import {
  Breadcrumbs,
  NotificationBanner,
  SummaryList,
  Table,
  Tag,
} from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { TrainingRecord } from '../record-service.ts';
import { traineeName } from '../trainees.ts';
import { CARERS_PATH, carerRecordPath, certificatePath, workbookPath } from './paths.ts';
import { RecordCompletionForm, SignOffForm } from './record-forms.tsx';
import { careKindWords, completionHowWords, standingWords } from './record-words.ts';
import { StandardProgress } from './standards-list.tsx';
import { TsdsDeadline } from './tsds-deadline.tsx';

/** Which of the page's forms was sent, to show its errors and what was typed. */
export type SentForm = { form: 'completion' | 'signOff'; values: FormValues; errors: FieldErrors };

/** A carer's training record: courses due and done, the standards, and what staff may add. */
export function RecordPage(props: {
  context: PageContext;
  record: TrainingRecord;
  sent?: SentForm;
}) {
  const { context, record, sent } = props;
  const { trainee, tsds, abilities } = record;
  const locale = context.locale;
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : '–');
  const name = traineeName(trainee);
  const title = `${name}: training record`;
  const overdue = record.standings.filter((standing) => standing.status === 'overdue');
  const isStaffView = abilities.canRecordCompletion || abilities.canSignOff;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={sent ? `Error: ${title}` : title}
      beforeHeading={
        isStaffView ? (
          <Breadcrumbs items={[{ href: CARERS_PATH, label: 'Carers’ training' }]} />
        ) : null
      }
    >
      <ErrorSummary errors={sent?.errors} />
      <SummaryList
        rows={[
          { label: 'Household', value: trainee.householdName },
          { label: 'Area', value: trainee.areaName ?? 'No area' },
          {
            label: 'Supervising social worker',
            value: trainee.supervisingWorkerName ?? 'None allocated',
          },
          { label: 'Approved', value: trainee.approvedOn ? date(trainee.approvedOn) : 'Not yet' },
          { label: 'Kind of care', value: careKindWords(trainee.careKind) },
        ]}
      />
      {record.coCarers.length > 0 ? (
        <p>
          {record.coCarers.map((other) => (
            <a key={other.id} href={carerRecordPath(other.id)}>
              {traineeName(other)}’s training record
            </a>
          ))}{' '}
          · <a href={workbookPath(trainee.householdId)}>The household’s standards workbook</a>
        </p>
      ) : null}
      {overdue.length > 0 ? (
        <NotificationBanner kind="warning" title="Overdue training">
          <p>
            {overdue.length === 1 ? '1 course is' : `${overdue.length} courses are`} overdue:{' '}
            {overdue.map((standing) => standing.title).join(', ')}.
          </p>
        </NotificationBanner>
      ) : null}

      <h2 class="heading-l">Courses</h2>
      <Table
        caption="Each course, what is due first"
        captionHidden
        rows={record.standings}
        empty="There are no courses in the catalogue yet."
        columns={[
          { heading: 'Course', cell: (row) => row.title },
          {
            heading: 'Status',
            cell: (row) => (
              <Tag tone={standingWords(row.status).tone}>{standingWords(row.status).label}</Tag>
            ),
          },
          { heading: 'Due by', cell: (row) => date(row.dueOn) },
          { heading: 'Why', cell: (row) => row.why },
        ]}
      />

      <h2 class="heading-l" id="standards">
        Training, Support and Development Standards
      </h2>
      <TsdsDeadline tsds={tsds} locale={locale} />
      <Table
        caption="The 7 standards and the progress with each"
        captionHidden
        rows={record.standards}
        columns={[
          { heading: 'Standard', cell: (row) => `${row.standard}. ${row.name}` },
          { heading: 'Progress', cell: (row) => <StandardProgress entry={row} locale={locale} /> },
        ]}
      />
      {abilities.canSignOff ? (
        <SignOffForm
          context={context}
          record={record}
          values={sent?.form === 'signOff' ? sent.values : {}}
          errors={sent?.form === 'signOff' ? sent.errors : undefined}
        />
      ) : null}

      <h2 class="heading-l">Completed courses</h2>
      <Table
        caption="Courses completed, newest first, each with its certificate"
        captionHidden
        rows={record.completions}
        empty="No courses completed yet."
        columns={[
          { heading: 'Course', cell: (row) => row.courseTitle },
          { heading: 'Completed on', cell: (row) => date(row.completedOn) },
          { heading: 'How', cell: (row) => completionHowWords(row.source, row.venueName) },
          {
            heading: 'Certificate',
            cell: (row) => (
              <a href={certificatePath(row.id)}>
                Certificate (PDF)<span class="visually-hidden"> for {row.courseTitle}</span>
              </a>
            ),
          },
        ]}
      />
      {abilities.canRecordCompletion ? (
        <RecordCompletionForm
          context={context}
          record={record}
          values={sent?.form === 'completion' ? sent.values : {}}
          errors={sent?.form === 'completion' ? sent.errors : undefined}
        />
      ) : null}
    </Page>
  );
}
