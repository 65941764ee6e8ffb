import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../core/access/policy.ts';
import { Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { authorityRoutes } from './authority-routes.tsx';
import {
  REFERRALS_PER_PAGE,
  referralFormBody,
  referralFormSchema,
  ZReferralId,
  ZReferralListQuery,
  ZResponseInput,
} from './schemas.ts';
import {
  agencyToday,
  listReferrals,
  readReferral,
  receiveReferral,
  startEditingReferral,
  startReferral,
  updateReferral,
  type ReferralChoices,
} from './service.ts';
import { respondToReferral, responseStatusesFrom, startResponding } from './response-service.ts';
import {
  NEW_REFERRAL_VALUES,
  ReferralFormPage,
  referralFormValues,
} from './views/referral-form-page.tsx';
import { ReferralListPage } from './views/referral-list-page.tsx';
import { ReferralPage } from './views/referral-page.tsx';
import { RespondPage } from './views/respond-page.tsx';

const manage = { action: 'referral.manage' as const };

function idOf(request: FastifyRequest): string {
  const id = ZReferralId.safeParse((request.params as { id: string }).id);
  if (!id.success) throw new NotFound();
  return id.data;
}

type FormState = { values: FormValues; errors?: FieldErrors | undefined };

/** Referrals for the staff who place children, and the local authorities they come from. */
export function referralRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/referrals', { config: { action: 'referral.list' } }, async (request, reply) => {
    const query = parseForm(ZReferralListQuery, request.query);
    // A filter or page that cannot be read shows the first page of every referral, and says why.
    const list = await listReferrals(request.ctx, {
      status: query.ok ? query.data.status : undefined,
      page: query.ok ? query.data.page : 1,
      pageSize: REFERRALS_PER_PAGE,
    });
    const context = await pageContext(request, reply, deps);
    const canEnter = can(request.ctx.actor!, 'referral.manage').allowed;
    return reply.page(
      ReferralListPage({
        context,
        list,
        values: query.values,
        canEnter,
        ...(query.ok ? {} : { errors: query.errors }),
      }),
      query.ok ? 200 : 400,
    );
  });

  const showForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    choices: ReferralChoices,
    state: FormState,
    editing?: { id: string; reference: string; keptChildId: string | null },
  ) => {
    const context = await pageContext(request, reply, deps);
    return reply.page(
      ReferralFormPage({ context, choices, ...state, ...(editing ? { editing } : {}) }),
      state.errors ? 400 : 200,
    );
  };

  app.get('/referrals/new', { config: manage }, async (request, reply) =>
    showForm(request, reply, await startReferral(request.ctx), { values: NEW_REFERRAL_VALUES }),
  );

  app.post('/referrals/new', { config: manage }, async (request, reply) => {
    const choices = await startReferral(request.ctx);
    const schema = referralFormSchema(await agencyToday(request.ctx));
    const form = parseForm(schema, referralFormBody(request.body));
    if (!form.ok) return showForm(request, reply, choices, form);
    try {
      const created = await receiveReferral(request.ctx, form.data);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: `Referral ${created.reference} is saved.`,
      });
      return reply.redirect(`/referrals/${created.id}`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showForm(request, reply, choices, { values: form.values, errors: error.fieldErrors });
    }
  });

  app.get('/referrals/:id', { config: { action: 'referral.read' } }, async (request, reply) => {
    const referral = await readReferral(request.ctx, idOf(request));
    return reply.page(ReferralPage({ context: await pageContext(request, reply, deps), referral }));
  });

  app.get('/referrals/:id/edit', { config: manage }, async (request, reply) => {
    const { referral, choices } = await startEditingReferral(request.ctx, idOf(request));
    return showForm(
      request,
      reply,
      choices,
      { values: referralFormValues(referral) },
      {
        id: referral.id,
        reference: referral.reference,
        keptChildId: referral.childId,
      },
    );
  });

  app.post('/referrals/:id/edit', { config: manage }, async (request, reply) => {
    const { referral, choices } = await startEditingReferral(request.ctx, idOf(request));
    const editing = {
      id: referral.id,
      reference: referral.reference,
      keptChildId: referral.childId,
    };
    const schema = referralFormSchema(await agencyToday(request.ctx));
    const form = parseForm(schema, referralFormBody(request.body));
    if (!form.ok) return showForm(request, reply, choices, form, editing);
    try {
      await updateReferral(request.ctx, referral.id, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showForm(
        request,
        reply,
        choices,
        { values: form.values, errors: error.fieldErrors },
        editing,
      );
    }
    setFlash(reply, deps.config, { kind: 'success', text: 'The changes are saved.' });
    return reply.redirect(`/referrals/${referral.id}`, 303);
  });

  app.get('/referrals/:id/respond', { config: manage }, async (request, reply) => {
    const referral = await startResponding(request.ctx, idOf(request));
    const context = await pageContext(request, reply, deps);
    return reply.page(
      RespondPage({
        context,
        referral,
        statuses: responseStatusesFrom(referral.status),
        values: { status: referral.status, response: referral.response },
      }),
    );
  });

  app.post('/referrals/:id/respond', { config: manage }, async (request, reply) => {
    const referral = await startResponding(request.ctx, idOf(request));
    const form = parseForm(ZResponseInput, request.body);
    const showAgain = async (errors: FieldErrors) =>
      reply.page(
        RespondPage({
          context: await pageContext(request, reply, deps),
          referral,
          statuses: responseStatusesFrom(referral.status),
          values: form.values,
          errors,
        }),
        400,
      );
    if (!form.ok) return showAgain(form.errors);
    try {
      await respondToReferral(request.ctx, referral.id, form.data);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
    setFlash(reply, deps.config, {
      kind: 'success',
      text: `Your reply is saved: ${referral.authorityName} can read it now.`,
    });
    return reply.redirect(`/referrals/${referral.id}`, 303);
  });

  authorityRoutes(app, deps);
}
