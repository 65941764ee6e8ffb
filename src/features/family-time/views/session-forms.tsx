// The two forms under a session: a note afterwards, and calling it off before it starts.
import {
  Button,
  Checkbox,
  ChoicesField,
  Form,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { ATTENDANCE, CANCELLED_BY } from '../../partnership/vocabulary.ts';
import { MAX_NOTE, MAX_REASON } from '../schemas.ts';
import type { SessionPage } from '../session-service.ts';
import { familyTimePaths } from './paths.ts';

/** A form on the session page that came back with problems, with what was typed. */
export type SessionAttempt = { form: 'note' | 'cancel'; values: FormValues; errors: FieldErrors };

const WHO_READS: Record<SessionPage['party'], string> = {
  parent: 'Staff and the carers read your note. Other parents do not.',
  carer: 'Staff and the carers read carers’ notes. Parents do not.',
  staff: 'Only staff read workers’ notes.',
};

/** A note after the session; carers and staff may write down the child's own feedback. */
export function NoteForm(props: {
  context: PageContext;
  page: SessionPage;
  attempt?: SessionAttempt;
}) {
  const { context, page, attempt } = props;
  const { child, party, session } = page;
  const values = attempt?.values ?? {};
  const errors = attempt?.errors;
  const isParent = party === 'parent';
  return (
    <Form action={familyTimePaths.notes(party, child.id, session.id)} csrfToken={context.csrfToken}>
      <h3 class="heading-m">Add a note</h3>
      <ChoicesField
        type="radio"
        name="attendance"
        legend={isParent ? 'Did you come?' : 'Did the family come?'}
        hint={isParent ? undefined : `Leave this out for ${child.knownAs}’s own feedback.`}
        options={ATTENDANCE.map((word) => ({ value: word.code, label: word.label }))}
        chosen={values['attendance'] ? [values['attendance']] : []}
        error={errors?.['attendance']}
      />
      <TextAreaField
        name="note"
        label={isParent ? 'Your note' : 'Note'}
        hint={`${WHO_READS[party]} Up to ${MAX_NOTE.toLocaleString('en-GB')} characters.`}
        value={values['note']}
        error={errors?.['note']}
      />
      {page.abilities.canWriteChildFeedback ? (
        <Checkbox
          name="is_child_feedback"
          label={`This is ${child.knownAs}’s own feedback, in ${child.knownAs}’s words`}
          hint="Staff and the carers read it. Parents do not."
          isChecked={values['is_child_feedback'] === 'yes'}
        />
      ) : null}
      <SendAnyway errors={errors} />
      <Button>Add the note</Button>
    </Form>
  );
}

/** Calling the session off, with the reason everyone going will read. */
export function CancelForm(props: {
  context: PageContext;
  page: SessionPage;
  attempt?: SessionAttempt;
}) {
  const { context, page, attempt } = props;
  const { child, party, session } = page;
  const values = attempt?.values ?? {};
  const errors = attempt?.errors;
  return (
    <section aria-labelledby="cancel">
      <h2 id="cancel">Cancel this family time</h2>
      <Form
        action={familyTimePaths.cancel(party, child.id, session.id)}
        csrfToken={context.csrfToken}
      >
        {page.abilities.canChooseWhoCancelled ? (
          <ChoicesField
            type="radio"
            name="cancelled_by_party"
            legend="Who is calling it off?"
            options={CANCELLED_BY.filter(
              (word) => word.code === 'agency' || word.code === 'child',
            ).map((word) => ({ value: word.code, label: word.label }))}
            chosen={values['cancelled_by_party'] ? [values['cancelled_by_party']] : []}
            error={errors?.['cancelled_by_party']}
          />
        ) : null}
        <TextAreaField
          name="reason"
          label="Why is it cancelled?"
          hint={`Everyone going will read this. Up to ${MAX_REASON} characters.`}
          rows={3}
          value={values['reason']}
          error={errors?.['reason']}
        />
        <SendAnyway errors={errors} />
        <Button variant="warning">Cancel family time</Button>
      </Form>
    </section>
  );
}
