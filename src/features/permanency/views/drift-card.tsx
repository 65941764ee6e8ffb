import { formatDate } from '../../../core/time/dates.ts';
import { Card, Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { DriftEntry } from '../drift-store.ts';
import { permanencyPath } from './paths.ts';

/** How many children the card names; the rest are counted. */
const SHOWN = 10;

/**
 * The home page's list of young people whose permanency conversations or decision are overdue,
 * longest overdue first, each linking to their permanency page. Nothing at all when none are.
 */
export function PermanencyDriftCard(props: { entries: DriftEntry[]; locale: Locale }) {
  const { entries, locale } = props;
  if (entries.length === 0) return null;
  const date = (iso: string | null) => formatDate(iso, locale);
  const rest = entries.length - SHOWN;
  return (
    <Card title="Permanency conversations due">
      <span class="figure">{entries.length}</span>
      <ul class="list-plain">
        {entries.slice(0, SHOWN).map((entry) => (
          <li key={entry.childId}>
            <a href={permanencyPath(entry.childId)}>{entry.childName}</a>{' '}
            <Tag tone="overdue">Overdue</Tag>
            {entry.isConversationOverdue ? (
              <p class="muted">
                {entry.lastConversationOn
                  ? `No conversation since ${date(entry.lastConversationOn)}: one was due by ${date(entry.conversationDueOn)}`
                  : `No conversation yet: the first was due by ${date(entry.conversationDueOn)}`}
              </p>
            ) : null}
            {entry.isDecisionOverdue ? (
              <p class="muted">
                No decision yet: the agency’s target was {date(entry.decisionDueOn)}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <p>
          And {rest} more young {rest === 1 ? 'person' : 'people'}.
        </p>
      ) : null}
    </Card>
  );
}
