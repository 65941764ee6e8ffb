import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../../core/http/server.ts';
import { publicContext } from '../public-pages/index.ts';
import {
  bookPlaces,
  getPublicEvent,
  listUpcomingEvents,
  type BookingResult,
} from './events-service.ts';
import type { EnquiryValues } from './form-input.ts';
import {
  checkForm,
  refusalOf,
  sentSource,
  sourceFor,
  stampFor,
  type Again,
} from './form-handling.ts';
import { ZBooking } from './schemas.ts';
import { sentAddress } from './sent-address.ts';
import { bookingDetail } from './sent-service.ts';
import { EventPage } from './views/event-page.tsx';
import { EVENTS_PATH, EventsPage } from './views/events-page.tsx';
import { ReceivedPage, SENT_PATH } from './views/sent-page.tsx';

const FORM = 'information_event';

/** Information events for the public: the list, one event's page, and booking a place. */
export function eventRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(EVENTS_PATH, { config: { public: true } }, async (request, reply) => {
    const events = await listUpcomingEvents(request.ctx);
    return reply.page(EventsPage({ context: await publicContext(request, reply, deps), events }));
  });

  app.get(`${EVENTS_PATH}/:id`, { config: { public: true } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const event = await getPublicEvent(request.ctx, id);
    const context = await publicContext(request, reply, deps);
    const stamp = stampFor(request, deps, FORM);
    const source = sourceFor(request, `${EVENTS_PATH}/${id}`);
    return reply.page(EventPage({ context, event, stamp, source }));
  });

  app.post(`${EVENTS_PATH}/:id`, { config: { public: true } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const checked = checkForm(request, deps, FORM, ZBooking);
    const context = await publicContext(request, reply, deps);
    const showAgain = async ({ status, values, errors, problem }: Again) =>
      reply.page(
        EventPage({
          context,
          event: await getPublicEvent(request.ctx, id),
          stamp: stampFor(request, deps, FORM),
          source: sentSource(request),
          values,
          ...(errors ? { errors } : {}),
          ...(problem ? { problem } : {}),
        }),
        status,
      );
    if (checked.kind === 'trapped') return reply.page(ReceivedPage({ context }));
    if (checked.kind === 'again') return showAgain(checked);
    const { data, values, source } = checked;
    try {
      const result = await bookPlaces(
        request.ctx,
        { secret: deps.secrets.signing },
        id,
        data,
        source,
      );
      if (result.kind !== 'booked') return showAgain(refusalOfBooking(result, values));
      const detail = bookingDetail(id, result.places);
      const note = { kind: 'information_event' as const, reference: result.reference, detail };
      return reply.redirect(sentAddress(deps.secrets.signing, SENT_PATH, note), 303);
    } catch (error) {
      const refusal = refusalOf(error, reply, values);
      if (refusal) return showAgain(refusal);
      throw error;
    }
  });
}

// A booking the event could not take: the page shows it again, saying why (a full or closed
// event says so itself, and offers the other ways in).
function refusalOfBooking(
  result: Exclude<BookingResult, { kind: 'booked' }>,
  values: EnquiryValues,
): Again {
  switch (result.kind) {
    case 'not_enough_places':
      return {
        kind: 'again',
        status: 409,
        values,
        ...(result.placesLeft > 0
          ? { errors: { places: notEnoughPlaces(result.placesLeft) } }
          : {}),
      };
    case 'closed':
      return { kind: 'again', status: 409, values };
    case 'already_booked':
      return {
        kind: 'again',
        status: 409,
        values,
        errors: {
          email:
            'You have already booked places at this event with this email address. To change your booking, call us or send us a message',
        },
      };
  }
}

function notEnoughPlaces(placesLeft: number): string {
  return placesLeft === 1
    ? 'There is only 1 place left. Choose 1 place, or look at our other events'
    : `There are only ${placesLeft} places left. Choose ${placesLeft} places or fewer`;
}
