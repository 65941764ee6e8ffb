import { SummaryList, Table, Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate, formatInstant, todayIn } from '../../../core/time/dates.ts';
import type { ProspectRecord } from '../service.ts';
import { hasApplied } from '../stages.ts';
import {
  careTypeLabel,
  checkKindLabel,
  outcomeLabel,
  progressLabel,
  recommendationLabel,
  relationshipLabel,
  sourceLabel,
  stageLabel,
} from '../words.ts';
import { outcomeTone, progressTone } from './tones.ts';

type SectionProps = { context: PageContext; record: ProspectRecord };

const orNot = (value: string | null | undefined, empty = 'Not yet') => value || empty;

/** Who they are, how they came, where they are, and the key dates. */
export function ProspectSummary({ context, record }: SectionProps) {
  const { prospect: p, abilities } = record;
  const date = (value: string | null) => (value ? formatDate(value, context.locale) : 'Not yet');
  return (
    <SummaryList
      rows={[
        { label: 'Reference', value: p.reference },
        { label: 'Email', value: <a href={`mailto:${p.email}`}>{p.email}</a> },
        { label: 'Phone', value: orNot(p.phone, 'Not given') },
        { label: 'Postcode', value: orNot(p.postcode, 'Not given') },
        {
          label: 'Way in',
          value: `${sourceLabel(p.source)}${p.sourceDetail ? ` (${p.sourceDetail})` : ''}`,
        },
        { label: 'Enquired', value: formatInstant(p.enquiredAt, context.timeZone, context.locale) },
        {
          label: 'Stage',
          value: `${stageLabel(p.stage)}, since ${formatDate(todayIn(context.timeZone, p.stageChangedAt), context.locale)}`,
        },
        { label: 'Looked after by', value: p.officerName ?? 'Nobody yet' },
        { label: 'Applied on', value: date(p.appliedOn) },
        { label: 'Panel on', value: date(p.panelOn) },
        { label: 'Decided on', value: date(p.decidedOn) },
        ...(p.closedReason ? [{ label: 'Reason', value: p.closedReason }] : []),
        ...(p.householdId
          ? [
              {
                label: 'Household',
                value: abilities.canSeeHousehold ? (
                  <a href={`/households/${p.householdId}`}>Their household’s record</a>
                ) : (
                  'Approved household (its record is for the supervising team)'
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The adults in the household and the statutory checks on each (Stage 1). */
export function ChecksSection({ context, record }: SectionProps) {
  const { prospect, adults, checks, abilities } = record;
  if (!hasApplied(prospect.stage) && adults.length === 0) return null;
  const base = `/recruitment/${prospect.id}`;
  return (
    <section aria-labelledby="checks">
      <h2 id="checks">Household and statutory checks (Stage 1)</h2>
      <Table
        caption="Adults in the household"
        rows={adults}
        empty="No adults are recorded yet."
        columns={[
          { heading: 'Name', cell: (row) => `${row.firstName} ${row.lastName}` },
          { heading: 'How they belong', cell: (row) => relationshipLabel(row.relationship) },
          {
            heading: 'Date of birth',
            cell: (row) => (row.dateOfBirth ? formatDate(row.dateOfBirth, context.locale) : ''),
          },
        ]}
      />
      <Table
        caption="Statutory checks"
        rows={checks}
        empty="No checks are recorded yet. Every adult needs a DBS check, a medical, references and local authority checks."
        columns={[
          { heading: 'Adult', cell: (row) => `${row.adultFirstName} ${row.adultLastName}` },
          {
            heading: 'Check',
            cell: (row) => (
              <>
                {checkKindLabel(row.kind)}
                {row.detail ? <span class="muted"> ({row.detail})</span> : null}
              </>
            ),
          },
          { heading: 'Asked for', cell: (row) => formatDate(row.requestedOn, context.locale) },
          {
            heading: 'Came back',
            cell: (row) =>
              row.receivedOn ? formatDate(row.receivedOn, context.locale) : 'Waiting',
          },
          {
            heading: 'Outcome',
            cell: (row) => (
              <Tag tone={outcomeTone(row.outcome)}>
                {row.outcome ? outcomeLabel(row.outcome) : 'Waiting'}
              </Tag>
            ),
          },
          ...(abilities.canUpdate
            ? [
                {
                  heading: 'Change',
                  cell: (row: (typeof checks)[number]) => (
                    <a href={`${base}/checks/${row.id}`}>
                      Update
                      <span class="visually-hidden">
                        {' '}
                        {checkKindLabel(row.kind)} for {row.adultFirstName}
                      </span>
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
      {abilities.canUpdate ? (
        <p>
          <a href={`${base}/adults/new`}>Add an adult</a>
          {adults.length > 0 ? (
            <>
              {' · '}
              <a href={`${base}/checks/new`}>Record a check</a>
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

/** How far each section of the Stage 2 report (Form F) has got. */
export function AssessmentSection({ context, record }: SectionProps) {
  const { prospect, assessment, abilities } = record;
  if (
    !hasApplied(prospect.stage) &&
    assessment.every((section) => section.progress === 'not_started')
  ) {
    return null;
  }
  const complete = assessment.filter((section) => section.progress === 'complete').length;
  return (
    <section aria-labelledby="assessment">
      <h2 id="assessment">Assessment report (Stage 2, Form F)</h2>
      <p>
        {complete} of {assessment.length} sections complete.
      </p>
      <Table
        caption="Sections of the report"
        captionHidden
        rows={assessment}
        columns={[
          { heading: 'Section', cell: (row) => row.label },
          {
            heading: 'Progress',
            cell: (row) => (
              <Tag tone={progressTone(row.progress)}>{progressLabel(row.progress)}</Tag>
            ),
          },
          {
            heading: 'Last changed',
            cell: (row) =>
              row.updatedAt ? formatInstant(row.updatedAt, context.timeZone, context.locale) : '',
          },
        ]}
      />
      {abilities.canUpdate ? (
        <p>
          <a href={`/recruitment/${prospect.id}/assessment`}>Update the report’s progress</a>
        </p>
      ) : null}
    </section>
  );
}

const termsText = (terms: {
  maxChildren: number | null;
  ageFrom: number | null;
  ageTo: number | null;
  careTypes: string[];
}) =>
  terms.maxChildren === null
    ? ''
    : `Up to ${terms.maxChildren} ${terms.maxChildren === 1 ? 'child' : 'children'} aged ${terms.ageFrom} to ${terms.ageTo}; ${terms.careTypes.map(careTypeLabel).join(', ').toLowerCase()}`;

/** The panel's recommendations and the agency decision. */
export function PanelSection({ context, record }: SectionProps) {
  const { panelItems, decision } = record;
  if (panelItems.length === 0 && !decision) return null;
  return (
    <section aria-labelledby="panel">
      <h2 id="panel">Panel and decision</h2>
      <ul class="list-plain">
        {panelItems.map((item) => (
          <li key={item.id}>
            <a href={`/recruitment/panels/${item.panelId}`}>
              Panel on {formatDate(item.meetsOn, context.locale)}
            </a>
            :{' '}
            {item.recommendation ? (
              <>
                recommended{' '}
                <strong>{recommendationLabel(item.recommendation).toLowerCase()}</strong>
                {item.recommendation === 'approve' ? `. ${termsText(item)}` : ''}. {item.reasons}
              </>
            ) : (
              'no recommendation recorded yet'
            )}
          </li>
        ))}
        {decision ? (
          <li>
            Agency decision on {formatDate(decision.decidedOn, context.locale)} by{' '}
            {decision.decidedByName ?? 'the decision maker'}:{' '}
            <strong>{decision.decision === 'approve' ? 'approved' : 'not approved'}</strong>
            {decision.decision === 'approve' ? `. ${termsText(decision)}` : ''}. {decision.reasons}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
