import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs, NotificationBanner } from '../../../core/ui/components/content.tsx';
import { Button, ChoicesField, ErrorSummary, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { markField } from '../booking-schemas.ts';
import type { readRegister } from '../register.ts';
import { traineeName } from '../trainees.ts';
import { registerPath, sessionPath } from './paths.ts';
import { venueWords } from './session-bits.tsx';
import { civilDateWords, sessionTimeWords } from './words.ts';

/** A session's register as its page shows it. */
export type Register = Awaited<ReturnType<typeof readRegister>>;

const CHOICES = [
  { value: 'attended', label: 'Attended' },
  { value: 'absent', label: 'Absent' },
];

/** The register: attended or absent for each carer with a place, in one form. */
export function RegisterPage(props: {
  context: PageContext;
  register: Register;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, register } = props;
  const { session } = register;
  const title = `Register: ${session.courseTitle}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs items={[{ href: sessionPath(session.id), label: session.courseTitle }]} />
      }
    >
      <ErrorSummary errors={props.errors} />
      <p>
        {sessionTimeWords(session.startsAt, session.endsAt, context.timeZone)}, at{' '}
        {venueWords(session)}.
      </p>
      {!register.isOpen ? (
        <NotificationBanner kind="info" title="Not yet">
          <p>The register opens on the day of the session, {civilDateWords(register.opensOn)}.</p>
        </NotificationBanner>
      ) : register.entries.length === 0 ? (
        <p class="empty">Nobody has a place on this session.</p>
      ) : (
        <Form action={registerPath(session.id)} csrfToken={context.csrfToken}>
          <p id="field-register">
            Attending completes the course on the carer’s training record. Anyone absent is offered
            a catch-up session. You can correct a mark later.
          </p>
          {register.entries.map((entry) => {
            const field = markField(entry.id);
            const chosen = props.values?.[field] ?? (entry.status === 'booked' ? '' : entry.status);
            return (
              <ChoicesField
                key={entry.id}
                type="radio"
                name={field}
                legend={traineeName(entry)}
                options={CHOICES}
                chosen={[chosen]}
                error={props.errors?.[field]}
              />
            );
          })}
          <Button>Save the register</Button>
        </Form>
      )}
    </Page>
  );
}
