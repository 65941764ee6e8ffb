import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Conflict, Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import type { FieldErrors } from '../../core/errors.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { partyOf } from '../partnership/space.ts';
import { openAskForm, readDecisions, readRequest } from './read-service.ts';
import { ZAskInput, ZDecideInput, ZViewsInput } from './schemas.ts';
import { childIdParam, idParam } from '../partnership/params.ts';
import { AskPage } from './views/ask-page.tsx';
import { DecisionsPage } from './views/decisions-page.tsx';
import { RequestPage, type SentForm } from './views/request-page.tsx';
import {
  askForDecision,
  checkMayDecide,
  checkMayGiveViews,
  decide,
  giveViews,
} from './write-service.ts';

// Staff and carers reach the space from the child's record, parents from their own pages.
const ROOTS = ['/children/:id/family', '/family/:childId'] as const;

const read = { config: { action: 'partnership.read' as const } };
const write = { config: { action: 'partnership.write' as const } };

// Each side has one address for a page: a link followed from the other side's address lands there.
function elsewhere(request: FastifyRequest, path: string): string | null {
  const actor = request.ctx.actor;
  if (!actor) return null;
  const isParentAddress = 'childId' in (request.params as object);
  return isParentAddress === (partyOf(actor) === 'parent') ? null : path;
}

/** Shared decisions: who decides what, requests for a decision, views and answers. */
export function sharedDecisionRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showAsk = async (request: FastifyRequest, reply: FastifyReply, sent?: Sent) => {
    const form = await openAskForm(request.ctx, childIdParam(request));
    const context = await pageContext(request, reply, deps);
    return reply.page(AskPage({ context, form, ...sent }), sent ? 400 : 200);
  };
  const showRequest = async (
    request: FastifyRequest,
    reply: FastifyReply,
    failed?: { sent?: SentForm; problem?: string },
  ) => {
    const view = await readRequest(
      request.ctx,
      childIdParam(request),
      idParam(request, 'requestId'),
    );
    const context = await pageContext(request, reply, deps);
    const status = failed?.problem ? 409 : failed ? 400 : 200;
    return reply.page(RequestPage({ context, view, ...failed }), status);
  };
  const backToRequest = (request: FastifyRequest, reply: FastifyReply, text: string) => {
    setFlash(reply, deps.config, { kind: 'success', text });
    const party = partyOf(request.ctx.actor!);
    const path = partnershipPaths.decision(
      party,
      childIdParam(request),
      idParam(request, 'requestId'),
    );
    return reply.redirect(path, 303);
  };

  for (const root of ROOTS) {
    app.get(`${root}/decisions`, read, async (request, reply) => {
      const childId = childIdParam(request);
      const redirect = elsewhere(
        request,
        partnershipPaths.decisions(partyOf(request.ctx.actor!), childId),
      );
      if (redirect) return reply.redirect(redirect, 303);
      const view = await readDecisions(request.ctx, childId);
      return reply.page(DecisionsPage({ context: await pageContext(request, reply, deps), view }));
    });

    app.get(`${root}/decisions/new`, write, async (request, reply) => {
      const path = `${partnershipPaths.decisions(partyOf(request.ctx.actor!), childIdParam(request))}/new`;
      const redirect = elsewhere(request, path);
      return redirect ? reply.redirect(redirect, 303) : showAsk(request, reply);
    });

    app.post(`${root}/decisions/new`, write, async (request, reply) => {
      const form = parseForm(ZAskInput, request.body);
      if (!form.ok) return showAsk(request, reply, form);
      const childId = childIdParam(request);
      try {
        const { requestId } = await askForDecision(
          request.ctx,
          childId,
          form.data,
          deps.config.publicUrl,
        );
        setFlash(reply, deps.config, {
          kind: 'success',
          text: 'Your question is asked. We have let everyone in the family space know.',
        });
        const party = partyOf(request.ctx.actor!);
        return reply.redirect(partnershipPaths.decision(party, childId, requestId), 303);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        return showAsk(request, reply, { values: form.values, errors: error.fieldErrors });
      }
    });

    app.get(`${root}/decisions/:requestId`, read, async (request, reply) => {
      const party = partyOf(request.ctx.actor!);
      const path = partnershipPaths.decision(
        party,
        childIdParam(request),
        idParam(request, 'requestId'),
      );
      const redirect = elsewhere(request, path);
      return redirect ? reply.redirect(redirect, 303) : showRequest(request, reply);
    });

    app.post(`${root}/decisions/:requestId/views`, write, async (request, reply) => {
      const [childId, requestId] = [childIdParam(request), idParam(request, 'requestId')];
      const form = parseForm(ZViewsInput, request.body);
      if (!form.ok) {
        // Whoever may not give views hears so before hearing what was wrong with them.
        return sendForm(request, reply, 'views', form.values, async () => {
          await checkMayGiveViews(request.ctx, childId, requestId);
          return showRequest(request, reply, { sent: { form: 'views', ...form } });
        });
      }
      return sendForm(request, reply, 'views', form.values, async () => {
        await giveViews(request.ctx, childId, requestId, form.data);
        return backToRequest(
          request,
          reply,
          'The views are saved. Whoever decides will read them.',
        );
      });
    });

    app.post(`${root}/decisions/:requestId/decide`, write, async (request, reply) => {
      const [childId, requestId] = [childIdParam(request), idParam(request, 'requestId')];
      const form = parseForm(ZDecideInput, request.body);
      if (!form.ok) {
        return sendForm(request, reply, 'decide', form.values, async () => {
          await checkMayDecide(request.ctx, childId, requestId);
          return showRequest(request, reply, { sent: { form: 'decide', ...form } });
        });
      }
      return sendForm(request, reply, 'decide', form.values, async () => {
        await decide(request.ctx, childId, requestId, form.data, deps.config.publicUrl);
        return backToRequest(
          request,
          reply,
          'The answer is recorded. We have let everyone in the family space know.',
        );
      });
    });
  }

  // A form on the request's page: what was wrong shows the page again with the words kept; a
  // request answered meanwhile shows the answer, saying why nothing changed.
  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: SentForm['form'],
    values: FormValues,
    send: () => Promise<unknown>,
  ) {
    try {
      return await send();
    } catch (error) {
      if (error instanceof Invalid) {
        return showRequest(request, reply, { sent: { form, values, errors: error.fieldErrors } });
      }
      if (error instanceof Conflict) return showRequest(request, reply, { problem: error.message });
      throw error;
    }
  }
}

type Sent = { values: FormValues; errors: FieldErrors };
