import type { FastifyInstance } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { ZEventInput } from './event-schemas.ts';
import {
  changeEvent,
  createEvent,
  getEventForChange,
  getEventWithBookings,
  listEventsForStaff,
  startEventForm,
} from './staff-events-service.ts';
import { StaffEventFormPage } from './views/staff-event-form-page.tsx';
import { StaffEventPage } from './views/staff-event-page.tsx';
import { STAFF_EVENTS_PATH, StaffEventsPage } from './views/staff-events-page.tsx';

const config = { action: 'event.manage' as const };

/** Staff running information events: the list, adding and changing one, and who has booked. */
export function staffEventRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(STAFF_EVENTS_PATH, { config }, async (request, reply) => {
    const events = await listEventsForStaff(request.ctx);
    return reply.page(
      StaffEventsPage({ context: await pageContext(request, reply, deps), events }),
    );
  });

  app.get(`${STAFF_EVENTS_PATH}/new`, { config }, async (request, reply) => {
    const areas = await startEventForm(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(StaffEventFormPage({ context, areas, values: { isOnline: 'no' } }));
  });

  app.post(`${STAFF_EVENTS_PATH}/new`, { config }, async (request, reply) => {
    const areas = await startEventForm(request.ctx);
    const form = parseForm(ZEventInput, request.body);
    const showAgain = async (errors: FieldErrors) =>
      reply.page(
        StaffEventFormPage({
          context: await pageContext(request, reply, deps),
          areas,
          values: form.values,
          errors,
        }),
        400,
      );
    if (!form.ok) return showAgain(form.errors);
    try {
      const id = await createEvent(request.ctx, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: 'The event is added.' });
      return reply.redirect(`${STAFF_EVENTS_PATH}/${id}`, 303);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
  });

  app.get(`${STAFF_EVENTS_PATH}/:id`, { config }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { event, bookings } = await getEventWithBookings(request.ctx, id);
    const context = await pageContext(request, reply, deps);
    return reply.page(StaffEventPage({ context, event, bookings }));
  });

  app.get(`${STAFF_EVENTS_PATH}/:id/edit`, { config }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { areas, values, ...event } = await getEventForChange(request.ctx, id);
    const context = await pageContext(request, reply, deps);
    return reply.page(StaffEventFormPage({ context, areas, event, values }));
  });

  app.post(`${STAFF_EVENTS_PATH}/:id/edit`, { config }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { areas, values: _stored, ...event } = await getEventForChange(request.ctx, id);
    const form = parseForm(ZEventInput, request.body);
    const showAgain = async (errors: FieldErrors) =>
      reply.page(
        StaffEventFormPage({
          context: await pageContext(request, reply, deps),
          areas,
          event,
          values: form.values,
          errors,
        }),
        400,
      );
    if (!form.ok) return showAgain(form.errors);
    try {
      await changeEvent(request.ctx, id, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: 'The event is changed.' });
      return reply.redirect(`${STAFF_EVENTS_PATH}/${id}`, 303);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
  });
}
