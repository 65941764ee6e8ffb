import { formatDate } from '../../../core/time/dates.ts';
import { Card, Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { PlacementTask } from '../tasks.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

// A home page is for what to do next: the most pressing plans, and how many more wait.
const SHOWN = 10;

/** The home page's list of placement plans still to agree, overdue first, each linking to its plan. */
export function PlacementPlansCard(props: { tasks: PlacementTask[]; locale: Locale }) {
  const { tasks, locale } = props;
  return (
    <Card title="Placement plans to agree">
      {tasks.length === 0 ? (
        <p>Every placement has its plan agreed.</p>
      ) : (
        <>
          <ul class="list-plain">
            {tasks.slice(0, SHOWN).map((task) => (
              <li key={task.placementId}>
                <a href={task.href}>{task.childLabel}</a>
                <span class="muted"> · {task.householdName}</span>{' '}
                {task.isOverdue ? (
                  <>
                    <Tag tone="overdue">Overdue</Tag>{' '}
                    {task.workingDaysLate > 0
                      ? `by ${plural(task.workingDaysLate, 'working day')} `
                      : ''}
                    (it was due by {formatDate(task.dueOn, locale)})
                  </>
                ) : (
                  <>
                    <Tag tone="due">Due</Tag> by {formatDate(task.dueOn, locale)}
                  </>
                )}
              </li>
            ))}
          </ul>
          {tasks.length > SHOWN ? (
            <p>And {plural(tasks.length - SHOWN, 'more placement')} without an agreed plan.</p>
          ) : null}
        </>
      )}
    </Card>
  );
}
