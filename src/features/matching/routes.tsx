import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Conflict, Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { decideMatch, readDecisionForm } from './decision-service.ts';
import { compareHouseholds, showMatches, shortlistHousehold } from './matching-service.ts';
import { shareWithHousehold } from './offer-service.ts';
import { offerRoutes } from './offer-routes.tsx';
import { idParam, ZCompareQuery, ZDecision, ZHouseholdChoice, ZMatchesQuery } from './schemas.ts';
import { ComparePage } from './views/compare-page.tsx';
import { DecidePage } from './views/decide-page.tsx';
import { MatchesPage } from './views/matches-page.tsx';
import { childPlacementsPath, matchesPath } from './views/paths.ts';
import { weightsRoutes } from './weights-routes.tsx';

const run = { config: { action: 'matching.run' as const } };
const place = { config: { action: 'placement.create' as const } };

// A household that cannot be shortlisted, shared with or compared, or was already shared with.
function problemOf(error: unknown, field: string): FieldErrors | null {
  if (error instanceof Invalid) return error.fieldErrors;
  if (error instanceof Conflict) return { [field]: error.message };
  return null;
}

/** The placing worker's matching pages: matches, shortlist, compare, share, decide; and the rest. */
export function matchingRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showMatchesPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extras: { errors?: FieldErrors; ticked?: string[] } = {},
  ) => {
    const referralId = idParam(request, 'id');
    const { page } = ZMatchesQuery.parse(request.query ?? {});
    const view = await showMatches(request.ctx, referralId, { page });
    const context = await pageContext(request, reply, deps);
    return reply.page(MatchesPage({ context, view, ...extras }), extras.errors ? 400 : 200);
  };

  app.get('/referrals/:id/matches', run, (request, reply) => showMatchesPage(request, reply));

  app.post('/referrals/:id/shortlist', run, async (request, reply) => {
    const referralId = idParam(request, 'id');
    const form = parseForm(ZHouseholdChoice, request.body);
    if (!form.ok) return showMatchesPage(request, reply, { errors: form.errors });
    try {
      const { name } = await shortlistHousehold(request.ctx, referralId, form.data.householdId);
      setFlash(reply, deps.config, { kind: 'success', text: `${name} is on the shortlist.` });
      return reply.redirect(matchesPath(referralId), 303);
    } catch (error) {
      const errors = problemOf(error, 'householdId');
      if (errors) return showMatchesPage(request, reply, { errors });
      throw error;
    }
  });

  app.post('/referrals/:id/offers', run, async (request, reply) => {
    const referralId = idParam(request, 'id');
    const form = parseForm(ZHouseholdChoice, request.body);
    if (!form.ok) return showMatchesPage(request, reply, { errors: form.errors });
    try {
      const { name, emailed } = await shareWithHousehold(
        request.ctx,
        referralId,
        form.data.householdId,
        deps.config.publicUrl,
      );
      const text =
        emailed > 0
          ? `The child’s information is shared with ${name}. Their carers have an email asking them to sign in and answer.`
          : `The child’s information is shared with ${name}, but none of its carers can sign in yet: tell them another way, and record their answer when they have an account.`;
      setFlash(reply, deps.config, { kind: 'success', text });
      return reply.redirect(matchesPath(referralId), 303);
    } catch (error) {
      const errors = problemOf(error, 'householdId');
      if (errors) return showMatchesPage(request, reply, { errors });
      throw error;
    }
  });

  app.get('/referrals/:id/compare', run, async (request, reply) => {
    const referralId = idParam(request, 'id');
    const query = ZCompareQuery.safeParse(request.query ?? {});
    const ticked = ([] as unknown[]).concat(
      (request.query as { household?: unknown })?.household ?? [],
    );
    const tickedIds = ticked.filter((value): value is string => typeof value === 'string');
    if (!query.success) {
      return showMatchesPage(request, reply, {
        errors: { household: 'Choose 2 or 3 households to compare' },
        ticked: tickedIds,
      });
    }
    try {
      const comparison = await compareHouseholds(request.ctx, referralId, query.data.household);
      return reply.page(
        ComparePage({ context: await pageContext(request, reply, deps), comparison }),
      );
    } catch (error) {
      const errors = problemOf(error, 'household');
      if (errors) return showMatchesPage(request, reply, { errors, ticked: tickedIds });
      throw error;
    }
  });

  const showDecision = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extras: { values?: Record<string, string>; errors?: FieldErrors } = {},
  ) => {
    const form = await readDecisionForm(request.ctx, idParam(request, 'id'));
    const context = await pageContext(request, reply, deps);
    return reply.page(DecidePage({ context, form, ...extras }), extras.errors ? 400 : 200);
  };

  app.get('/referrals/:id/decide', place, (request, reply) => showDecision(request, reply));

  app.post('/referrals/:id/decide', place, async (request, reply) => {
    const referralId = idParam(request, 'id');
    const form = parseForm(ZDecision, request.body);
    if (!form.ok) return showDecision(request, reply, { values: form.values, errors: form.errors });
    try {
      const { childId } = await decideMatch(request.ctx, referralId, form.data);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: 'The decision is recorded and the placement has started.',
      });
      return reply.redirect(childPlacementsPath(childId), 303);
    } catch (error) {
      const errors = problemOf(error, 'householdId');
      if (errors) return showDecision(request, reply, { values: form.values, errors });
      throw error;
    }
  });

  offerRoutes(app, deps);
  weightsRoutes(app, deps);
}
