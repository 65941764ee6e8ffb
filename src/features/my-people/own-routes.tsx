import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { startOwnSuggestion, suggestOwnPerson } from './edit-service.ts';
import { readFamilyPeople, readOwnPeople } from './map-service.ts';
import { answerMove, refuseMove } from './move-answer.ts';
import { moveOwnPerson } from './move-service.ts';
import { idParam, isPrintRequest } from './params.ts';
import { moveSchemaFor, ZOwnSuggestion } from './schemas.ts';
import { FamilyPeoplePage } from './views/family-people-page.tsx';
import { NotLinkedPage, OwnPeoplePage } from './views/own-people-page.tsx';
import { SuggestPage } from './views/suggest-page.tsx';
import { OWN_PEOPLE_PATH, SUGGEST_PATH } from './words.ts';

/** The young person's own map and suggestions, and a birth parent's view of their child's people. */
export function ownRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const read = { config: { action: 'belonging.read' as const } };
  const contribute = { config: { action: 'belonging.contribute' as const } };

  app.get(OWN_PEOPLE_PATH, read, async (request, reply) => {
    const own = await readOwnPeople(request.ctx);
    const context = await pageContext(request, reply, deps);
    if (own.kind === 'not_linked')
      return reply.page(NotLinkedPage({ context, title: 'Your people' }));
    return reply.page(
      OwnPeoplePage({
        context,
        knownAs: own.child.knownAs,
        people: own.people,
        isPrint: isPrintRequest(request),
      }),
    );
  });

  const showSuggest = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sent?: { values: FormValues; errors: FieldErrors },
  ) => {
    const form = await startOwnSuggestion(request.ctx);
    const context = await pageContext(request, reply, deps);
    if (form.kind === 'not_linked') {
      return reply.page(NotLinkedPage({ context, title: 'Add someone who matters to you' }));
    }
    return reply.page(SuggestPage({ context, ...sent }), sent ? 400 : 200);
  };

  app.get(SUGGEST_PATH, contribute, (request, reply) => showSuggest(request, reply));

  app.post(SUGGEST_PATH, contribute, async (request, reply) => {
    const form = parseForm(ZOwnSuggestion, request.body);
    if (!form.ok) return showSuggest(request, reply, form);
    try {
      const added = await suggestOwnPerson(request.ctx, form.data);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: `Thank you. ${added.name} is on your map, waiting for your worker to check.`,
      });
      return reply.redirect(OWN_PEOPLE_PATH, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showSuggest(request, reply, { values: form.values, errors: error.fieldErrors });
    }
  });

  app.post(`${OWN_PEOPLE_PATH}/:pid/move`, contribute, async (request, reply) => {
    const personId = idParam(request, 'pid');
    const form = parseForm(moveSchemaFor(request.body), request.body);
    if (!form.ok) return refuseMove(request, reply, form.errors);
    const moved = await moveOwnPerson(request.ctx, personId, form.data);
    return answerMove(request, reply, deps, moved, OWN_PEOPLE_PATH);
  });

  app.get('/family/:childId/people', read, async (request, reply) => {
    const map = await readFamilyPeople(request.ctx, idParam(request, 'childId'));
    if (map.kind === 'elsewhere') return reply.redirect(map.to, 303);
    const context = await pageContext(request, reply, deps);
    return reply.page(FamilyPeoplePage({ context, map }));
  });
}
