import { Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { deadlineState, type Deadline } from '../deadlines.ts';

/** "Overdue", "Due today" or the date, as a tag with words (colour is never the only signal). */
export function DueTag(props: { deadline: Deadline; today: string; locale: Locale }) {
  const state = deadlineState(props.deadline, props.today);
  if (state === 'overdue') return <Tag tone="overdue">Overdue</Tag>;
  if (state === 'due_today') return <Tag tone="due">Due today</Tag>;
  return <Tag tone="neutral">Due {formatDate(props.deadline.dueOn, props.locale)}</Tag>;
}

/** Why a deadline is due: the rule, what it counts from, and where the rule comes from. */
export function WhyDue(props: { deadline: Deadline; locale: Locale }) {
  const { deadline, locale } = props;
  const countsWorkingDays = ['enquiry_reply', 'home_visit', 'decision'].includes(deadline.kind);
  const from = deadline.countsFrom;
  return (
    <details class="why-due">
      <summary>Why is this due?</summary>
      <p>
        {deadline.rule}
        {from ? `: ${from.what.toLowerCase()} on ${formatDate(from.on, locale)}` : ''}. Due on{' '}
        {formatDate(deadline.dueOn, locale)}.
        {countsWorkingDays ? ' Weekends and bank holidays are not counted.' : ''}
      </p>
      <p class="muted">Source: {deadline.citation}.</p>
    </details>
  );
}

/** Each deadline on its own line: what, when, the tag, and why. */
export function DeadlineList(props: { deadlines: Deadline[]; today: string; locale: Locale }) {
  if (props.deadlines.length === 0) return <p>Nothing is due at this stage.</p>;
  return (
    <ul class="list-plain">
      {props.deadlines.map((deadline) => (
        <li key={deadline.kind}>
          <strong>{deadline.task}</strong>{' '}
          <DueTag deadline={deadline} today={props.today} locale={props.locale} />{' '}
          <span class="muted">({deadline.source})</span>
          <WhyDue deadline={deadline} locale={props.locale} />
        </li>
      ))}
    </ul>
  );
}
