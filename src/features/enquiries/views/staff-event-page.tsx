import { Breadcrumbs, SummaryList, Table } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import type { StaffEvent } from '../staff-events-service.ts';
import { EventStatus, STAFF_EVENTS_PATH } from './staff-events-page.tsx';

type Booking = {
  id: string;
  places: number;
  bookedAt: Date;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
};

/** One event and the people booked on it. */
export function StaffEventPage(props: {
  context: PageContext;
  event: StaffEvent & { description: string };
  bookings: Booking[];
}) {
  const { context, event } = props;
  return (
    <Page
      context={context}
      title={event.title}
      beforeHeading={
        <Breadcrumbs items={[{ href: STAFF_EVENTS_PATH, label: 'Information events' }]} />
      }
    >
      <SummaryList
        rows={[
          { label: 'When', value: event.when },
          { label: 'Where', value: event.isOnline ? `Online. ${event.venue}` : event.venue },
          { label: 'Area', value: event.areaName ?? 'None' },
          { label: 'Places booked', value: `${event.placesBooked} of ${event.capacity}` },
          { label: 'Status', value: <EventStatus event={event} /> },
        ]}
      />
      {event.description ? <p class="preserve-lines">{event.description}</p> : null}
      <ButtonLink href={`${STAFF_EVENTS_PATH}/${event.id}/edit`} variant="secondary">
        Change this event
      </ButtonLink>
      <h2 class="heading-m">Who has booked</h2>
      <Table
        caption="Who has booked"
        captionHidden
        rows={props.bookings}
        empty="No one has booked yet."
        columns={[
          { heading: 'Name', cell: (booking) => `${booking.firstName} ${booking.lastName}` },
          { heading: 'Reference', cell: (booking) => booking.reference },
          { heading: 'Email', cell: (booking) => booking.email },
          { heading: 'Phone', cell: (booking) => booking.phone || 'Not given' },
          { heading: 'Places', isNumeric: true, cell: (booking) => String(booking.places) },
          {
            heading: 'Booked',
            cell: (booking) => formatInstant(booking.bookedAt, context.timeZone, context.locale),
          },
        ]}
      />
    </Page>
  );
}
