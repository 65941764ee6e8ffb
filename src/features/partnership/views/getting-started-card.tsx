// The home page's card for the staff who place children: new homes whose introductory meeting or
// comfort call is still to record, overdue first, each linking to its getting-started page.
import { formatDate } from '../../../core/time/dates.ts';
import { Card, Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { StartStatus } from '../start-rules.ts';
import type { GettingStartedDue } from '../start-due.ts';

function PartLine(props: { label: string; status: StartStatus | null; locale: Locale }) {
  const { status, locale } = props;
  if (!status) return null;
  const dueOn = formatDate(status.deadline.dueOn, locale);
  return (
    <>
      <br />
      {props.label}:{' '}
      {status.state === 'overdue' ? (
        <>
          <Tag tone="overdue">Overdue</Tag> (it was due by {dueOn})
        </>
      ) : (
        <>
          <Tag tone="due">Due</Tag> by {dueOn}
        </>
      )}
    </>
  );
}

/** "Getting started with families": the list, and how many more there are. */
export function GettingStartedCard(props: { due: GettingStartedDue; locale: Locale }) {
  const { due, locale } = props;
  return (
    <Card title="Getting started with families">
      {due.items.length === 0 ? (
        <p>Every child in a new home has had their introductory meeting and comfort call.</p>
      ) : (
        <>
          <ul class="list-plain">
            {due.items.map((item) => (
              <li key={item.childId}>
                <a href={item.href}>{item.childLabel}</a>
                <span class="muted"> · arrived {formatDate(item.startedOn, locale)}</span>
                <PartLine label="Introductory meeting" status={item.intro} locale={locale} />
                <PartLine label="Comfort call" status={item.comfortCall} locale={locale} />
              </li>
            ))}
          </ul>
          {due.moreCount > 0 ? <p>and {due.moreCount} more</p> : null}
        </>
      )}
    </Card>
  );
}
