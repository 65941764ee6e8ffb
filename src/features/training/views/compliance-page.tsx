import { formatDate } from '../../../core/time/dates.ts';
import { BarChart } from '../../../core/ui/components/bar-chart.tsx';
import { Card, Table } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { ComplianceFigures, GroupFigures } from '../compliance-figures.ts';
import { CARERS_PATH, COMPLIANCE_CSV_PATH } from './paths.ts';

const share = (value: number | null) => (value === null ? '–' : `${value}%`);

/** A link down to the carers behind a number. */
function listHref(params: Record<string, string>): string {
  return `${CARERS_PATH}?${new URLSearchParams(params)}`;
}

/** The agency's training compliance: headline figures, then by area, course and worker. */
export function CompliancePage(props: {
  context: PageContext;
  figures: ComplianceFigures;
  dueSoonUntil: string;
}) {
  const { context, figures } = props;
  return (
    <Page context={context} title="Training compliance">
      <p class="lead">
        {figures.carers} carers in approved households and those taking a break.{' '}
        {share(figures.share)} are up to date: no required course overdue, and the training
        standards not past their deadline.
      </p>
      <ButtonLink href={COMPLIANCE_CSV_PATH} variant="secondary">
        Download every carer’s courses (CSV)
      </ButtonLink>
      <div class="cards">
        <Card title="Carers" href={CARERS_PATH}>
          <span class="figure">{figures.carers}</span>
        </Card>
        <Card title="Fully up to date">
          <span class="figure">{share(figures.share)}</span>
          <p class="muted">
            {figures.upToDate} of {figures.carers} carers.
          </p>
        </Card>
        <Card title="Mandatory courses overdue" href={listHref({ status: 'overdue' })}>
          <span class="figure">{figures.overdueCourses}</span>
        </Card>
        <Card title="Training standards overdue" href={listHref({ status: 'tsds_overdue' })}>
          <span class="figure">{figures.tsdsOverdue}</span>
          <p class="muted">Carers past their 12 months (18 for kinship carers).</p>
        </Card>
        <Card title="Training standards due in the next 90 days">
          <span class="figure">{figures.tsdsDueSoon}</span>
          <p class="muted">
            Not yet signed off, due by {formatDate(props.dueSoonUntil, context.locale)}.
          </p>
        </Card>
      </div>

      <h2 class="heading-l">By area</h2>
      <GroupSection groups={figures.byArea} kind="area" />

      <h2 class="heading-l">By course</h2>
      <BarChart
        label={`Share of carers with each mandatory course done and current: ${figures.byCourse
          .map((row) => `${row.title} ${share(row.share)}`)
          .join(', ')}.`}
        description="The table below gives the numbers."
        largest={100}
        bars={figures.byCourse.map((row) => ({
          label: row.title,
          value: row.share ?? 0,
          shown: `${share(row.share)} (${row.current} of ${row.required})`,
        }))}
      />
      <Table
        caption="Each mandatory course: carers it is required of, done and current, and overdue"
        rows={figures.byCourse}
        empty="There are no mandatory courses."
        columns={[
          { heading: 'Course', cell: (row) => row.title },
          { heading: 'Required of', cell: (row) => row.required, isNumeric: true },
          { heading: 'Done and current', cell: (row) => row.current, isNumeric: true },
          { heading: 'Overdue', cell: (row) => row.overdue, isNumeric: true },
          { heading: 'Share current', cell: (row) => share(row.share), isNumeric: true },
        ]}
      />

      <h2 class="heading-l">By supervising social worker</h2>
      <GroupSection groups={figures.byWorker} kind="worker" />
    </Page>
  );
}

function GroupSection(props: { groups: GroupFigures[]; kind: 'area' | 'worker' }) {
  const { groups, kind } = props;
  const noun = kind === 'area' ? 'Area' : 'Supervising social worker';
  const linked = (
    row: GroupFigures,
    count: number,
    what: string,
    params: Record<string, string>,
  ) =>
    row.id ? (
      <a href={listHref({ [kind]: row.id, ...params })}>
        {count}
        <span class="visually-hidden">
          {' '}
          {what}, {row.name}
        </span>
      </a>
    ) : (
      count
    );
  return (
    <>
      <BarChart
        label={`Share of carers fully up to date by ${noun.toLowerCase()}: ${groups
          .map((row) => `${row.name} ${share(row.share)}`)
          .join(', ')}.`}
        description="The table below gives the numbers."
        largest={100}
        bars={groups.map((row) => ({
          label: row.name,
          value: row.share ?? 0,
          shown: `${share(row.share)} (${row.upToDate} of ${row.carers})`,
        }))}
      />
      <Table
        caption={`Each ${noun.toLowerCase()}: carers, how many are up to date, and what is overdue`}
        rows={groups}
        empty="No carers yet."
        columns={[
          { heading: noun, cell: (row) => row.name },
          {
            heading: 'Carers',
            cell: (row) => linked(row, row.carers, 'carers', {}),
            isNumeric: true,
          },
          { heading: 'Up to date', cell: (row) => row.upToDate, isNumeric: true },
          { heading: 'Share', cell: (row) => share(row.share), isNumeric: true },
          {
            heading: 'Courses overdue',
            cell: (row) =>
              linked(row, row.overdueCourses, 'courses overdue', { status: 'overdue' }),
            isNumeric: true,
          },
          {
            heading: 'Standards overdue',
            cell: (row) =>
              linked(row, row.tsdsOverdue, 'standards overdue', { status: 'tsds_overdue' }),
            isNumeric: true,
          },
        ]}
      />
    </>
  );
}
