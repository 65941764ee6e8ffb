import { Pagination } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import type { EntryPage } from '../lists-service.ts';
import { OWN_RECORDS_PATH } from './paths.ts';
import { RecordEntry } from './record-entry.tsx';

/** What a carer has written, about every child, newest first: their own past records stay theirs. */
export function OwnRecordsPage(props: {
  context: PageContext;
  list: EntryPage;
  errors?: FieldErrors;
}) {
  const { context, list } = props;
  return (
    <Page context={context} title="What you have written">
      <ErrorSummary errors={props.errors} isUnlinked />
      <p class="lead">
        Your daily logs, events and incidents, the newest first, with the comments on them. What you
        wrote about a child who has moved on stays here for you to read.
      </p>
      {list.entries.length === 0 ? (
        <p class="empty">You have not written any records yet.</p>
      ) : (
        <ol class="timeline" aria-label="Your records, the newest first">
          {list.entries.map((entry) => (
            <li key={entry.id}>
              <RecordEntry entry={entry} context={context} isChildNamed headingLevel={2} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => `${OWN_RECORDS_PATH}?page=${page}`}
      />
    </Page>
  );
}
