import type { FastifyInstance } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { checkSuggestion } from './edit-service.ts';
import { editRoutes } from './edit-routes.tsx';
import { readPeopleJson, readPeopleMap, readThenAndNow } from './map-service.ts';
import { answerMove, refuseMove } from './move-answer.ts';
import { movePerson } from './move-service.ts';
import { ownRoutes } from './own-routes.tsx';
import { idParam, isPrintRequest, sendPrivateJson } from './params.ts';
import { moveSchemaFor, ZCheck, ZThenAndNow } from './schemas.ts';
import { peoplePath } from './words.ts';
import { PeoplePage } from './views/people-page.tsx';
import { ThenAndNowPage } from './views/then-and-now-page.tsx';

/** The "my people" map: staff and carers' pages, the young person's own, a parent's view. */
export function myPeopleRoutes(app: FastifyInstance, deps: HttpDeps): void {
  mapRoutes(app, deps);
  editRoutes(app, deps);
  ownRoutes(app, deps);
}

function mapRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const read = { config: { action: 'belonging.read' as const } };
  const manage = { config: { action: 'belonging.manage' as const } };

  app.get('/children/:id/people', read, async (request, reply) => {
    const map = await readPeopleMap(request.ctx, idParam(request));
    if (map.kind === 'elsewhere') return reply.redirect(map.to, 303);
    const context = await pageContext(request, reply, deps);
    return reply.page(PeoplePage({ context, map, isPrint: isPrintRequest(request) }));
  });

  app.get('/children/:id/people.json', read, async (request, reply) =>
    sendPrivateJson(reply, await readPeopleJson(request.ctx, idParam(request))),
  );

  app.get('/children/:id/people/then-and-now', read, async (request, reply) => {
    const childId = idParam(request);
    const query = parseForm(ZThenAndNow, request.query);
    let errors: FieldErrors | undefined = query.ok ? undefined : query.errors;
    let view;
    try {
      view = await readThenAndNow(request.ctx, childId, query.ok ? query.data.on : null);
    } catch (error) {
      // A day that cannot be shown is explained above the maps of the usual day.
      if (!(error instanceof Invalid)) throw error;
      errors = error.fieldErrors;
      view = await readThenAndNow(request.ctx, childId, null);
    }
    if (view.kind === 'elsewhere') return reply.redirect(view.to, 303);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      ThenAndNowPage({ context, view, values: query.values, ...(errors ? { errors } : {}) }),
      errors ? 400 : 200,
    );
  });

  app.post('/children/:id/people/:pid/move', manage, async (request, reply) => {
    const childId = idParam(request);
    const personId = idParam(request, 'pid');
    const form = parseForm(moveSchemaFor(request.body), request.body);
    if (!form.ok) return refuseMove(request, reply, form.errors);
    const moved = await movePerson(request.ctx, childId, personId, form.data);
    return answerMove(request, reply, deps, moved, peoplePath(childId));
  });

  app.post('/children/:id/people/:pid/check', manage, async (request, reply) => {
    const childId = idParam(request);
    const form = parseForm(ZCheck, request.body);
    if (!form.ok) throw new Invalid(form.errors);
    const checked = await checkSuggestion(request.ctx, childId, idParam(request, 'pid'), form.data);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: checked.isConfirmed
        ? `${checked.name} is on the map now.`
        : `The suggestion of ${checked.name} is declined; they are not on the map.`,
    });
    return reply.redirect(peoplePath(childId), 303);
  });
}
