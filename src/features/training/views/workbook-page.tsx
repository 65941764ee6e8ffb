import type { FieldErrors } from '../../../core/errors.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { SummaryList, Table, Tag } from '../../../core/ui/components/content.tsx';
import { Button, ChoicesField, ErrorSummary, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { TSDS_STANDARDS } from '../requirements.ts';
import { traineeName } from '../trainees.ts';
import type { Workbook } from '../workbook-service.ts';
import { carerRecordPath, workbookPath } from './paths.ts';
import { tsdsStatusWords } from './record-words.ts';
import { StandardProgress } from './standards-list.tsx';

/** A household's carers side by side for the 7 standards, and whether they share one workbook. */
export function WorkbookPage(props: {
  context: PageContext;
  workbook: Workbook;
  errors?: FieldErrors;
}) {
  const { context, workbook, errors } = props;
  const title = `${workbook.householdName}: standards workbook`;
  const rows = TSDS_STANDARDS.map((name, index) => ({ standard: index + 1, name }));
  return (
    <Page context={context} title={title} documentTitle={errors ? `Error: ${title}` : title}>
      <ErrorSummary errors={errors} />
      <p>
        {workbook.isShared
          ? 'The carers keep one shared workbook. Each of them is still signed off for each standard.'
          : 'Each carer keeps their own workbook.'}
      </p>
      <SummaryList
        rows={workbook.carers.map(({ trainee, tsds }) => ({
          label: traineeName(trainee),
          value: (
            <>
              <Tag tone={tsdsStatusWords(tsds.status).tone}>
                {tsdsStatusWords(tsds.status).label}
              </Tag>{' '}
              {tsds.signedOff.length} of 7 signed off
              {tsds.deadline ? `; due by ${formatDate(tsds.deadline, context.locale)}` : ''}.{' '}
              <a href={carerRecordPath(trainee.id)}>
                Training record
                <span class="visually-hidden"> of {traineeName(trainee)}</span>
              </a>
              {workbook.canSignOff ? (
                <>
                  {' · '}
                  <a href={`${carerRecordPath(trainee.id)}#sign-off`}>
                    Sign off a standard
                    <span class="visually-hidden"> for {traineeName(trainee)}</span>
                  </a>
                </>
              ) : null}
            </>
          ),
        }))}
      />
      <Table
        caption="The 7 standards for each carer"
        rows={rows}
        columns={[
          { heading: 'Standard', cell: (row) => `${row.standard}. ${row.name}` },
          ...workbook.carers.map(({ trainee, standards }) => ({
            heading: traineeName(trainee),
            cell: (row: { standard: number }) => (
              <StandardProgress entry={standards[row.standard - 1]!} locale={context.locale} />
            ),
          })),
        ]}
      />
      {workbook.canChangeSharing ? (
        <Form action={workbookPath(workbook.householdId)} csrfToken={context.csrfToken}>
          <ChoicesField
            type="radio"
            name="isShared"
            legend="Do the carers keep one shared workbook?"
            hint="Two carers in a household may work through the standards together. With a shared workbook, signing off a standard can sign off both."
            options={[
              { value: 'yes', label: 'Yes, one shared workbook' },
              { value: 'no', label: 'No, a workbook each' },
            ]}
            chosen={[workbook.isShared ? 'yes' : 'no']}
            error={errors?.isShared}
          />
          <Button variant="secondary">Save</Button>
        </Form>
      ) : null}
    </Page>
  );
}
