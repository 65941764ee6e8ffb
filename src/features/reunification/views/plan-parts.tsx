// The parts of the staff and carers' going-home page: the plan's summary, its goals and steps,
// its reviews and check-ins, and the support after the child went home.
import { ENGLAND } from '../../../core/jurisdiction/england.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { SummaryList, Table, Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import { HOW_IT_IS, labelOf, STEP_STATUSES, STEP_WHO } from '../../partnership/vocabulary.ts';
import type { GoingHome, MeetingView, PlanView, StepView, SupportView } from '../read-service.ts';
import { stepPath } from './paths.ts';
import { HOW_IT_IS_TONE, MEETING_WORD, STATUS_TONE } from './words.ts';

const SUPPORT = ENGLAND.partnership.supportAfterReturn;

/** The plan's aim, support and dates. */
export function PlanSummary(props: { plan: PlanView; locale: Locale }) {
  const { plan, locale } = props;
  return (
    <SummaryList
      rows={[
        { label: 'Aim', value: <p class="preserve-lines">{plan.aim}</p> },
        {
          label: 'Support offered',
          value: plan.supportOffered ? (
            <p class="preserve-lines">{plan.supportOffered}</p>
          ) : (
            <span class="muted">None written yet</span>
          ),
        },
        ...(plan.status === 'working_towards' ? workingTowardsRows(plan, locale) : []),
      ]}
    />
  );
}

// The hoped-for date and the next review matter until the child goes home.
function workingTowardsRows(plan: PlanView, locale: Locale) {
  return [
    { label: 'Hoped-for date', value: formatDate(plan.targetOn, locale) || 'Not set' },
    {
      label: 'Next review',
      value: plan.nextReviewOn ? (
        <>
          {plan.isReviewOverdue ? (
            <>
              <Tag tone="overdue">Overdue</Tag>{' '}
            </>
          ) : null}
          {formatDate(plan.nextReviewOn, locale)}
        </>
      ) : (
        'Not set'
      ),
    },
  ];
}

/** The goals, each with the steps under it; steps under no goal come first. */
export function StepGroups(props: { view: GoingHome; locale: Locale }) {
  const { view, locale } = props;
  if (view.groups.length === 0) return <p class="empty">No goals or steps yet.</p>;
  return (
    <>
      {view.groups.map((group, index) => (
        <section key={group.goal?.id ?? `loose-${index}`}>
          <h3 class="heading-m">{group.goal ? `Goal: ${group.goal.title}` : 'Steps'}</h3>
          {group.goal ? <GoalFacts goal={group.goal} view={view} locale={locale} /> : null}
          <Table
            caption={group.goal ? `Steps towards “${group.goal.title}”` : 'Steps under no goal'}
            captionHidden
            rows={group.steps}
            empty="No steps under this goal yet."
            columns={[
              { heading: 'Step', cell: (step) => <StepTitle step={step} /> },
              { heading: 'Who', cell: (step) => labelOf(STEP_WHO, step.who) },
              { heading: 'Due', cell: (step) => formatDate(step.dueOn, locale) || '–' },
              { heading: 'Status', cell: (step) => <StatusTag step={step} /> },
              { heading: 'Progress', cell: (step) => step.progress || '–' },
              ...(view.abilities.canManage
                ? [
                    {
                      heading: 'Change',
                      cell: (step: StepView) => (
                        <a href={stepPath(view.child.id, step.id)}>
                          Change<span class="visually-hidden"> “{step.title}”</span>
                        </a>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </section>
      ))}
    </>
  );
}

function GoalFacts(props: { goal: StepView; view: GoingHome; locale: Locale }) {
  const { goal, view, locale } = props;
  return (
    <>
      {goal.detail ? <p class="preserve-lines">{goal.detail}</p> : null}
      <p>
        <StatusTag step={goal} /> {labelOf(STEP_WHO, goal.who)}
        {goal.dueOn ? `, by ${formatDate(goal.dueOn, locale)}` : ''}
        {goal.progress ? `. ${goal.progress}` : ''}
        {view.abilities.canManage ? (
          <>
            {' '}
            <a href={stepPath(view.child.id, goal.id)}>
              Change<span class="visually-hidden"> the goal “{goal.title}”</span>
            </a>
          </>
        ) : null}
      </p>
    </>
  );
}

function StepTitle(props: { step: StepView }) {
  return (
    <>
      {props.step.title}
      {props.step.detail ? <p class="muted preserve-lines">{props.step.detail}</p> : null}
    </>
  );
}

function StatusTag(props: { step: StepView }) {
  return (
    <Tag tone={STATUS_TONE[props.step.status]}>{labelOf(STEP_STATUSES, props.step.status)}</Tag>
  );
}

/** Reviews and check-ins, the latest first; notes for staff only when the reader is staff. */
export function MeetingList(props: { meetings: MeetingView[]; locale: Locale }) {
  const { meetings, locale } = props;
  if (meetings.length === 0) return <p class="empty">No reviews or check-ins yet.</p>;
  return (
    <ul class="list-plain timeline">
      {meetings.map((meeting) => (
        <li key={meeting.id} class="record-entry">
          <h3 class="record-entry__title">
            {MEETING_WORD[meeting.kind]} on {formatDate(meeting.heldOn, locale)}
          </h3>
          <p class="record-entry__meta">
            <Tag tone={HOW_IT_IS_TONE[meeting.howItIs]}>{labelOf(HOW_IT_IS, meeting.howItIs)}</Tag>
            {meeting.byName ? ` Recorded by ${meeting.byName}.` : null}
            {meeting.nextOn ? ` Next: ${formatDate(meeting.nextOn, locale)}.` : null}
          </p>
          <p>
            <strong>For the family</strong>
          </p>
          <p class="preserve-lines">{meeting.forFamily || 'Nothing written for the family.'}</p>
          {meeting.staffNotes !== null && meeting.staffNotes !== '' ? (
            <>
              <p>
                <strong>Notes for staff only</strong>
              </p>
              <p class="preserve-lines">{meeting.staffNotes}</p>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The support after going home: when it began and ends, and when the next check-in is due. */
export function SupportSummary(props: { support: SupportView; knownAs: string; locale: Locale }) {
  const { support, knownAs, locale } = props;
  const next = support.nextCheckIn;
  return (
    <>
      <SummaryList
        rows={[
          { label: 'Went home on', value: formatDate(support.wentHomeOn, locale) },
          { label: 'Support ends on', value: formatDate(support.supportEndsOn, locale) },
          { label: 'Supported by', value: support.workerName ?? 'No worker recorded' },
          {
            label: 'Next check-in due',
            value: next ? (
              <>
                {next.isOverdue ? (
                  <>
                    <Tag tone="overdue">Overdue</Tag>{' '}
                  </>
                ) : null}
                {formatDate(next.dueOn, locale)}
              </>
            ) : (
              'The support is closed'
            ),
          },
        ]}
      />
      {next ? (
        <details class="why-due">
          <summary>Why is this due?</summary>
          <p>
            After a child goes home the family is supported for {SUPPORT.months} months, with a
            check-in at least every {SUPPORT.checkInEveryWeeks} weeks:{' '}
            {next.lastHeldOn
              ? `the last check-in was on ${formatDate(next.lastHeldOn, locale)}`
              : `${knownAs} went home on ${formatDate(support.wentHomeOn, locale)}`}
            , so the next is due by {formatDate(next.dueOn, locale)}.
          </p>
          <p class="muted">Source: {SUPPORT.citation}.</p>
        </details>
      ) : null}
    </>
  );
}
