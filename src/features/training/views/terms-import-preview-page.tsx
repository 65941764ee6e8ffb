import { Breadcrumbs, Table } from '../../../core/ui/components/content.tsx';
import { Button, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { kindWords } from '../term-dates.ts';
import type { ImportPreview } from '../terms-service.ts';
import { TERMS_IMPORT_CONFIRM_PATH, TERMS_PATH } from './paths.ts';
import { dateRangeWords } from './remove-dates-page.tsx';

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Check your answers: the dates a file will add, and the lines that stop it being imported. */
export function TermsImportPreviewPage(props: {
  context: PageContext;
  preview: ImportPreview;
  contents: string;
}) {
  const { context, preview } = props;
  const title = `Check the term dates for ${preview.area.name}`;
  const format = preview.format === 'ics' ? 'iCalendar file' : 'CSV file';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={preview.canImport ? title : `Error: ${title}`}
      beforeHeading={<Breadcrumbs items={[{ href: TERMS_PATH, label: 'School term dates' }]} />}
    >
      {preview.problems.length > 0 ? (
        <div class="error-summary" role="alert" aria-labelledby="problems-title" tabIndex={-1}>
          <h2 id="problems-title" class="error-summary__title">
            {preview.problems.length === 1
              ? 'One line could not be read'
              : `${preview.problems.length} lines could not be read`}
          </h2>
          <p>
            Nothing has been added. Put these right in the file and paste it again: the dates are
            only added when every line can be.
          </p>
          <Table
            caption="Lines that could not be read"
            captionHidden
            rows={preview.problems}
            columns={[
              { heading: 'Line', isNumeric: true, cell: (problem) => problem.line ?? 'Whole file' },
              { heading: 'What is wrong', cell: (problem) => problem.reason },
            ]}
          />
        </div>
      ) : null}
      <h2 class="heading-m">{preview.canImport ? 'What will be added' : 'What could be read'}</h2>
      <p>
        From the {format} you pasted, for {preview.area.name}.
      </p>
      <Table
        caption={`Term dates to add for ${preview.area.name}`}
        captionHidden
        rows={preview.rows}
        empty="No dates could be read from the file."
        columns={[
          { heading: 'Line', isNumeric: true, cell: (row) => row.line },
          { heading: 'What', cell: (row) => capitalised(kindWords(row.kind)) },
          { heading: 'Name', cell: (row) => row.name },
          { heading: 'Dates', cell: (row) => dateRangeWords(row.startsOn, row.endsOn) },
        ]}
      />
      {preview.skipped.length > 0 ? (
        <>
          <h2 class="heading-m">Left out</h2>
          <p>These events are not terms, half-terms or inset days, so they are not added.</p>
          <ul>
            {preview.skipped.map((event) => (
              <li key={`${event.line}-${event.summary}`}>
                {event.summary}
                {event.line ? ` (line ${event.line})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Form action={TERMS_IMPORT_CONFIRM_PATH} csrfToken={context.csrfToken}>
        <input type="hidden" name="areaId" value={preview.area.id} />
        <input type="hidden" name="contents" value={props.contents} />
        {preview.canImport ? (
          <Button name="decision" value="import">
            Add these {preview.rows.length} dates
          </Button>
        ) : null}{' '}
        <Button
          name="decision"
          value="change"
          variant={preview.canImport ? 'secondary' : 'primary'}
        >
          Change the file
        </Button>
      </Form>
    </Page>
  );
}
