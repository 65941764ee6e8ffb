import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { courseFormBody, ZCourseInput, ZVenueInput } from './catalogue-schemas.ts';
import {
  checkCanManageTraining,
  listAreas,
  listVenues,
  readCourseForEditing,
  readVenueForEditing,
  saveCourse,
  saveVenue,
} from './catalogue-service.ts';
import { trainingTermsRoutes } from './terms-routes.tsx';
import { idOf } from './url-ids.ts';
import { CourseFormPage, courseFormValues } from './views/course-form-page.tsx';
import {
  editCoursePath,
  editVenuePath,
  NEW_COURSE_PATH,
  NEW_VENUE_PATH,
  TRAINING_PATH,
  VENUES_PATH,
} from './views/paths.ts';
import { VenueFormPage, venueFormValues } from './views/venue-form-page.tsx';
import { VenuesPage } from './views/venues-page.tsx';

const manage = { action: 'training.manage' as const };

type FormState = { values: FormValues; errors?: FieldErrors | undefined };

/** The coordinator's pages for the catalogue, the venues and each area's term dates. */
export function trainingCatalogueRoutes(app: FastifyInstance, deps: HttpDeps): void {
  courseRoutes(app, deps);
  venueRoutes(app, deps);
  trainingTermsRoutes(app, deps);
}

function courseRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showCourseForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    state: FormState,
  ) => {
    await checkCanManageTraining(request.ctx);
    const context = await pageContext(request, reply, deps);
    const isNew = action === NEW_COURSE_PATH;
    return reply.page(
      CourseFormPage({ context, action, isNew, ...state }),
      state.errors ? 400 : 200,
    );
  };

  const postCourse = async (request: FastifyRequest, reply: FastifyReply, id: string | null) => {
    const action = id ? editCoursePath(id) : NEW_COURSE_PATH;
    if (id) await readCourseForEditing(request.ctx, id); // a refusal or a missing course shows no form
    const form = parseForm(ZCourseInput, courseFormBody(request.body));
    if (!form.ok) return showCourseForm(request, reply, action, form);
    try {
      await saveCourse(request.ctx, id, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showCourseForm(request, reply, action, {
        values: form.values,
        errors: error.fieldErrors,
      });
    }
    setFlash(reply, deps.config, { kind: 'success', text: `${form.data.title} is saved.` });
    return reply.redirect(TRAINING_PATH, 303);
  };

  app.get(NEW_COURSE_PATH, { config: manage }, async (request, reply) =>
    showCourseForm(request, reply, NEW_COURSE_PATH, { values: { isMandatory: 'no' } }),
  );
  app.post(NEW_COURSE_PATH, { config: manage }, async (request, reply) =>
    postCourse(request, reply, null),
  );
  app.get('/training/courses/:courseId/edit', { config: manage }, async (request, reply) => {
    const course = await readCourseForEditing(request.ctx, idOf(request, 'courseId'));
    return showCourseForm(request, reply, editCoursePath(course.id), {
      values: courseFormValues(course),
    });
  });
  app.post('/training/courses/:courseId/edit', { config: manage }, async (request, reply) =>
    postCourse(request, reply, idOf(request, 'courseId')),
  );
}

function venueRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(VENUES_PATH, { config: manage }, async (request, reply) => {
    const venues = await listVenues(request.ctx);
    return reply.page(VenuesPage({ context: await pageContext(request, reply, deps), venues }));
  });

  const showVenueForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    state: FormState,
  ) => {
    const areas = await listAreas(request.ctx);
    const context = await pageContext(request, reply, deps);
    const isNew = action === NEW_VENUE_PATH;
    return reply.page(
      VenueFormPage({ context, action, isNew, areas, ...state }),
      state.errors ? 400 : 200,
    );
  };

  const postVenue = async (request: FastifyRequest, reply: FastifyReply, id: string | null) => {
    const action = id ? editVenuePath(id) : NEW_VENUE_PATH;
    if (id) await readVenueForEditing(request.ctx, id);
    const form = parseForm(ZVenueInput, request.body);
    if (!form.ok) return showVenueForm(request, reply, action, form);
    try {
      await saveVenue(request.ctx, id, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showVenueForm(request, reply, action, {
        values: form.values,
        errors: error.fieldErrors,
      });
    }
    setFlash(reply, deps.config, { kind: 'success', text: `${form.data.name} is saved.` });
    return reply.redirect(VENUES_PATH, 303);
  };

  app.get(NEW_VENUE_PATH, { config: manage }, async (request, reply) =>
    showVenueForm(request, reply, NEW_VENUE_PATH, { values: {} }),
  );
  app.post(NEW_VENUE_PATH, { config: manage }, async (request, reply) =>
    postVenue(request, reply, null),
  );
  app.get('/training/venues/:venueId/edit', { config: manage }, async (request, reply) => {
    const venue = await readVenueForEditing(request.ctx, idOf(request, 'venueId'));
    return showVenueForm(request, reply, editVenuePath(venue.id), {
      values: venueFormValues(venue),
    });
  });
  app.post('/training/venues/:venueId/edit', { config: manage }, async (request, reply) =>
    postVenue(request, reply, idOf(request, 'venueId')),
  );
}
