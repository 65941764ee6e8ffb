import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs, SummaryList, Table, Tag } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { listPanels, readAgendaItem, readPanel } from '../panel-service.ts';
import { careTypeLabel, fullName, recommendationLabel, stageLabel } from '../words.ts';
import { RecruitmentLinks } from './recruitment-links.tsx';
import { TermsFields } from './terms-fields.tsx';

type Errors = FieldErrors | undefined;
const hasErrors = (errors: Errors) => Object.keys(errors ?? {}).length > 0;

/** Every panel meeting, and a form to arrange the next one. */
export function PanelsPage(props: {
  context: PageContext;
  panels: Awaited<ReturnType<typeof listPanels>>;
  values?: FormValues;
  errors?: Errors;
}) {
  const { context, panels, values, errors } = props;
  const title = 'Panel meetings';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={hasErrors(errors) ? `Error: ${title}` : title}
    >
      <ErrorSummary errors={errors} />
      <RecruitmentLinks current="/recruitment/panels" />
      <Table
        caption="Panel meetings, the latest first"
        rows={panels.meetings}
        empty="No panel meetings are arranged yet."
        columns={[
          {
            heading: 'Date',
            cell: (row) => (
              <a href={`/recruitment/panels/${row.id}`}>
                {formatDate(row.meetsOn, context.locale)}
              </a>
            ),
          },
          { heading: 'Chair', cell: (row) => row.chair },
          { heading: 'Members', cell: (row) => row.members.length, isNumeric: true },
          { heading: 'Heard', cell: (row) => row.items, isNumeric: true },
          {
            heading: 'Recommendations',
            cell: (row) =>
              row.items === 0 ? (
                ''
              ) : row.recorded === row.items ? (
                <Tag tone="good">All recorded</Tag>
              ) : (
                `${row.recorded} of ${row.items} recorded`
              ),
          },
        ]}
      />
      <h2>Arrange a panel meeting</h2>
      <Form action="/recruitment/panels" csrfToken={context.csrfToken}>
        <TextField
          name="meetsOn"
          label="Date"
          type="date"
          width="medium"
          value={values?.meetsOn}
          error={errors?.meetsOn}
        />
        <TextField name="chair" label="Chair" value={values?.chair} error={errors?.chair} />
        <TextAreaField
          name="members"
          label="Members"
          hint="One name to a line, with their role if you like: “Sam Jones, independent member”."
          value={values?.members}
          error={errors?.members}
          rows={6}
        />
        <Button>Arrange the meeting</Button>
      </Form>
    </Page>
  );
}

const termsOf = (item: {
  maxChildren: number | null;
  ageFrom: number | null;
  ageTo: number | null;
  careTypes: string[];
}) =>
  item.maxChildren === null
    ? ''
    : `up to ${item.maxChildren}, aged ${item.ageFrom} to ${item.ageTo}; ${item.careTypes.map(careTypeLabel).join(', ').toLowerCase()}`;

/** One meeting: who sits on it, its agenda with each recommendation, and adding to the agenda. */
export function PanelPage(props: {
  context: PageContext;
  panel: Awaited<ReturnType<typeof readPanel>>;
  values?: FormValues;
  errors?: Errors;
}) {
  const { context, panel, values, errors } = props;
  const { meeting, agenda, ready } = panel;
  const title = `Panel on ${formatDate(meeting.meetsOn, context.locale)}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={hasErrors(errors) ? `Error: ${title}` : title}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/recruitment', label: 'Recruitment' },
            { href: '/recruitment/panels', label: 'Panel meetings' },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      <SummaryList
        rows={[
          { label: 'Chair', value: meeting.chair },
          {
            label: 'Members',
            value:
              meeting.members.length === 0 ? (
                'None recorded'
              ) : (
                <ul class="list-plain">
                  {meeting.members.map((member, index) => (
                    <li key={index}>{member}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <Table
        caption="Agenda"
        rows={agenda}
        empty="Nobody is on the agenda yet."
        columns={[
          { heading: 'Order', cell: (row) => row.position, isNumeric: true },
          {
            heading: 'Applicant',
            cell: (row) => <a href={`/recruitment/${row.prospectiveCarerId}`}>{fullName(row)}</a>,
          },
          { heading: 'Stage', cell: (row) => stageLabel(row.stage) },
          {
            heading: 'Recommendation',
            cell: (row) =>
              row.recommendation ? (
                <>
                  <Tag tone={row.recommendation === 'approve' ? 'good' : 'neutral'}>
                    {recommendationLabel(row.recommendation)}
                  </Tag>{' '}
                  {termsOf(row)}
                </>
              ) : (
                <a href={`/recruitment/panels/${meeting.id}/items/${row.id}`}>
                  Record the recommendation<span class="visually-hidden"> for {fullName(row)}</span>
                </a>
              ),
          },
        ]}
      />
      <h2>Add to the agenda</h2>
      {ready.length === 0 && !errors?.prospectiveCarerId ? (
        <p>Nobody else has finished Stage 2 and is waiting for panel.</p>
      ) : (
        <Form action={`/recruitment/panels/${meeting.id}/agenda`} csrfToken={context.csrfToken}>
          <SelectField
            name="prospectiveCarerId"
            label="Who the panel will hear"
            hint="People who have finished Stage 2. Adding them moves them on to “fostering panel”."
            value={values?.prospectiveCarerId}
            error={errors?.prospectiveCarerId}
            options={ready.map((person) => ({
              value: person.id,
              label: `${fullName(person)} (${person.reference}, ${stageLabel(person.stage).toLowerCase()})`,
            }))}
          />
          <Button variant="secondary">Add to the agenda</Button>
        </Form>
      )}
    </Page>
  );
}

/** The panel's recommendation on one applicant. */
export function RecommendationPage(props: {
  context: PageContext;
  opened: Awaited<ReturnType<typeof readAgendaItem>>;
  values?: FormValues;
  errors?: Errors;
}) {
  const { context, opened, values, errors } = props;
  const { meeting, item, prospect } = opened;
  const title = `Recommendation for ${fullName(prospect)}`;
  return (
    <Page
      context={context}
      title={title}
      width="narrow"
      documentTitle={hasErrors(errors) ? `Error: ${title}` : title}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/recruitment/panels', label: 'Panel meetings' },
            {
              href: `/recruitment/panels/${meeting.id}`,
              label: `Panel on ${formatDate(meeting.meetsOn, context.locale)}`,
            },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      {item.recommendation ? (
        <p>
          The panel recommended:{' '}
          <strong>{recommendationLabel(item.recommendation).toLowerCase()}</strong>. {item.reasons}
        </p>
      ) : opened.canRecord ? (
        <>
          <p>
            Recording the recommendation moves {prospect.firstName} on to the agency decision, which
            is due within 7 working days of the panel.
          </p>
          <Form
            action={`/recruitment/panels/${meeting.id}/items/${item.id}`}
            csrfToken={context.csrfToken}
          >
            <TermsFields label="Recommendation" values={values} errors={errors} />
            <Button>Record the recommendation</Button>
          </Form>
        </>
      ) : (
        <p>No recommendation is recorded yet.</p>
      )}
    </Page>
  );
}
