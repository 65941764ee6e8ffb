import type { FastifyInstance } from 'fastify';
import type { VNode } from 'preact';
import type { z } from 'zod';
import type { Ctx } from '../../core/context.ts';
import type { EnquiryKind } from '../../core/db/tables.ts';
import type { HttpDeps } from '../../core/http/server.ts';
import { publicContext } from '../public-pages/index.ts';
import { eligibilityRoutes } from './eligibility-routes.tsx';
import { eventRoutes } from './event-routes.tsx';
import {
  checkForm,
  refusalOf,
  sentSource,
  sourceFor,
  stampFor,
  type Again,
} from './form-handling.ts';
import type { EnquiryDetails } from './next-steps.ts';
import { ZCallBack, ZEnquiry, ZInformationPack } from './schemas.ts';
import { staffEventRoutes } from './staff-event-routes.tsx';
import { readSentAddress, sentAddress } from './sent-address.ts';
import { detailsForSentPage, sentDetail } from './sent-service.ts';
import {
  requestCallBack,
  requestInformationPack,
  sendEnquiryMessage,
  type EnquiryDeps,
} from './service.ts';
import { CALL_BACK_PATH, CallBackPage } from './views/call-back-page.tsx';
import { ContactFormPage, ENQUIRY_PATH } from './views/contact-form-page.tsx';
import type { FormPageProps } from './views/enquiry-page.tsx';
import { INFORMATION_PACK_PATH, InformationPackPage } from './views/information-pack-page.tsx';
import { ReceivedPage, SENT_PATH, SentPage } from './views/sent-page.tsx';

type SimpleForm<S extends z.ZodType> = {
  path: string;
  kind: EnquiryKind;
  schema: S;
  listFields?: readonly string[];
  render: (props: FormPageProps) => VNode;
  accept: (
    ctx: Ctx,
    deps: EnquiryDeps,
    data: z.infer<S>,
    source: string,
  ) => Promise<{ reference: string }>;
  details: (data: z.infer<S>) => Exclude<EnquiryDetails, { kind: 'information_event' }>;
};

/**
 * The five ways to get in touch (call back, information pack, message, information events, the
 * quick check), the page after each, and the staff pages that run the events.
 */
export function enquiryRoutes(app: FastifyInstance, deps: HttpDeps): void {
  eventRoutes(app, deps);
  eligibilityRoutes(app, deps);
  staffEventRoutes(app, deps);
  simpleFormRoutes(app, deps, {
    path: CALL_BACK_PATH,
    kind: 'call_back',
    schema: ZCallBack,
    listFields: ['days', 'times'],
    render: CallBackPage,
    accept: requestCallBack,
    details: (data) => ({ kind: 'call_back', days: data.days, times: data.times }),
  });
  simpleFormRoutes(app, deps, {
    path: INFORMATION_PACK_PATH,
    kind: 'information_pack',
    schema: ZInformationPack,
    render: InformationPackPage,
    accept: requestInformationPack,
    details: (data) => ({ kind: 'information_pack', delivery: data.delivery }),
  });
  simpleFormRoutes(app, deps, {
    path: ENQUIRY_PATH,
    kind: 'enquiry_form',
    schema: ZEnquiry,
    render: ContactFormPage,
    accept: sendEnquiryMessage,
    details: () => ({ kind: 'enquiry_form' }),
  });

  app.get(SENT_PATH, { config: { public: true } }, async (request, reply) => {
    const note = readSentAddress(deps.secrets.signing, request.query);
    if (!note) return reply.redirect('/get-in-touch', 303);
    const details = await detailsForSentPage(request.ctx, note);
    const context = await publicContext(request, reply, deps);
    return reply.page(SentPage({ context, reference: note.reference, details }));
  });
}

function simpleFormRoutes<S extends z.ZodType>(
  app: FastifyInstance,
  deps: HttpDeps,
  form: SimpleForm<S>,
): void {
  app.get(form.path, { config: { public: true } }, async (request, reply) => {
    const context = await publicContext(request, reply, deps);
    const stamp = stampFor(request, deps, form.kind);
    return reply.page(form.render({ context, stamp, source: sourceFor(request, form.path) }));
  });

  app.post(form.path, { config: { public: true } }, async (request, reply) => {
    const checked = checkForm(request, deps, form.kind, form.schema, form.listFields);
    const context = await publicContext(request, reply, deps);
    const showAgain = ({ status, values, errors, problem }: Again) =>
      reply.page(
        form.render({
          context,
          stamp: stampFor(request, deps, form.kind),
          source: sentSource(request),
          values,
          ...(errors ? { errors } : {}),
          ...(problem ? { problem } : {}),
        }),
        status,
      );
    if (checked.kind === 'trapped') return reply.page(ReceivedPage({ context }));
    if (checked.kind === 'again') return showAgain(checked);
    try {
      const enquiryDeps = { secret: deps.secrets.signing };
      const accepted = await form.accept(request.ctx, enquiryDeps, checked.data, checked.source);
      const detail = sentDetail(form.details(checked.data));
      const note = { kind: form.kind, reference: accepted.reference, detail };
      return reply.redirect(sentAddress(deps.secrets.signing, SENT_PATH, note), 303);
    } catch (error) {
      const refusal = refusalOf(error, reply, checked.values);
      if (refusal) return showAgain(refusal);
      throw error;
    }
  });
}
