import { Table, Tag } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { StaffEvent } from '../staff-events-service.ts';

export const STAFF_EVENTS_PATH = '/recruitment/events';

/** Every information event, newest first, with how full each is. */
export function StaffEventsPage(props: { context: PageContext; events: StaffEvent[] }) {
  return (
    <Page context={props.context} title="Information events">
      <p>
        Events for people thinking about fostering. Upcoming ones are listed on the public site,
        where anyone can book a place.
      </p>
      <ButtonLink href={`${STAFF_EVENTS_PATH}/new`}>Add an event</ButtonLink>
      <Table
        caption="Information events"
        captionHidden
        rows={props.events}
        empty="There are no events yet."
        columns={[
          {
            heading: 'Event',
            cell: (event) => <a href={`${STAFF_EVENTS_PATH}/${event.id}`}>{event.title}</a>,
          },
          { heading: 'When', cell: (event) => event.when },
          {
            heading: 'Where',
            cell: (event) => (event.isOnline ? 'Online' : (event.areaName ?? event.venue)),
          },
          {
            heading: 'Places booked',
            isNumeric: true,
            cell: (event) => `${event.placesBooked} of ${event.capacity}`,
          },
          { heading: 'Status', cell: (event) => <EventStatus event={event} /> },
        ]}
      />
    </Page>
  );
}

/** Whether an event is cancelled, over, full or open, as a word. */
export function EventStatus({ event }: { event: StaffEvent }) {
  if (event.isCancelled) return <Tag tone="overdue">Cancelled</Tag>;
  if (event.hasStarted) return <Tag>Past</Tag>;
  if (event.placesBooked >= event.capacity) return <Tag tone="due">Full</Tag>;
  return <Tag tone="good">Open</Tag>;
}
