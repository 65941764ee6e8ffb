import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Card,
  NotificationBanner,
  Pagination,
  Table,
  Tag,
} from '../../../core/ui/components/content.tsx';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Form,
  SelectField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate, todayIn } from '../../../core/time/dates.ts';
import type { TPipelineQuery } from '../schemas.ts';
import type { Pipeline, PipelineItem } from '../service.ts';
import { ALL_STAGES } from '../stages.ts';
import { fullName, SOURCES, sourceLabel, stageLabel } from '../words.ts';
import { DueTag } from './deadline-list.tsx';
import { RecruitmentLinks } from './recruitment-links.tsx';
import { stageTone } from './tones.ts';

// A board column shows this many people; the table shows the rest.
const BOARD_COLUMN_LIMIT = 15;

type Filters = Omit<TPipelineQuery, 'page'>;

/** The list's address with its filters, so a filtered view can be bookmarked and shared. */
export function pipelineHref(filters: Filters, overrides: Partial<TPipelineQuery> = {}): string {
  const merged: Partial<TPipelineQuery> = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of ['view', 'stage', 'source', 'officer', 'overdue', 'page'] as const) {
    const value = merged[key];
    if (value !== undefined && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/recruitment?${query}` : '/recruitment';
}

/** The CSV export's address, with the list's filters. */
export function exportHref(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of ['stage', 'source', 'officer', 'overdue'] as const) {
    const value = filters[key];
    if (value !== undefined) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/recruitment/export.csv?${query}` : '/recruitment/export.csv';
}

/** Everyone on their way to approval, as a board of stages or a table, with filters. */
export function PipelinePage(props: {
  context: PageContext;
  pipeline: Pipeline;
  filters: Filters;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { context, pipeline, filters, values, errors } = props;
  const fieldErrors = Object.fromEntries(
    Object.entries(errors ?? {}).filter(([field]) => field !== 'page' && field !== 'view'),
  );
  return (
    <Page
      context={context}
      title="Recruitment"
      documentTitle={errors ? 'Error: Recruitment' : 'Recruitment'}
    >
      <ErrorSummary errors={fieldErrors} />
      {errors?.page ? (
        <NotificationBanner kind="warning" title="There is a problem">
          <p>{errors.page}. Here is the first page.</p>
        </NotificationBanner>
      ) : null}
      <RecruitmentLinks current="/recruitment" exportHref={exportHref(filters)} />
      <FilterForm
        context={context}
        pipeline={pipeline}
        filters={filters}
        values={values}
        errors={fieldErrors}
      />
      <nav aria-label="Show as">
        <p>
          Show as:{' '}
          {filters.view === 'board' ? (
            <strong aria-current="page">board of stages</strong>
          ) : (
            <a href={pipelineHref(filters, { view: 'board', page: 1 })}>board of stages</a>
          )}{' '}
          ·{' '}
          {filters.view === 'table' ? (
            <strong aria-current="page">table</strong>
          ) : (
            <a href={pipelineHref(filters, { view: 'table', page: 1 })}>table</a>
          )}
        </p>
      </nav>
      <p>
        {pipeline.total} {pipeline.total === 1 ? 'person' : 'people'}
        {filters.overdue === 'yes' ? ' with something overdue' : ''}
      </p>
      {filters.view === 'table' ? (
        <PipelineTable context={context} pipeline={pipeline} filters={filters} />
      ) : (
        <PipelineBoard context={context} pipeline={pipeline} filters={filters} />
      )}
    </Page>
  );
}

function FilterForm(props: {
  context: PageContext;
  pipeline: Pipeline;
  filters: Filters;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { pipeline, filters, values, errors } = props;
  return (
    <Form action="/recruitment" method="get" csrfToken="" class="filters">
      <input type="hidden" name="view" value={filters.view} />
      <SelectField
        name="stage"
        label="Stage"
        value={values.stage}
        error={errors.stage}
        options={[
          { value: '', label: 'Every open stage' },
          { value: 'all', label: 'Every stage, open or closed' },
          ...ALL_STAGES.map((stage) => ({ value: stage, label: stageLabel(stage) })),
        ]}
      />
      <SelectField
        name="source"
        label="Way in"
        value={values.source}
        error={errors.source}
        options={[
          { value: '', label: 'Every way in' },
          ...SOURCES.map((source) => ({ value: source, label: sourceLabel(source) })),
        ]}
      />
      <SelectField
        name="officer"
        label="Looked after by"
        value={values.officer}
        error={errors.officer}
        options={[
          { value: '', label: 'Anyone' },
          { value: 'me', label: 'Me' },
          { value: 'none', label: 'Nobody yet' },
          ...pipeline.staff.map((person) => ({ value: person.id, label: person.name })),
        ]}
      />
      <div class="field">
        <Checkbox
          name="overdue"
          value="yes"
          label="Only overdue"
          isChecked={values.overdue === 'yes'}
        />
      </div>
      <div class="field">
        <Button variant="secondary">Show</Button>
      </div>
    </Form>
  );
}

function NextDue({
  item,
  context,
  today,
}: {
  item: PipelineItem;
  context: PageContext;
  today: string;
}) {
  const due = item.deadlines[0];
  if (!due) return <span class="muted">Nothing due</span>;
  return (
    <>
      {due.task} <DueTag deadline={due} today={today} locale={context.locale} />{' '}
      <span class="muted">({due.source})</span>
    </>
  );
}

function PipelineBoard(props: { context: PageContext; pipeline: Pipeline; filters: Filters }) {
  const { context, pipeline, filters } = props;
  return (
    <div class="cards">
      {pipeline.stages.map((stage) => {
        const people = pipeline.items.filter((item) => item.stage === stage);
        return (
          <Card key={stage} title={`${stageLabel(stage)} (${people.length})`}>
            {people.length === 0 ? (
              <p class="muted">Nobody at this stage.</p>
            ) : (
              <ul class="list-plain">
                {people.slice(0, BOARD_COLUMN_LIMIT).map((item) => (
                  <li key={item.id}>
                    <a href={`/recruitment/${item.id}`}>{fullName(item)}</a>
                    <br />
                    <span class="muted">
                      <NextDue item={item} context={context} today={pipeline.today} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {people.length > BOARD_COLUMN_LIMIT ? (
              <p>
                <a href={pipelineHref(filters, { view: 'table', stage, page: 1 })}>
                  All {people.length} at {stageLabel(stage).toLowerCase()}
                </a>
              </p>
            ) : null}
          </Card>
        );
      })}
    </div>
  );
}

function PipelineTable(props: { context: PageContext; pipeline: Pipeline; filters: Filters }) {
  const { context, pipeline, filters } = props;
  return (
    <>
      <Table
        caption="People on their way to approval"
        captionHidden
        rows={pipeline.items}
        empty={
          pipeline.page > 1
            ? 'There are no more people. Go back to the first page.'
            : 'Nobody matches these filters.'
        }
        columns={[
          {
            heading: 'Name',
            cell: (row) => (
              <>
                <a href={`/recruitment/${row.id}`}>{fullName(row)}</a>
                <br />
                <span class="muted">{row.reference}</span>
              </>
            ),
          },
          {
            heading: 'Stage',
            cell: (row) => <Tag tone={stageTone(row.stage)}>{stageLabel(row.stage)}</Tag>,
          },
          { heading: 'Way in', cell: (row) => sourceLabel(row.source) },
          { heading: 'Officer', cell: (row) => row.officerName ?? 'Nobody yet' },
          {
            heading: 'Enquired',
            cell: (row) => formatDate(todayIn(context.timeZone, row.enquiredAt), context.locale),
          },
          {
            heading: 'Next action',
            cell: (row) =>
              row.nextAction
                ? `${row.nextAction}${row.nextActionOn ? ` (${formatDate(row.nextActionOn, context.locale)})` : ''}`
                : '',
          },
          {
            heading: 'Next due',
            cell: (row) => <NextDue item={row} context={context} today={pipeline.today} />,
          },
        ]}
      />
      <Pagination
        page={pipeline.page}
        pageCount={Math.max(1, Math.ceil(pipeline.total / pipeline.pageSize))}
        hrefFor={(page) => pipelineHref(filters, { page })}
      />
    </>
  );
}
