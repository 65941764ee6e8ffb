import type { FastifyInstance } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { sessionPrefill } from './booking-schemas.ts';
import { ZSessionInput } from './schemas.ts';
import {
  createClassroomSession,
  listCourses,
  listTermCalendars,
  listUpcomingSessions,
  startSessionForm,
} from './service.ts';
import { CataloguePage } from './views/catalogue-page.tsx';
import { NEW_SESSION_PATH, SESSIONS_PATH, TERMS_PATH, TRAINING_PATH } from './views/paths.ts';
import { SessionFormPage } from './views/session-form-page.tsx';
import { SessionsPage } from './views/sessions-page.tsx';
import { TermsPage } from './views/terms-page.tsx';

const manage = { action: 'training.manage' as const };

/** The carers' training programme: the catalogue, sessions and each area's term dates. */
export function trainingRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(TRAINING_PATH, { config: { action: 'training.read' } }, async (request, reply) => {
    const { courses, canManage } = await listCourses(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(CataloguePage({ context, courses, canManage }));
  });

  app.get(SESSIONS_PATH, { config: manage }, async (request, reply) => {
    const sessions = await listUpcomingSessions(request.ctx);
    return reply.page(SessionsPage({ context: await pageContext(request, reply, deps), sessions }));
  });

  app.get(TERMS_PATH, { config: manage }, async (request, reply) => {
    const areas = await listTermCalendars(request.ctx);
    return reply.page(TermsPage({ context: await pageContext(request, reply, deps), areas }));
  });

  app.get(NEW_SESSION_PATH, { config: manage }, async (request, reply) => {
    const choices = await startSessionForm(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      SessionFormPage({
        context,
        ...choices,
        // Opened from the catch-ups page: the course, a venue and "catch-up" already chosen.
        values: { startTime: '10:00', endTime: '13:00', ...sessionPrefill(request.query) },
      }),
    );
  });

  app.post(NEW_SESSION_PATH, { config: manage }, async (request, reply) => {
    const choices = await startSessionForm(request.ctx);
    const form = parseForm(ZSessionInput, request.body);
    const showAgain = async (errors: FieldErrors) =>
      reply.page(
        SessionFormPage({
          context: await pageContext(request, reply, deps),
          ...choices,
          values: form.values,
          errors,
        }),
        400,
      );
    if (!form.ok) return showAgain(form.errors);
    try {
      await createClassroomSession(request.ctx, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: 'The session is added.' });
      return reply.redirect(SESSIONS_PATH, 303);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
  });
}
