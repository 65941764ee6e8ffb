import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { z } from 'zod';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import type { PageContext } from '../../core/ui/page-context.ts';
import type { Ctx } from '../../core/context.ts';
import { idParam } from './url-ids.ts';
import { ZConversationInput, ZDecisionInput, ZReviewInput } from './schemas.ts';
import { ConversationFormPage } from './views/conversation-form-page.tsx';
import { DecisionFormPage } from './views/decision-form-page.tsx';
import { permanencyPath } from './views/paths.ts';
import { ReviewFormPage } from './views/review-form-page.tsx';
import {
  recordConversation,
  recordDecision,
  recordReview,
  startPlanningForm,
  type PlanningForm,
} from './write-service.ts';

type FormPage = (props: {
  context: PageContext;
  form: PlanningForm;
  values?: FormValues;
  errors?: FieldErrors;
}) => VNode;

/** The three forms of permanency planning: a conversation, a decision, a review. */
export function formRoutes(app: FastifyInstance, deps: HttpDeps): void {
  planningForm(app, deps, {
    path: '/children/:id/permanency/conversations/new',
    schema: ZConversationInput,
    page: ConversationFormPage,
    save: recordConversation,
    saved: 'The conversation is saved.',
  });
  planningForm(app, deps, {
    path: '/children/:id/permanency/decisions/new',
    schema: ZDecisionInput,
    page: DecisionFormPage,
    save: recordDecision,
    saved: 'The decision is saved.',
  });
  planningForm(app, deps, {
    path: '/children/:id/permanency/reviews/new',
    schema: ZReviewInput,
    page: ReviewFormPage,
    save: recordReview,
    saved: 'The review is saved.',
  });
}

// One form: shown empty, shown again with its problems and what was typed, or saved.
function planningForm<S extends z.ZodType>(
  app: FastifyInstance,
  deps: HttpDeps,
  spec: {
    path: string;
    schema: S;
    page: FormPage;
    save: (ctx: Ctx, childId: string, input: z.infer<S>) => Promise<string>;
    saved: string;
  },
): void {
  const config = { action: 'permanency.manage' } as const;
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sent?: { values: FormValues; errors: FieldErrors },
  ) => {
    // Whoever may not record this hears so before hearing what was wrong with the form.
    const form = await startPlanningForm(request.ctx, idParam(request));
    const context = await pageContext(request, reply, deps);
    return reply.page(spec.page({ context, form, ...sent }), sent ? 400 : 200);
  };

  app.get(spec.path, { config }, async (request, reply) => show(request, reply));

  app.post(spec.path, { config }, async (request, reply) => {
    const childId = idParam(request);
    const form = parseForm(spec.schema, request.body);
    if (!form.ok) return show(request, reply, form);
    try {
      await spec.save(request.ctx, childId, form.data);
    } catch (error) {
      if (error instanceof Invalid) {
        return show(request, reply, { values: form.values, errors: error.fieldErrors });
      }
      throw error;
    }
    setFlash(reply, deps.config, { kind: 'success', text: spec.saved });
    return reply.redirect(permanencyPath(childId), 303);
  });
}
