import { Breadcrumbs, Tag } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { ProspectRecord } from '../service.ts';
import { fullName, stageLabel } from '../words.ts';
import { DeadlineList } from './deadline-list.tsx';
import {
  NextActionForm,
  NextStepSection,
  NoteForm,
  OfficerForm,
  type Submitted,
} from './prospect-forms.tsx';
import { SubmissionsSection, Timeline } from './history-sections.tsx';
import {
  AssessmentSection,
  ChecksSection,
  PanelSection,
  ProspectSummary,
} from './prospect-sections.tsx';
import { stageTone } from './tones.ts';

/**
 * One person's way to approval: what is due and why, the next step, who they are, the checks and
 * the report, the panel and the decision, the forms they sent, and the notes and history.
 */
export function ProspectPage(props: {
  context: PageContext;
  record: ProspectRecord;
  submitted?: Submitted;
}) {
  const { context, record, submitted } = props;
  const { prospect, abilities } = record;
  const name = fullName(prospect);
  return (
    <Page
      context={context}
      title={name}
      documentTitle={submitted ? `Error: ${name}` : name}
      beforeHeading={<Breadcrumbs items={[{ href: '/recruitment', label: 'Recruitment' }]} />}
    >
      <ErrorSummary errors={submitted?.errors} />
      <p>
        <Tag tone={stageTone(prospect.stage)}>{stageLabel(prospect.stage)}</Tag>{' '}
        {prospect.isOverdue ? <Tag tone="overdue">Something is overdue</Tag> : null}{' '}
        <span class="muted">{prospect.reference}</span>
      </p>
      <section aria-labelledby="due">
        <h2 id="due">What is due</h2>
        <DeadlineList deadlines={prospect.deadlines} today={record.today} locale={context.locale} />
      </section>
      <NextStepSection context={context} record={record} submitted={submitted} />
      <section aria-labelledby="about">
        <h2 id="about">About them</h2>
        <ProspectSummary context={context} record={record} />
        {abilities.canUpdate ? (
          <p>
            <a href={`/recruitment/${prospect.id}/dates`}>
              Correct the dates of the application or panel
            </a>
          </p>
        ) : null}
      </section>
      {abilities.canUpdate ? (
        <section aria-labelledby="plan">
          <h2 id="plan">Who and what next</h2>
          <OfficerForm context={context} record={record} submitted={submitted} />
          <NextActionForm context={context} record={record} submitted={submitted} />
        </section>
      ) : null}
      <ChecksSection context={context} record={record} />
      <AssessmentSection context={context} record={record} />
      <PanelSection context={context} record={record} />
      <SubmissionsSection context={context} record={record} />
      <section aria-labelledby="notes">
        <h2 id="notes">Notes and history</h2>
        {abilities.canUpdate ? (
          <NoteForm context={context} record={record} submitted={submitted} />
        ) : null}
        <Timeline context={context} record={record} />
      </section>
    </Page>
  );
}
