import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { EXAMPLE_CSV_PATH, EXAMPLE_ICS_PATH, TERMS_IMPORT_PATH, TERMS_PATH } from './paths.ts';

/** Importing a council's term dates for one area: choose the area, paste the file. */
export function TermsImportPage(props: {
  context: PageContext;
  areas: { id: string; name: string }[];
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, values = {}, errors } = props;
  const title = 'Import term dates';
  const area = values.areaId ? `?area=${encodeURIComponent(values.areaId)}` : '';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: TERMS_PATH, label: 'School term dates' }]} />}
    >
      <ErrorSummary errors={errors} />
      <p>
        Add a school year’s terms, half-terms and inset days for one area at once, from a CSV file
        or the iCalendar (.ics) file your council publishes. You will see what will be added before
        anything is saved.
      </p>
      <h2 class="heading-m">What the file should look like</h2>
      <p>
        A CSV has the columns <code>kind</code>, <code>name</code>, <code>starts_on</code> and{' '}
        <code>ends_on</code>. The kind is <code>term</code>, <code>half_term</code> or{' '}
        <code>inset_day</code>; dates are written like 2027-09-02 or 02/09/2027, and the last day is
        included.
      </p>
      <p>
        In an .ics file, each date is an all-day event: its title says “term”, “half term”, or
        “inset” or “training day”. Other events, like bank holidays, are left out.
      </p>
      <ul>
        <li>
          <a href={`${EXAMPLE_CSV_PATH}${area}`} download>
            Download an example CSV file
          </a>
        </li>
        <li>
          <a href={`${EXAMPLE_ICS_PATH}${area}`} download>
            Download an example .ics file
          </a>
        </li>
      </ul>
      <h2 class="heading-m">Your file</h2>
      <Form action={TERMS_IMPORT_PATH} csrfToken={context.csrfToken}>
        <SelectField
          name="areaId"
          label="Area"
          options={[
            { value: '', label: 'Choose an area' },
            ...props.areas.map((each) => ({ value: each.id, label: each.name })),
          ]}
          value={values.areaId}
          error={errors?.areaId}
        />
        <TextAreaField
          name="contents"
          label="The file’s contents"
          hint="Open the file in a text editor such as Notepad or TextEdit, copy everything in it and paste it here."
          rows={14}
          spellcheck={false}
          value={values.contents}
          error={errors?.contents}
        />
        <Button>Check the dates</Button>
      </Form>
    </Page>
  );
}
