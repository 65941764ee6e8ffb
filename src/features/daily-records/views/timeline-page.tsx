import { Breadcrumbs, Pagination } from '../../../core/ui/components/content.tsx';
import { ButtonLink, ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import type { DailyRecordKind } from '../../../core/db/tables.ts';
import { ChildTabs } from '../../children/index.ts';
import type { Timeline } from '../timeline-service.ts';
import { KINDS, kindPlural } from '../words.ts';
import { newRecordPath, timelinePath } from './paths.ts';
import { RecordEntry } from './record-entry.tsx';

function filterHref(childId: string, kind: DailyRecordKind | null, page = 1): string {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${timelinePath(childId)}?${query}` : timelinePath(childId);
}

/** A child's daily record: the newest first, with a way to write today's for the carers at home. */
export function TimelinePage(props: {
  context: PageContext;
  timeline: Timeline;
  errors?: FieldErrors;
}) {
  const { context, timeline } = props;
  const { child } = timeline;
  const filters: Array<{ kind: DailyRecordKind | null; label: string }> = [
    { kind: null, label: 'Everything' },
    ...KINDS.map((kind) => ({ kind, label: kindPlural(kind) })),
  ];
  return (
    <Page
      context={context}
      title={child.name}
      documentTitle={`Daily records: ${child.name}`}
      beforeHeading={<Breadcrumbs items={[{ href: '/children', label: 'Children' }]} />}
    >
      <ChildTabs childId={child.id} current="daily-records" />
      <ErrorSummary errors={props.errors} isUnlinked />
      {timeline.abilities.canWrite ? (
        <p class="write-today">
          <ButtonLink href={newRecordPath(child.id)}>Write today’s record</ButtonLink>
        </p>
      ) : null}
      <h2>Daily records</h2>
      <nav aria-label="Show records of one kind">
        <ul class="kind-filter">
          {filters.map((filter) => (
            <li key={filter.label}>
              <a
                href={filterHref(child.id, filter.kind)}
                aria-current={filter.kind === timeline.kind ? 'page' : undefined}
              >
                {filter.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {timeline.entries.length === 0 ? (
        <p class="empty">
          {timeline.kind
            ? `No ${kindPlural(timeline.kind).toLowerCase()} are recorded for ${child.knownName}.`
            : `Nothing has been written about ${child.knownName} yet.`}
        </p>
      ) : (
        <ol class="timeline" aria-label={`${child.knownName}’s records, the newest first`}>
          {timeline.entries.map((entry) => (
            <li key={entry.id}>
              <RecordEntry entry={entry} context={context} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={timeline.page}
        pageCount={timeline.pageCount}
        hrefFor={(page) => filterHref(child.id, timeline.kind, page)}
      />
    </Page>
  );
}
