import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { z } from 'zod';
import type { Action } from '../../core/access/actions.ts';
import type { Ctx } from '../../core/context.ts';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import type { PageContext } from '../../core/ui/page-context.ts';
import { changeDates, withdraw } from './changes-service.ts';
import {
  addAdult,
  openProspectForm,
  readCheck,
  recordCheck,
  updateAssessment,
  updateCheck,
} from './checks-service.ts';
import { decide, openDecision } from './decision-service.ts';
import { idParam } from './params.ts';
import { ZAssessment, ZCheck, ZDates, ZNewAdult, ZWithdraw } from './schemas.ts';
import { ZDecision } from './terms-schemas.ts';
import { DecisionPage } from './views/decision-page.tsx';
import {
  AdultPage,
  AssessmentPage,
  CheckPage,
  DatesPage,
  WithdrawPage,
} from './views/form-pages.tsx';

type Page<Opened> = (
  context: PageContext,
  opened: Opened,
  form: { values?: FormValues | undefined; errors?: Record<string, string> | undefined },
) => VNode;

/**
 * A page with one form about one person: GET shows it (filled in from the record), POST checks
 * it and either goes back to the record with a message or shows the form again with the problems.
 */
function formPage<Opened, S extends z.ZodType>(
  app: FastifyInstance,
  deps: HttpDeps,
  spec: {
    path: string;
    action: Action;
    open: (ctx: Ctx, request: FastifyRequest) => Promise<Opened>;
    render: Page<Opened>;
    initial?: (opened: Opened) => FormValues;
    schema: S;
    save: (ctx: Ctx, request: FastifyRequest, data: z.infer<S>) => Promise<string>;
  },
): void {
  app.get(spec.path, { config: { action: spec.action } }, async (request, reply) => {
    const opened = await spec.open(request.ctx, request);
    const context = await pageContext(request, reply, deps);
    return reply.page(spec.render(context, opened, { values: spec.initial?.(opened) }));
  });
  app.post(spec.path, { config: { action: spec.action } }, async (request, reply) => {
    const form = parseForm(spec.schema, request.body);
    const showAgain = async (errors: Record<string, string>) => {
      const opened = await spec.open(request.ctx, request);
      const context = await pageContext(request, reply, deps);
      return reply.page(spec.render(context, opened, { values: form.values, errors }), 400);
    };
    if (!form.ok) return showAgain(form.errors);
    try {
      const text = await spec.save(request.ctx, request, form.data);
      setFlash(reply, deps.config, { kind: 'success', text });
      return reply.redirect(`/recruitment/${idParam(request)}`, 303);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
  });
}

const openForUpdate = (ctx: Ctx, request: FastifyRequest) =>
  openProspectForm(ctx, idParam(request), 'recruitment.update');

/** The pages of the record's less frequent forms: withdraw, dates, adults, checks, report, decision. */
export function formRoutes(app: FastifyInstance, deps: HttpDeps): void {
  formPage(app, deps, {
    path: '/recruitment/:id/withdraw',
    action: 'recruitment.update',
    open: openForUpdate,
    render: (context, opened, form) =>
      WithdrawPage({ context, prospect: opened.prospect, ...form }),
    schema: ZWithdraw,
    save: async (ctx, request, data) => {
      await withdraw(ctx, idParam(request), data.reason);
      return 'Withdrawn. Their record is kept with the reason.';
    },
  });

  formPage(app, deps, {
    path: '/recruitment/:id/dates',
    action: 'recruitment.update',
    open: openForUpdate,
    render: (context, opened, form) => DatesPage({ context, prospect: opened.prospect, ...form }),
    initial: ({ prospect }) => ({
      appliedOn: prospect.appliedOn ?? '',
      panelOn: prospect.panelOn ?? '',
    }),
    schema: ZDates,
    save: async (ctx, request, data) => {
      await changeDates(ctx, idParam(request), data);
      return 'Saved the dates.';
    },
  });

  formPage(app, deps, {
    path: '/recruitment/:id/adults/new',
    action: 'recruitment.update',
    open: openForUpdate,
    render: (context, opened, form) => AdultPage({ context, prospect: opened.prospect, ...form }),
    schema: ZNewAdult,
    save: async (ctx, request, data) => {
      await addAdult(ctx, idParam(request), data);
      return `Added ${data.firstName} ${data.lastName}.`;
    },
  });

  formPage(app, deps, {
    path: '/recruitment/:id/checks/new',
    action: 'recruitment.update',
    open: openForUpdate,
    render: (context, opened, form) =>
      CheckPage({
        context,
        prospect: opened.prospect,
        adults: opened.adults,
        today: opened.today,
        ...form,
      }),
    schema: ZCheck,
    save: async (ctx, request, data) => {
      await recordCheck(ctx, idParam(request), data);
      return 'Recorded the check.';
    },
  });

  formPage(app, deps, {
    path: '/recruitment/:id/checks/:checkId',
    action: 'recruitment.update',
    open: (ctx, request) => readCheck(ctx, idParam(request), idParam(request, 'checkId')),
    render: (context, opened, form) =>
      CheckPage({
        context,
        prospect: opened.prospect,
        adults: opened.adults,
        today: opened.today,
        checkId: opened.check.id,
        ...form,
      }),
    initial: ({ check }) => ({
      adultId: check.adultId,
      kind: check.kind,
      detail: check.detail,
      requestedOn: check.requestedOn,
      receivedOn: check.receivedOn ?? '',
      outcome: check.outcome ?? '',
    }),
    schema: ZCheck,
    save: async (ctx, request, data) => {
      await updateCheck(ctx, idParam(request), idParam(request, 'checkId'), data);
      return 'Saved the check.';
    },
  });

  formPage(app, deps, {
    path: '/recruitment/:id/assessment',
    action: 'recruitment.update',
    open: openForUpdate,
    render: (context, opened, form) =>
      AssessmentPage({ context, prospect: opened.prospect, ...form }),
    initial: ({ assessment }) =>
      Object.fromEntries(assessment.map((section) => [section.section, section.progress])),
    schema: ZAssessment,
    save: async (ctx, request, data) => {
      await updateAssessment(ctx, idParam(request), data);
      return 'Saved the report’s progress.';
    },
  });

  formPage(app, deps, {
    path: '/recruitment/:id/decision',
    action: 'recruitment.decide',
    open: (ctx, request) => openDecision(ctx, idParam(request)),
    render: (context, opened, form) => DecisionPage({ context, opened, ...form }),
    schema: ZDecision,
    save: async (ctx, request, data) => {
      const outcome = await decide(ctx, idParam(request), data, deps.config.publicUrl);
      return outcome.decision === 'approve'
        ? `Approved. Their household is created, and ${outcome.email} has been sent a link to choose a password (it works for ${outcome.linkDays} days).`
        : 'Recorded: not approved. The reasons are on their record.';
    },
  });
}
