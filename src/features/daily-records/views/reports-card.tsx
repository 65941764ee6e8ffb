import { Card, Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { ReportPage } from '../lists-service.ts';
import { kindLabel, kindTone } from '../words.ts';
import { recordPath, REPORTS_PATH } from './paths.ts';

/**
 * The home page's word on what carers have reported: how many events and incidents wait to be
 * acknowledged, and the newest few. For the supervising social worker and the manager.
 */
export function ReportsCard({ context, reports }: { context: PageContext; reports: ReportPage }) {
  return (
    <Card title="Events and incidents to acknowledge" href={REPORTS_PATH}>
      <span class="figure">{reports.total}</span>
      {reports.entries.length === 0 ? (
        <p class="muted">Nothing is waiting.</p>
      ) : (
        <ul class="list-plain">
          {reports.entries.map((entry) => (
            <li key={entry.id}>
              <Tag tone={kindTone(entry.kind)}>{kindLabel(entry.kind)}</Tag>{' '}
              <a href={recordPath(entry.id)}>
                {entry.child.name}, {formatDate(entry.occurredOn, context.locale)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
