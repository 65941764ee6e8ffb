// One session: its details, the parent's "I'll be there", the notes each side may read, and the
// forms to add a note afterwards or call it off before it starts.
import { Tag } from '../../../core/ui/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, Form } from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import { ATTENDANCE, labelOf } from '../../partnership/vocabulary.ts';
import type { NoteView, SessionPage as SessionPageData } from '../session-service.ts';
import { CancelForm, NoteForm, type SessionAttempt } from './session-forms.tsx';
import { FamilyTimeFrame } from './frame.tsx';
import { familyTimePaths } from './paths.ts';
import { SessionFacts } from './session-facts.tsx';

export type { SessionAttempt };

/** The session page for this reader. */
export function SessionPage(props: {
  context: PageContext;
  page: SessionPageData;
  attempt?: SessionAttempt;
}) {
  const { context, page, attempt } = props;
  const { child, party, session } = page;
  const isParent = party === 'parent';
  return (
    <FamilyTimeFrame
      context={context}
      child={child}
      party={party}
      title={isParent ? `Family time with ${child.knownAs}` : 'Family time'}
      hasErrors={Boolean(attempt)}
      isUnderList
    >
      <ErrorSummary errors={attempt?.errors} />
      <SessionFacts context={context} session={session} knownAs={child.knownAs} />
      {session.abilities.canConfirm ? (
        <Form
          action={familyTimePaths.confirm(party, child.id, session.id)}
          csrfToken={context.csrfToken}
        >
          <Button>I’ll be there</Button>
        </Form>
      ) : null}
      {page.abilities.canChange ? (
        <p>
          <ButtonLink href={familyTimePaths.change(child.id, session.id)} variant="secondary">
            Change the plan
          </ButtonLink>
        </p>
      ) : null}

      <section aria-labelledby="notes">
        <h2 id="notes">{isParent ? 'Your notes' : 'Notes after family time'}</h2>
        {page.notes.length === 0 ? (
          <p class="empty">No notes yet.</p>
        ) : (
          page.notes.map((note) => (
            <NoteEntry key={note.id} context={context} note={note} knownAs={child.knownAs} />
          ))
        )}
        {session.abilities.canAddNote ? (
          <NoteForm
            context={context}
            page={page}
            attempt={attempt?.form === 'note' ? attempt : undefined}
          />
        ) : null}
      </section>

      {session.abilities.canCancel ? (
        <CancelForm
          context={context}
          page={page}
          attempt={attempt?.form === 'cancel' ? attempt : undefined}
        />
      ) : null}
    </FamilyTimeFrame>
  );
}

function NoteEntry(props: { context: PageContext; note: NoteView; knownAs: string }) {
  const { context, note, knownAs } = props;
  return (
    <article class="record-entry">
      <h3 class="record-entry__title">
        {note.isChildFeedback ? `${knownAs}’s own words` : note.byLine}{' '}
        {note.isChildFeedback ? <Tag tone="info">Feedback from {knownAs}</Tag> : null}
      </h3>
      <p class="record-entry__meta">
        {note.isChildFeedback ? `Written down by ${note.byLine} on ` : 'Written on '}
        {formatInstant(note.writtenAt, context.timeZone, context.locale)}
        {note.attendance ? ` · ${labelOf(ATTENDANCE, note.attendance)}` : ''}
      </p>
      <p class="preserve-lines">{note.note}</p>
    </article>
  );
}
