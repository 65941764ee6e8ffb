import { Card, Tag } from '../../../core/ui/components/content.tsx';
import type { PublicContext } from '../../public-pages/index.ts';
import type { PublicEvent } from '../events-service.ts';
import { EnquiryPage } from './enquiry-page.tsx';
import { OtherOptions } from './other-options.tsx';

export const EVENTS_PATH = '/get-in-touch/events';

/** Upcoming information events, each with how many places are left and a way to book. */
export function EventsPage(props: { context: PublicContext; events: PublicEvent[] }) {
  return (
    <EnquiryPage
      context={props.context}
      title="Come to an information event"
      description="Meet our team and foster carers, ask your questions, and hear what fostering is really like."
      path={EVENTS_PATH}
    >
      <p class="lead">
        Meet our team and some of our foster carers, ask anything you like, and hear what fostering
        is really like. Bring someone with you if you wish.
      </p>
      {props.events.length === 0 ? (
        <p>
          There are no events booked at the moment. We add new ones often, so please look again
          soon, or choose another way to get in touch below.
        </p>
      ) : (
        props.events.map((event) => (
          <Card
            key={event.id}
            title={event.title}
            href={`${EVENTS_PATH}/${event.id}`}
            headingLevel={2}
          >
            <EventFacts event={event} />
          </Card>
        ))
      )}
      <OtherOptions except={EVENTS_PATH} />
    </EnquiryPage>
  );
}

/** When and where an event is, and how many places are left, in words. */
export function EventFacts({ event }: { event: PublicEvent }) {
  return (
    <dl class="summary-list">
      <div class="summary-list__row">
        <dt class="summary-list__key">When</dt>
        <dd class="summary-list__value">{event.when}</dd>
      </div>
      <div class="summary-list__row">
        <dt class="summary-list__key">Where</dt>
        <dd class="summary-list__value">
          {event.isOnline ? `Online. ${event.venue}` : event.venue}
          {event.areaName && !event.isOnline ? ` (${event.areaName} area)` : null}
        </dd>
      </div>
      <div class="summary-list__row">
        <dt class="summary-list__key">Places</dt>
        <dd class="summary-list__value">
          <PlacesLeft placesLeft={event.placesLeft} />
        </dd>
      </div>
    </dl>
  );
}

function PlacesLeft({ placesLeft }: { placesLeft: number }) {
  if (placesLeft === 0) return <Tag tone="overdue">Full</Tag>;
  const words = placesLeft === 1 ? '1 place left' : `${placesLeft} places left`;
  return placesLeft <= 5 ? <Tag tone="due">Only {words}</Tag> : <>{words}</>;
}
