import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Table } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { Funnel } from '../funnel.ts';
import type { TPeriod } from '../schemas.ts';
import { sourceLabel, stageLabel } from '../words.ts';
import { BarChart } from '../../../core/ui/components/bar-chart.tsx';
import { RecruitmentLinks } from './recruitment-links.tsx';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const days = (value: number | null) => (value === null ? '–' : value.toFixed(1));

/** The export's address for the same period. */
function exportHrefFor(period: TPeriod): string {
  const params = new URLSearchParams({ stage: 'all' });
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  return `/recruitment/export.csv?${params}`;
}

/** The recruitment funnel: by stage and by way in, with the numbers in tables beside the charts. */
export function DashboardPage(props: {
  context: PageContext;
  funnel: Funnel;
  period: TPeriod;
  periodWords: string;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { context, funnel, period, periodWords, values, errors } = props;
  const title = 'Recruitment dashboard';
  return (
    <Page context={context} title={title} documentTitle={errors ? `Error: ${title}` : title}>
      <ErrorSummary errors={errors} />
      <RecruitmentLinks current="/recruitment/dashboard" exportHref={exportHrefFor(period)} />
      <Form action="/recruitment/dashboard" method="get" csrfToken="" class="filters">
        <TextField
          name="from"
          label="Enquired from"
          type="date"
          width="medium"
          value={values.from}
          error={errors?.from}
        />
        <TextField
          name="to"
          label="Enquired to"
          type="date"
          width="medium"
          value={values.to}
          error={errors?.to}
        />
        <div class="field">
          <Button variant="secondary">Show</Button>
        </div>
      </Form>
      <p class="lead">
        {funnel.total} {funnel.total === 1 ? 'person' : 'people'} ({periodWords}).{' '}
        {funnel.withdrawn} withdrew; {funnel.notApproved}{' '}
        {funnel.notApproved === 1 ? 'was' : 'were'} not approved.
      </p>

      <h2>How far people got</h2>
      <BarChart
        label={`How many people reached each stage, ${periodWords}: ${funnel.stages
          .map((row) => `${stageLabel(row.stage)} ${row.reached}`)
          .join(', ')}. The table below gives the numbers.`}
        bars={funnel.stages.map((row) => ({ label: stageLabel(row.stage), value: row.reached }))}
      />
      <Table
        caption="Each stage: who reached it, who is there now, who went on, and for how long"
        rows={funnel.stages}
        columns={[
          { heading: 'Stage', cell: (row) => stageLabel(row.stage) },
          { heading: 'Reached', cell: (row) => row.reached, isNumeric: true },
          {
            heading: 'There now',
            cell: (row) => (
              <a href={`/recruitment?view=table&stage=${row.stage}`}>
                {row.now}
                <span class="visually-hidden"> at {stageLabel(row.stage).toLowerCase()}</span>
              </a>
            ),
            isNumeric: true,
          },
          {
            heading: 'Went on to the next',
            cell: (row) => percent(row.conversionToNext),
            isNumeric: true,
          },
          { heading: 'Average days there', cell: (row) => days(row.averageDays), isNumeric: true },
        ]}
      />

      <h2>Ways in</h2>
      <BarChart
        label={`Enquiries by way in, ${periodWords}: ${funnel.sources
          .map((row) => `${sourceLabel(row.source)} ${row.enquiries}`)
          .join(', ')}. The table below gives the numbers.`}
        bars={funnel.sources.map((row) => ({
          label: sourceLabel(row.source),
          value: row.enquiries,
        }))}
      />
      <Table
        caption="Each way in: enquiries, approvals and the share approved"
        rows={funnel.sources}
        columns={[
          { heading: 'Way in', cell: (row) => sourceLabel(row.source) },
          {
            heading: 'Enquiries',
            cell: (row) => (
              <a href={`/recruitment?view=table&stage=all&source=${row.source}`}>
                {row.enquiries}
                <span class="visually-hidden"> by {sourceLabel(row.source).toLowerCase()}</span>
              </a>
            ),
            isNumeric: true,
          },
          { heading: 'Approved', cell: (row) => row.approved, isNumeric: true },
          { heading: 'On their way', cell: (row) => row.stillOpen, isNumeric: true },
          { heading: 'Stopped', cell: (row) => row.stopped, isNumeric: true },
          { heading: 'Approved share', cell: (row) => percent(row.approvalRate), isNumeric: true },
        ]}
      />
    </Page>
  );
}
