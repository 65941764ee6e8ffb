import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { publicContext } from '../public-pages/index.ts';
import { adviseOnEligibility } from './eligibility.ts';
import {
  checkForm,
  refusalOf,
  sentSource,
  sourceFor,
  stampFor,
  type Again,
} from './form-handling.ts';
import { ZEligibilityAnswers, ZEligibilityContact, type TEligibilityAnswers } from './schemas.ts';
import { sentAddress } from './sent-address.ts';
import { leaveDetailsAfterCheck } from './service.ts';
import { ELIGIBILITY_PATH, EligibilityPage } from './views/eligibility-page.tsx';
import {
  ELIGIBILITY_DETAILS_PATH,
  EligibilityResultPage,
} from './views/eligibility-result-page.tsx';
import { ReceivedPage, SENT_PATH } from './views/sent-page.tsx';

const FORM = 'eligibility_check';

/** The quick check: the questions, what the answers mean, and leaving details after it. */
export function eligibilityRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(ELIGIBILITY_PATH, { config: { public: true } }, async (request, reply) => {
    const context = await publicContext(request, reply, deps);
    return reply.page(EligibilityPage({ context, source: sourceFor(request, ELIGIBILITY_PATH) }));
  });

  // The answers are only read and answered here; nothing is kept.
  app.post(ELIGIBILITY_PATH, { config: { public: true } }, async (request, reply) => {
    const form = parseForm(ZEligibilityAnswers, request.body);
    const context = await publicContext(request, reply, deps);
    const source = sentSource(request);
    if (!form.ok) {
      const page = EligibilityPage({ context, source, values: form.values, errors: form.errors });
      return reply.page(page, 400);
    }
    return showResult(request, reply, deps, form.data, { kind: 'again', status: 200, values: {} });
  });

  app.post(ELIGIBILITY_DETAILS_PATH, { config: { public: true } }, async (request, reply) => {
    const answers = parseForm(ZEligibilityAnswers, request.body);
    // Answers that did not come from the check's own page: ask the questions again.
    if (!answers.ok) return reply.redirect(ELIGIBILITY_PATH, 303);
    const checked = checkForm(request, deps, FORM, ZEligibilityContact);
    if (checked.kind === 'trapped') {
      return reply.page(ReceivedPage({ context: await publicContext(request, reply, deps) }));
    }
    if (checked.kind === 'again') return showResult(request, reply, deps, answers.data, checked);
    try {
      const enquiryDeps = { secret: deps.secrets.signing };
      const data = checked.data;
      const accepted = await leaveDetailsAfterCheck(
        request.ctx,
        enquiryDeps,
        answers.data,
        data,
        checked.source,
      );
      const note = {
        kind: 'eligibility_check' as const,
        reference: accepted.reference,
        detail: '',
      };
      return reply.redirect(sentAddress(deps.secrets.signing, SENT_PATH, note), 303);
    } catch (error) {
      const refusal = refusalOf(error, reply, checked.values);
      if (refusal) return showResult(request, reply, deps, answers.data, refusal);
      throw error;
    }
  });
}

// The advice, with the details form below it: empty the first time, as typed after a problem.
async function showResult(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
  answers: TEligibilityAnswers,
  { status, values, errors, problem }: Again,
) {
  const context = await publicContext(request, reply, deps);
  return reply.page(
    EligibilityResultPage({
      context,
      answers,
      outcome: adviseOnEligibility(answers),
      stamp: stampFor(request, deps, FORM),
      source: sentSource(request),
      values,
      ...(errors ? { errors } : {}),
      ...(problem ? { problem } : {}),
    }),
    status,
  );
}
