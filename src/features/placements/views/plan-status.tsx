import { formatDate } from '../../../core/time/dates.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { PlanDeadline, PlanStatus } from '../plan-deadline.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Where the plan stands, in words with a tag: colour is never the only signal. */
export function PlanStatusLine(props: { status: PlanStatus; locale: Locale }) {
  const { status, locale } = props;
  const dueOn = formatDate(status.deadline.dueOn, locale);
  switch (status.state) {
    case 'agreed':
      return (
        <p>
          <Tag tone="good">Agreed</Tag> Agreed on {formatDate(status.agreedOn, locale)}
          {status.isLate ? <span class="muted"> (it was due by {dueOn})</span> : null}
        </p>
      );
    case 'due':
      return (
        <p>
          <Tag tone="due">Due</Tag> Due by {dueOn}
        </p>
      );
    case 'overdue':
      return (
        <p>
          <Tag tone="overdue">Overdue</Tag>{' '}
          {status.workingDaysLate > 0
            ? `Overdue by ${plural(status.workingDaysLate, 'working day')}`
            : 'Overdue'}{' '}
          <span class="muted">(it was due by {dueOn})</span>
        </p>
      );
  }
}

/** Why the plan is due when it is: the rule, the start it counts from, and where the rule comes from. */
export function WhyPlanDue(props: { deadline: PlanDeadline; locale: Locale }) {
  const { deadline, locale } = props;
  return (
    <details class="why-due">
      <summary>Why is this due?</summary>
      <p>
        {deadline.rule}: the placement started on {formatDate(deadline.startedOn, locale)}, so the
        plan is due by {formatDate(deadline.dueOn, locale)}.{' '}
        {`Weekends and bank holidays (${deadline.holidaysName}) are not counted.`}
      </p>
      <p class="muted">Source: {deadline.citation}.</p>
    </details>
  );
}
