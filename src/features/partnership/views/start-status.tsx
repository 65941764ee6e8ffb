// Where the introductory meeting or the comfort call stands, with a tag and words (colour is never
// the only signal), and why it is due when it is.
import { formatDate } from '../../../core/time/dates.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { StartStatus } from '../start-rules.ts';

/** "Done: held on …", "Due by …" or "Overdue: it was due by …". */
export function StartStatusLine(props: { status: StartStatus; locale: Locale }) {
  const { status, locale } = props;
  const dueOn = formatDate(status.deadline.dueOn, locale);
  switch (status.state) {
    case 'done':
      return (
        <p>
          <Tag tone="good">Done</Tag> Held on {formatDate(status.heldOn, locale)}
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
          <Tag tone="overdue">Overdue</Tag> It was due by {dueOn}
        </p>
      );
  }
}

/** Why a part is due when it is: the rule, the day it counts from, and where the rule comes from. */
export function WhyStartDue(props: { status: StartStatus; knownAs: string; locale: Locale }) {
  const { deadline } = props.status;
  const { locale } = props;
  return (
    <details class="why-due">
      <summary>Why is this due?</summary>
      <p>
        {deadline.rule}: {props.knownAs} arrived on {formatDate(deadline.startedOn, locale)}, so it
        is due by {formatDate(deadline.dueOn, locale)}.
        {deadline.holidaysName
          ? ` Weekends and bank holidays (${deadline.holidaysName}) are not counted.`
          : ''}
      </p>
      <p class="muted">Source: {deadline.citation}.</p>
    </details>
  );
}
