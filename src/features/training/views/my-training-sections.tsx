import { Table, Tag } from '../../../core/ui/components/content.tsx';
import { Button, Form } from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { CarerBooking } from '../booking-store.ts';
import type { UpcomingPlace } from '../my-training.ts';
import { bookingStatus } from './booking-words.ts';
import { cancelBookingPath, MY_FEED_PATH } from './paths.ts';
import { venueWords } from './session-bits.tsx';
import { sessionTimeWords } from './words.ts';

/** The addresses a calendar program can subscribe to. */
export type FeedAddresses = { https: string; webcal: string };

/** The carer's places still to come, with where they are in any waiting list and a way to cancel. */
export function BookingsSection(props: { context: PageContext; upcoming: UpcomingPlace[] }) {
  const { timeZone } = props.context;
  return (
    <section>
      <h2 class="heading-l">Your bookings</h2>
      <Table
        caption="Sessions you are booked on or waiting for"
        captionHidden
        rows={props.upcoming}
        empty="You have no sessions booked."
        columns={[
          { heading: 'Course', cell: ({ booking }) => booking.session.courseTitle },
          {
            heading: 'When',
            cell: ({ booking }) =>
              sessionTimeWords(booking.session.startsAt, booking.session.endsAt, timeZone),
          },
          { heading: 'Where', cell: ({ booking }) => venueWords(booking.session) },
          {
            heading: 'Your place',
            cell: ({ booking, position }) => {
              const status = bookingStatus(booking.status);
              return (
                <>
                  <Tag tone={status.tone}>{status.words}</Tag>
                  {position ? ` You are number ${position} on the waiting list.` : null}
                </>
              );
            },
          },
          {
            heading: 'Change',
            cell: ({ booking, isLate }) => (
              <>
                <a href={cancelBookingPath(booking.id)}>
                  {booking.status === 'waiting' ? 'Leave the waiting list' : 'Cancel'}
                  <span class="visually-hidden">
                    {' '}
                    {booking.session.courseTitle},{' '}
                    {sessionTimeWords(booking.session.startsAt, booking.session.endsAt, timeZone)}
                  </span>
                </a>
                {isLate ? (
                  <p class="field__hint">
                    It is less than 48 hours away: cancelling now leaves the place empty, and you
                    will be offered a catch-up.
                  </p>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}

const ATTENDANCE: Record<string, string> = {
  attended: 'You were there',
  absent: 'You were not there',
  booked: 'Not marked yet',
};

/** Sessions that have happened, and whether the register has the carer there. */
export function PastSection(props: { context: PageContext; past: CarerBooking[] }) {
  return (
    <section>
      <h2 class="heading-l">Past sessions</h2>
      <Table
        caption="Sessions you had a place on"
        captionHidden
        rows={props.past}
        empty="No past sessions yet."
        columns={[
          { heading: 'Course', cell: (booking) => booking.session.courseTitle },
          {
            heading: 'When',
            cell: (booking) =>
              sessionTimeWords(
                booking.session.startsAt,
                booking.session.endsAt,
                props.context.timeZone,
              ),
          },
          { heading: 'Where', cell: (booking) => booking.session.venueName },
          { heading: 'Register', cell: (booking) => ATTENDANCE[booking.status] ?? '' },
        ]}
      />
    </section>
  );
}

/** The carer's secret calendar address, and the button that makes (or remakes) it. */
export function FeedSection(props: { context: PageContext; feed: FeedAddresses | null }) {
  const { feed } = props;
  return (
    <section>
      <h2 class="heading-l">Your training calendar</h2>
      <p>
        Add your sessions to the calendar on your phone or computer. It updates by itself when you
        book or cancel.
      </p>
      {feed ? (
        <>
          <p>
            Copy this address into your calendar app (it is usually under “Add calendar from URL”):
          </p>
          <p class="secret" id="calendar-address">
            {feed.https}
          </p>
          <p>
            <a href={feed.webcal}>Open it in your calendar app</a>
          </p>
          <p class="field__hint">
            Keep the address to yourself: anyone with it can see when and where your sessions are.
            If you have shared it by mistake, make a new one and the old one will stop working.
          </p>
        </>
      ) : null}
      <Form action={MY_FEED_PATH} csrfToken={props.context.csrfToken}>
        <Button variant={feed ? 'secondary' : 'primary'}>
          {feed ? 'Make a new address' : 'Make my calendar address'}
        </Button>
      </Form>
    </section>
  );
}
