import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../core/access/policy.ts';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { idParam, ZBookPlace } from './booking-schemas.ts';
import { bookPlace, cancelBooking, readCancellation, type BookingOutcome } from './bookings.ts';
import { FEED_TOKEN, renderCalendarFeed, resetMyFeed } from './calendar-feed.ts';
import { findMe, readMyTraining } from './my-training.ts';
import { listCourseSessions } from './session-places.ts';
import { sessionRoutes } from './session-routes.tsx';
import { CancelBookingPage } from './views/cancel-booking-page.tsx';
import { CourseSessionsPage } from './views/course-sessions-page.tsx';
import { MyTrainingPage } from './views/my-training-page.tsx';
import type { FeedAddresses } from './views/my-training-sections.tsx';
import { calendarFeedPath, MY_FEED_PATH, MY_TRAINING_PATH, sessionPath } from './views/paths.ts';

const takePart = { config: { action: 'training.take_part' as const } };
const book = { config: { action: 'training.book' as const } };

/** What to tell a carer after booking. */
export function bookedWords(outcome: BookingOutcome, who = 'You'): string {
  const isYou = who === 'You';
  return outcome.status === 'booked'
    ? `${who} ${isYou ? 'have' : 'has'} a place. A confirmation email is on its way.`
    : `The session is full, so ${isYou ? 'you are' : `${who} is`} number ${outcome.position} on the waiting list. We will email if a place comes up.`;
}

function feedAddresses(publicUrl: string, token: string | null): FeedAddresses | null {
  if (!token) return null;
  const https = `${publicUrl}${calendarFeedPath(token)}`;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

/** Booking places: the carer's own page, a course's sessions, cancelling, the calendar feed. */
export function trainingBookingRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showMine = async (
    request: FastifyRequest,
    reply: FastifyReply,
    errors?: Record<string, string>,
  ) => {
    const training = await readMyTraining(request.ctx);
    const context = await pageContext(request, reply, deps);
    const feed = feedAddresses(deps.config.publicUrl, training.feedToken);
    return reply.page(MyTrainingPage({ context, training, feed, errors }), errors ? 400 : 200);
  };

  // Carers go back to their own page; staff to the session they were looking at.
  const backTo = (request: FastifyRequest, sessionId: string) =>
    request.ctx.actor && can(request.ctx.actor, 'training.take_part').allowed
      ? MY_TRAINING_PATH
      : sessionPath(sessionId);

  app.get(MY_TRAINING_PATH, takePart, async (request, reply) => showMine(request, reply));

  app.post(MY_FEED_PATH, takePart, async (request, reply) => {
    await resetMyFeed(request.ctx);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'Your calendar address is ready. Copy it into your calendar app.',
    });
    return reply.redirect(MY_TRAINING_PATH, 303);
  });

  app.get(
    '/training/courses/:courseId/sessions',
    { config: { action: 'training.read' } },
    async (request, reply) => {
      const listing = await listCourseSessions(request.ctx, idParam(request, 'courseId'));
      return reply.page(
        CourseSessionsPage({ context: await pageContext(request, reply, deps), listing }),
      );
    },
  );

  app.post('/training/sessions/:sessionId/book', book, async (request, reply) => {
    const sessionId = idParam(request, 'sessionId');
    const form = parseForm(ZBookPlace, request.body);
    if (!form.ok) return showMine(request, reply, form.errors);
    try {
      const carerId = form.data.carerId || (await findMe(request.ctx)).trainee.id;
      const outcome = await bookPlace(request.ctx, sessionId, carerId);
      setFlash(reply, deps.config, { kind: 'success', text: bookedWords(outcome) });
      return reply.redirect(backTo(request, sessionId), 303);
    } catch (error) {
      if (error instanceof Invalid) return showMine(request, reply, error.fieldErrors);
      throw error;
    }
  });

  const cancelPath = '/training/bookings/:bookingId/cancel';

  app.get(cancelPath, book, async (request, reply) => {
    const cancellation = await readCancellation(request.ctx, idParam(request, 'bookingId'));
    const context = await pageContext(request, reply, deps);
    return reply.page(
      CancelBookingPage({
        context,
        cancellation,
        backTo: backTo(request, cancellation.session.id),
      }),
    );
  });

  app.post(cancelPath, book, async (request, reply) => {
    const bookingId = idParam(request, 'bookingId');
    const { isLate, sessionId } = await cancelBooking(request.ctx, bookingId);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: isLate
        ? 'The place is cancelled. As it was less than 48 hours before the session, a catch-up session is offered instead.'
        : 'The place is cancelled.',
    });
    return reply.redirect(backTo(request, sessionId), 303);
  });

  app.get('/training/calendar/:token.ics', { config: { public: true } }, async (request, reply) => {
    const { token = '' } = request.params as { token?: string };
    const calendar = FEED_TOKEN.test(token)
      ? await renderCalendarFeed(deps.database.db, token, request.ctx.now)
      : null;
    if (calendar === null) return reply.callNotFound();
    return reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('x-robots-tag', 'noindex')
      .send(calendar);
  });

  sessionRoutes(app, deps);
}
