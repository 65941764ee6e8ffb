// The forms staff change a plan with. Each is shown empty, shown again with its problems and what
// was typed, or saved; whoever may not change the plan hears so before anything else.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { z } from 'zod';
import type { Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { formatDate } from '../../core/time/dates.ts';
import { openPlanForms, type PlanForms } from './form-service.ts';
import { closeSupport, recordMeeting } from './meeting-service.ts';
import { closedMessage, savePlan, saveStep } from './plan-service.ts';
import {
  meetingSchema,
  ZCloseInput,
  ZPlanInput,
  ZStepInput,
  ZWentHomeInput,
  type MeetingKind,
} from './schemas.ts';
import { idParam } from '../partnership/params.ts';
import { ClosePage } from './views/close-page.tsx';
import type { FormPageProps } from './views/form-frame.tsx';
import { MeetingFormPage } from './views/meeting-form-page.tsx';
import { goingHomePath } from './views/paths.ts';
import { PlanFormPage } from './views/plan-form-page.tsx';
import { StepFormPage } from './views/step-form-page.tsx';
import { WentHomePage } from './views/went-home-page.tsx';
import { recordWentHome } from './went-home-service.ts';

const ROOT = '/children/:id/family/going-home';

/** Where a saved form leads, and what the page there says. */
type Saved = { flash: string; to: string };

type FormSpec<S extends z.ZodType> = {
  path: string;
  schema: S;
  /** Refuses the form when the plan is not at the stage it is for. */
  guard?: (forms: PlanForms) => string | null;
  page: (request: FastifyRequest, props: FormPageProps) => VNode;
  save: (request: FastifyRequest, ctx: Ctx, childId: string, input: z.infer<S>) => Promise<Saved>;
};

/** The plan, its goals and steps, reviews, check-ins, going home and closing the support. */
export function formRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const needsPlan = (forms: PlanForms) =>
    !forms.plan
      ? `Start the plan for ${forms.child.knownAs} first.`
      : forms.plan.status === 'closed'
        ? closedMessage(forms.child.knownAs)
        : null;
  const back = (childId: string, flash: string): Saved => ({ flash, to: goingHomePath(childId) });

  planForm(app, deps, {
    path: `${ROOT}/plan`,
    schema: ZPlanInput,
    guard: (forms) => (forms.plan?.status === 'closed' ? closedMessage(forms.child.knownAs) : null),
    page: (_request, props) => PlanFormPage(props),
    save: async (_request, ctx, childId, input) => {
      await savePlan(ctx, childId, input);
      return back(childId, 'The plan is saved.');
    },
  });

  const stepPage = (request: FastifyRequest, props: FormPageProps) => {
    const stepId = (request.params as { stepId?: string }).stepId;
    const step = stepId ? findStepIn(props.forms, idParam(request, 'stepId')) : null;
    const asked = (request.query as { kind?: string } | undefined)?.kind;
    return StepFormPage({ ...props, step, kind: asked === 'goal' ? 'goal' : 'step' });
  };
  const saveStepForm: FormSpec<typeof ZStepInput>['save'] = async (request, ctx, id, input) => {
    const stepId = (request.params as { stepId?: string }).stepId;
    await saveStep(ctx, id, stepId ? idParam(request, 'stepId') : null, input);
    return back(id, input.kind === 'goal' ? 'The goal is saved.' : 'The step is saved.');
  };
  planForm(app, deps, {
    path: `${ROOT}/steps/new`,
    schema: ZStepInput,
    guard: needsPlan,
    page: stepPage,
    save: saveStepForm,
  });
  planForm(app, deps, {
    path: `${ROOT}/steps/:stepId`,
    schema: ZStepInput,
    guard: needsPlan,
    page: stepPage,
    save: saveStepForm,
  });

  for (const [segment, kind] of [
    ['reviews', 'review'],
    ['check-ins', 'check_in'],
  ] as Array<[string, MeetingKind]>) {
    planForm(app, deps, {
      path: `${ROOT}/${segment}/new`,
      schema: meetingSchema(kind),
      guard: (forms) => meetingGuard(forms, kind) ?? needsPlan(forms),
      page: (_request, props) => MeetingFormPage({ ...props, kind }),
      save: async (_request, ctx, childId, input) => {
        await recordMeeting(ctx, childId, kind, input);
        return back(childId, kind === 'review' ? 'The review is saved.' : 'The check-in is saved.');
      },
    });
  }

  planForm(app, deps, {
    path: `${ROOT}/went-home`,
    schema: ZWentHomeInput,
    guard: (forms) =>
      needsPlan(forms) ??
      (forms.plan?.status === 'home' ? `${forms.child.knownAs} has already gone home.` : null),
    page: (_request, props) => WentHomePage(props),
    save: async (_request, ctx, childId, input) => {
      const home = await recordWentHome(ctx, childId, input, deps.config.publicUrl);
      return back(
        childId,
        `Saved: ${home.knownAs} went home. The family is supported until ${formatDate(home.supportEndsOn)}.`,
      );
    },
  });

  planForm(app, deps, {
    path: `${ROOT}/close`,
    schema: ZCloseInput,
    guard: (forms) =>
      forms.plan?.status === 'home'
        ? null
        : `There is no support after going home to close for ${forms.child.knownAs}.`,
    page: (_request, props) => ClosePage(props),
    save: async (_request, ctx, childId, input) => {
      const closed = await closeSupport(ctx, childId, input);
      const flash = `The support for ${closed.knownAs}’s family is closed.`;
      // A worker who supported the family after the child went home no longer reaches the plan.
      return { flash, to: closed.canStillRead ? goingHomePath(childId) : '/' };
    },
  });
}

function meetingGuard(forms: PlanForms, kind: MeetingKind): string | null {
  const status = forms.plan?.status;
  if (kind === 'review' && status === 'home') {
    return `${forms.child.knownAs} has gone home: record a check-in instead.`;
  }
  if (kind === 'check_in' && status === 'working_towards') {
    return `Check-ins begin once ${forms.child.knownAs} has gone home.`;
  }
  return null;
}

function findStepIn(forms: PlanForms, stepId: string) {
  const step = forms.steps.find((each) => each.id === stepId);
  if (!step) throw new NotFound();
  return step;
}

// One form: shown empty, shown again with its problems and what was typed, or saved.
function planForm<S extends z.ZodType>(
  app: FastifyInstance,
  deps: HttpDeps,
  spec: FormSpec<S>,
): void {
  const config = { action: 'partnership.manage' } as const;
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sent?: { values: FormValues; errors: FieldErrors },
  ) => {
    const forms = await openPlanForms(request.ctx, idParam(request, 'id'));
    const refusal = spec.guard?.(forms);
    if (refusal) throw new Conflict(refusal);
    const context = await pageContext(request, reply, deps);
    return reply.page(spec.page(request, { context, forms, ...sent }), sent ? 400 : 200);
  };

  app.get(spec.path, { config }, async (request, reply) => show(request, reply));

  app.post(spec.path, { config }, async (request, reply) => {
    const childId = idParam(request, 'id');
    const form = parseForm(spec.schema, request.body);
    if (!form.ok) return show(request, reply, form);
    try {
      const saved = await spec.save(request, request.ctx, childId, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: saved.flash });
      return reply.redirect(saved.to, 303);
    } catch (error) {
      if (error instanceof Invalid) {
        return show(request, reply, { values: form.values, errors: error.fieldErrors });
      }
      throw error;
    }
  });
}
