import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { isRole } from '../../../core/access/roles.ts';
import { Pagination, Table, Tag } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
  type Option,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { roleLabel } from '../../../core/ui/roles.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import type { AuditTrailEntry, AuditTrailPage as TrailPage, Person } from '../service.ts';
import {
  actionChoices,
  describeAction,
  describeRecordType,
  recordHref,
  recordTypeChoices,
} from '../words.ts';

const FILTER_NAMES = ['action', 'recordType', 'recordId', 'actor', 'outcome', 'from', 'to'];

/** The audit trail for the registered manager: who did what to which record, and when. */
export function AuditTrailPage(props: {
  context: PageContext;
  values: FormValues;
  people: Person[];
  trail: TrailPage | null;
  errors?: FieldErrors;
}) {
  const { context, values, trail, errors } = props;
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const name of FILTER_NAMES) if (values[name]) query.set(name, values[name]);
    query.set('page', String(page));
    return `/audit?${query}`;
  };
  return (
    <Page
      context={context}
      title="Audit trail"
      documentTitle={errors ? 'Error: Audit trail' : 'Audit trail'}
    >
      <p class="lead">
        Every time someone reads or changes a record, or is refused, it is written here. Entries
        cannot be changed or removed.
      </p>
      <ErrorSummary errors={errors} />
      <Filters context={context} values={values} people={props.people} errors={errors} />
      {trail ? (
        <>
          <p>
            {trail.total} {trail.total === 1 ? 'entry' : 'entries'}, the newest first
          </p>
          <EntriesTable context={context} entries={trail.entries} />
          <Pagination
            page={trail.page}
            pageCount={Math.max(1, Math.ceil(trail.total / trail.pageSize))}
            hrefFor={hrefFor}
          />
        </>
      ) : null}
      <section aria-labelledby="intact">
        <h2 id="intact">Is the trail intact?</h2>
        <p>
          Each entry is sealed to the one before it, so a change behind Kinfold’s back shows. The
          check reads every entry, which can take a while on a long trail.
        </p>
        <Form action="/audit/check" csrfToken={context.csrfToken}>
          <Button variant="secondary">Check the chain</Button>
        </Form>
      </section>
    </Page>
  );
}

function Filters(props: {
  context: PageContext;
  values: FormValues;
  people: Person[];
  errors: FieldErrors | undefined;
}) {
  const { values, errors } = props;
  const any = (label: string, options: Option[]): Option[] => [{ value: '', label }, ...options];
  return (
    <Form action="/audit" method="get" csrfToken="" class="filters">
      <SelectField
        name="action"
        label="What was done"
        value={values.action}
        error={errors?.action}
        options={any('Anything', withCurrent(actionChoices(), values.action, describeAction))}
      />
      <SelectField
        name="recordType"
        label="Kind of record"
        value={values.recordType}
        error={errors?.recordType}
        options={any(
          'Any kind',
          withCurrent(recordTypeChoices(), values.recordType, describeRecordType),
        )}
      />
      <TextField
        name="recordId"
        label="Record id"
        width="medium"
        spellcheck={false}
        value={values.recordId}
        error={errors?.recordId}
      />
      <SelectField
        name="actor"
        label="Who"
        value={values.actor}
        error={errors?.actor}
        options={any(
          'Anyone',
          props.people.map((person) => ({
            value: person.id,
            label: `${person.name} (${person.email})`,
          })),
        )}
      />
      <SelectField
        name="outcome"
        label="Outcome"
        value={values.outcome}
        error={errors?.outcome}
        options={any('Done or refused', [
          { value: 'done', label: 'Done' },
          { value: 'refused', label: 'Refused' },
        ])}
      />
      <TextField
        name="from"
        label="From"
        type="date"
        width="medium"
        hint="For example, 2026-03-27"
        value={values.from}
        error={errors?.from}
      />
      <TextField
        name="to"
        label="To"
        type="date"
        width="medium"
        hint="Includes the whole day"
        value={values.to}
        error={errors?.to}
      />
      <div class="field">
        <Button variant="secondary">Show entries</Button> <a href="/audit">Clear filters</a>
      </div>
    </Form>
  );
}

// An action or kind named in a link but not (yet) in the list still shows as chosen.
function withCurrent(
  options: Option[],
  current: string | undefined,
  describe: (value: string) => string,
): Option[] {
  if (!current || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: describe(current) }];
}

function EntriesTable({ context, entries }: { context: PageContext; entries: AuditTrailEntry[] }) {
  return (
    <Table
      caption="Audit trail entries"
      captionHidden
      rows={entries}
      empty="No entries match these filters."
      columns={[
        {
          heading: 'When',
          cell: (row) => formatInstant(row.at, context.timeZone, context.locale),
        },
        {
          heading: 'Who',
          cell: (row) =>
            row.actorId ? (
              <>
                {row.actorName ?? 'An account that no longer exists'}
                <br />
                <span class="muted">
                  {row.actorRole && isRole(row.actorRole)
                    ? roleLabel(row.actorRole, context.terms)
                    : (row.actorRole ?? '')}
                </span>
              </>
            ) : (
              <span class="muted">No one signed in</span>
            ),
        },
        { heading: 'What', cell: (row) => describeAction(row.action) },
        {
          heading: 'Outcome',
          cell: (row) =>
            row.outcome === 'refused' ? (
              <Tag tone="overdue">Refused</Tag>
            ) : (
              <Tag tone="good">Done</Tag>
            ),
        },
        { heading: 'Record', cell: (row) => <RecordCell entry={row} /> },
        { heading: 'Request', cell: (row) => <code>{row.requestId ?? ''}</code> },
        { heading: 'Address', cell: (row) => row.ip ?? '' },
      ]}
    />
  );
}

function RecordCell({ entry }: { entry: AuditTrailEntry }) {
  const kind = describeRecordType(entry.recordType);
  if (!entry.recordId) return <>{kind}</>;
  const href = recordHref(entry.recordType, entry.recordId);
  return (
    <>
      {kind}
      <br />
      {href ? <a href={href}>{entry.recordId}</a> : <code>{entry.recordId}</code>}
    </>
  );
}
