import { formatDate } from '../../../core/time/dates.ts';
import { Card, Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { SupportDue, SupportDueItem } from '../support-due.ts';
import { goingHomePath } from './paths.ts';

/**
 * The home page's word on plans for going home: reviews and check-ins overdue or due this week,
 * soonest first, by first name only; the rest counted.
 */
export function SupportDueCard(props: { due: SupportDue; locale?: Locale }) {
  const { due } = props;
  const more = due.total - due.items.length;
  return (
    <Card title="Going home: reviews and check-ins">
      <span class="figure">{due.total}</span>
      {due.items.length === 0 ? (
        <p class="muted">No reviews or check-ins are due this week.</p>
      ) : (
        <ul class="list-plain">
          {due.items.map((item) => (
            <li key={`${item.childId}-${item.kind}`}>
              <DueLine item={item} locale={props.locale ?? 'en-GB'} />
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? <p class="muted">and {more} more</p> : null}
    </Card>
  );
}

function DueLine(props: { item: SupportDueItem; locale: Locale }) {
  const { item, locale } = props;
  const what = item.kind === 'review' ? 'plan review' : 'check-in after going home';
  return (
    <>
      {item.isOverdue ? <Tag tone="overdue">Overdue</Tag> : <Tag tone="due">Due</Tag>}{' '}
      <a href={goingHomePath(item.childId)}>
        {item.name}: {what}, {item.isOverdue ? 'was due' : 'due by'}{' '}
        {formatDate(item.dueOn, locale)}
      </a>
    </>
  );
}
