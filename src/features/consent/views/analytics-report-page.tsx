import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Table } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { AnalyticsReport } from '../service.ts';

/** How the public website was used in a period: views by page, and steps towards getting in touch. */
export function AnalyticsReportPage(props: {
  context: PageContext;
  report: AnalyticsReport;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { context, report, values, errors } = props;
  const from = formatDate(report.from, context.locale);
  const to = formatDate(report.to, context.locale);
  return (
    <Page
      context={context}
      title="How the public website is used"
      documentTitle={errors ? 'Error: How the public website is used' : undefined}
    >
      <ErrorSummary errors={errors} />
      <p>
        Counted only for visitors who accepted analytics cookies, so the real numbers are higher. A
        visitor is one browser: the same person on a phone and a laptop counts twice.
      </p>
      <Form action="/analytics" method="get" csrfToken="" class="filters">
        <TextField
          name="from"
          label="First day"
          type="date"
          width="medium"
          value={values.from ?? report.from}
          error={errors?.from}
        />
        <TextField
          name="to"
          label="Last day"
          type="date"
          width="medium"
          value={values.to ?? report.to}
          error={errors?.to}
        />
        <Button variant="secondary">Show this period</Button>
      </Form>
      <h2 class="heading-m">
        {from} to {to}
      </h2>
      <p>
        {report.visitors === 1 ? '1 visitor' : `${report.visitors} visitors`} who accepted analytics
        cookies.
      </p>
      <h2 class="heading-m">Page views</h2>
      <Table
        caption={`Page views, ${from} to ${to}`}
        captionHidden
        empty="No page views were counted in this period."
        rows={report.pageViews}
        columns={[
          { heading: 'Page', cell: (row) => row.path },
          { heading: 'Views', cell: (row) => row.views, isNumeric: true },
          { heading: 'Visitors', cell: (row) => row.visitors, isNumeric: true },
        ]}
      />
      <h2 class="heading-m">Steps towards getting in touch</h2>
      <p>
        Each time someone chose a way to get in touch, such as asking for a call back, from the page
        they were reading.
      </p>
      <Table
        caption={`Steps towards getting in touch, ${from} to ${to}`}
        captionHidden
        empty="No steps towards getting in touch were counted in this period."
        rows={report.funnelSteps}
        columns={[
          { heading: 'Step', cell: (row) => row.step },
          { heading: 'On page', cell: (row) => row.path },
          { heading: 'Times', cell: (row) => row.times, isNumeric: true },
          { heading: 'Visitors', cell: (row) => row.visitors, isNumeric: true },
        ]}
      />
    </Page>
  );
}
