import { assetUrl } from '../../../core/ui/assets.ts';
import { Breadcrumbs, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextAreaField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { RecordView } from '../record-service.ts';
import { kindLabel, kindTone } from '../words.ts';
import { OWN_RECORDS_PATH, recordPath, timelinePath } from './paths.ts';
import { AcknowledgementTag, CommentList, MoodAndTopics, WrittenBy } from './record-entry.tsx';

/**
 * One record with its comments. Staff comment and acknowledge here; carers read the comments
 * (they are part of the team) and add to the record by writing a new one.
 */
export function RecordPage(props: {
  context: PageContext;
  view: RecordView;
  /** Just saved by its author: the page tells the draft script to forget the draft. */
  isJustWritten?: boolean;
  comment?: { values: FormValues; errors: FieldErrors };
}) {
  const { context, view } = props;
  const { entry, abilities } = view;
  const date = formatDate(entry.occurredOn, context.locale);
  const clearsDraft = props.isJustWritten && view.draftKey !== null;
  const crumbs = [
    ...(abilities.canReadTimeline
      ? [{ href: timelinePath(entry.child.id), label: `${entry.child.name}’s records` }]
      : []),
    ...(entry.isOwn ? [{ href: OWN_RECORDS_PATH, label: 'What you have written' }] : []),
  ];
  return (
    <Page
      context={context}
      title={`${kindLabel(entry.kind)}: ${entry.child.name}, ${date}`}
      documentTitle={props.comment ? `Error: ${kindLabel(entry.kind)}, ${date}` : undefined}
      head={clearsDraft ? <script src={assetUrl('record-draft.js')} defer /> : undefined}
      beforeHeading={crumbs.length > 0 ? <Breadcrumbs items={crumbs} /> : undefined}
    >
      {clearsDraft ? <div data-draft-clear={view.draftKey} hidden /> : null}
      <ErrorSummary errors={props.comment?.errors} />
      <p>
        <Tag tone={kindTone(entry.kind)}>{kindLabel(entry.kind)}</Tag>{' '}
        <AcknowledgementTag entry={entry} context={context} />
      </p>
      <SummaryList
        rows={[
          { label: 'About', value: entry.child.name },
          { label: 'Date', value: date },
          { label: 'Written', value: <WrittenBy entry={entry} context={context} /> },
          ...(entry.householdName ? [{ label: 'Home', value: entry.householdName }] : []),
        ]}
      />
      <MoodAndTopics entry={entry} context={context} />
      <h2>What happened</h2>
      <p class="preserve-lines">{entry.body}</p>

      <h2>Comments</h2>
      {entry.comments.length === 0 ? <p class="empty">No comments yet.</p> : null}
      <CommentList comments={entry.comments} context={context} label="Comments" />
      {abilities.canComment ? null : (
        <p class="muted">
          Comments come from your {context.terms.supervisingSocialWorker} and the agency’s staff. To
          add to this, write a new record.
        </p>
      )}

      {abilities.canAcknowledge ? (
        <section aria-labelledby="acknowledge">
          <h2 id="acknowledge">Acknowledge</h2>
          <p>
            Acknowledging tells the carers you have read this, and takes it off the list of reports
            waiting to be read.
          </p>
          <Form action={`${recordPath(entry.id)}/acknowledge`} csrfToken={context.csrfToken}>
            <Button>Acknowledge this {kindLabel(entry.kind).toLowerCase()}</Button>
          </Form>
        </section>
      ) : null}

      {abilities.canComment ? (
        <section aria-labelledby="add-comment">
          <h2 id="add-comment">Add a comment</h2>
          <Form action={`${recordPath(entry.id)}/comments`} csrfToken={context.csrfToken}>
            <TextAreaField
              name="body"
              label="Your comment"
              hint="The carers see it, with your name and the time."
              rows={4}
              value={props.comment?.values.body}
              error={props.comment?.errors.body}
            />
            <Button variant="secondary">Add the comment</Button>
          </Form>
        </section>
      ) : null}
    </Page>
  );
}
