import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { formValues, parseForm, type FormValues } from '../../core/http/validation.ts';
import { idParam, parseRegister, ZBookCarer } from './booking-schemas.ts';
import { bookPlace } from './bookings.ts';
import { markAttendance, readRegister } from './register.ts';
import { listUnmetDemand, readSessionPlaces } from './session-places.ts';
import { CatchUpsPage } from './views/catch-ups-page.tsx';
import { CATCH_UPS_PATH, registerPath, sessionPath } from './views/paths.ts';
import { RegisterPage } from './views/register-page.tsx';
import { SessionPage } from './views/session-page.tsx';

const takeRegister = { config: { action: 'training.take_register' as const } };

/** The staff side of sessions: who is booked and waiting, booking a carer, the register, catch-ups. */
export function sessionRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showSession = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { values: FormValues; errors: FieldErrors },
  ) => {
    const places = await readSessionPlaces(request.ctx, idParam(request, 'sessionId'));
    const context = await pageContext(request, reply, deps);
    return reply.page(SessionPage({ context, places, ...form }), form ? 400 : 200);
  };

  app.get('/training/sessions/:sessionId', takeRegister, async (request, reply) =>
    showSession(request, reply),
  );

  app.post(
    '/training/sessions/:sessionId',
    { config: { action: 'training.book' } },
    async (request, reply) => {
      const sessionId = idParam(request, 'sessionId');
      const form = parseForm(ZBookCarer, request.body);
      if (!form.ok) return showSession(request, reply, form);
      try {
        const outcome = await bookPlace(request.ctx, sessionId, form.data.carerId);
        const name = outcome.carerName;
        setFlash(reply, deps.config, {
          kind: 'success',
          text:
            outcome.status === 'booked'
              ? `${name} has a place and has been emailed.`
              : `The session is full: ${name} is number ${outcome.position} on the waiting list.`,
        });
        return reply.redirect(sessionPath(sessionId), 303);
      } catch (error) {
        if (error instanceof Invalid) {
          return showSession(request, reply, { values: form.values, errors: error.fieldErrors });
        }
        throw error;
      }
    },
  );

  const showRegister = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { values: FormValues; errors: FieldErrors },
  ) => {
    const register = await readRegister(request.ctx, idParam(request, 'sessionId'));
    const context = await pageContext(request, reply, deps);
    return reply.page(RegisterPage({ context, register, ...form }), form ? 400 : 200);
  };

  app.get('/training/sessions/:sessionId/register', takeRegister, async (request, reply) =>
    showRegister(request, reply),
  );

  app.post('/training/sessions/:sessionId/register', takeRegister, async (request, reply) => {
    const sessionId = idParam(request, 'sessionId');
    const values = formValues(request.body);
    const parsed = parseRegister(values);
    if (!parsed.ok) return showRegister(request, reply, { values, errors: parsed.errors });
    try {
      const changed = await markAttendance(request.ctx, sessionId, parsed.marks);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: changed === 0 ? 'Nothing needed changing.' : 'The register is saved.',
      });
      return reply.redirect(registerPath(sessionId), 303);
    } catch (error) {
      if (error instanceof Invalid) {
        return showRegister(request, reply, { values, errors: error.fieldErrors });
      }
      throw error;
    }
  });

  app.get(CATCH_UPS_PATH, { config: { action: 'training.manage' } }, async (request, reply) => {
    const demand = await listUnmetDemand(request.ctx);
    return reply.page(CatchUpsPage({ context: await pageContext(request, reply, deps), demand }));
  });
}
