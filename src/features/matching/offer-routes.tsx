import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isCarer } from '../../core/access/roles.ts';
import type { FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { answerOffer, listOffers, readOffer } from './offer-service.ts';
import { idParam, ZOfferAnswer } from './schemas.ts';
import { OfferPage } from './views/offer-page.tsx';
import { OffersPage } from './views/offers-page.tsx';
import { OFFERS_PATH, offerPagePath } from './views/paths.ts';

const readOfferAction = { config: { action: 'referral.read_offer' as const } };

/** The carers' side: the children their household has been asked about, and their answer. */
export function offerRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(OFFERS_PATH, readOfferAction, async (request, reply) => {
    const items = await listOffers(request.ctx);
    const context = await pageContext(request, reply, deps);
    const isCarerActor = request.ctx.actor ? isCarer(request.ctx.actor.role) : false;
    return reply.page(OffersPage({ context, items, isCarer: isCarerActor }));
  });

  const showOffer = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extras: { values?: FormValues; errors?: FieldErrors } = {},
  ) => {
    const view = await readOffer(request.ctx, idParam(request, 'offerId'));
    const context = await pageContext(request, reply, deps);
    return reply.page(OfferPage({ context, view, ...extras }), extras.errors ? 400 : 200);
  };

  app.get('/offers/:offerId', readOfferAction, (request, reply) => showOffer(request, reply));

  app.post(
    '/offers/:offerId',
    { config: { action: 'referral.respond_offer' } },
    async (request, reply) => {
      const offerId = idParam(request, 'offerId');
      const form = parseForm(ZOfferAnswer, request.body);
      if (!form.ok) return showOffer(request, reply, { values: form.values, errors: form.errors });
      await answerOffer(request.ctx, offerId, form.data);
      setFlash(reply, deps.config, {
        kind: 'success',
        text:
          form.data.response === 'accepted'
            ? 'Thank you. We have your yes, and your supervising social worker will be in touch.'
            : 'Thank you for telling us. Saying no helps us find the right home.',
      });
      return reply.redirect(offerPagePath(offerId), 303);
    },
  );
}
