import { NotificationBanner, SummaryList } from '../../../core/ui/components/content.tsx';
import { Button, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { readCancellation } from '../bookings.ts';
import { cancelBookingPath } from './paths.ts';
import { venueWords } from './session-bits.tsx';
import { sessionTimeWords } from './words.ts';

/** A booking about to be cancelled. */
export type Cancellation = Awaited<ReturnType<typeof readCancellation>>;

/** "Are you sure?" before giving up a place or leaving a waiting list, with a warning when late. */
export function CancelBookingPage(props: {
  context: PageContext;
  cancellation: Cancellation;
  backTo: string;
}) {
  const { context, cancellation } = props;
  const { booking, session } = cancellation;
  const isWaiting = booking.status === 'waiting';
  const title = isWaiting ? 'Leave the waiting list?' : 'Cancel this place?';
  return (
    <Page context={context} title={title} width="narrow">
      <SummaryList
        rows={[
          { label: 'Who', value: cancellation.carerName },
          { label: 'Course', value: session.courseTitle },
          {
            label: 'When',
            value: sessionTimeWords(session.startsAt, session.endsAt, context.timeZone),
          },
          { label: 'Where', value: venueWords(session) },
        ]}
      />
      {cancellation.isLate ? (
        <NotificationBanner kind="warning" title="This is less than 48 hours away">
          <p>
            Cancelling now is too late for the place to go to someone else. You will be offered a
            catch-up session instead, so you can still take the course.
          </p>
        </NotificationBanner>
      ) : isWaiting ? (
        <p>You will lose your place in the queue.</p>
      ) : (
        <p>Your place will go to the first person on the waiting list, if there is one.</p>
      )}
      <Form action={cancelBookingPath(booking.id)} csrfToken={context.csrfToken}>
        <Button variant="warning">
          {isWaiting ? 'Leave the waiting list' : 'Cancel my place'}
        </Button>
      </Form>
      <p>
        <a href={props.backTo}>Keep it and go back</a>
      </p>
    </Page>
  );
}
