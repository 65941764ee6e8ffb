import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, NotFound } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { issueCertificate } from './certificate.ts';
import {
  complianceFileName,
  exportComplianceCsv,
  getCompliance,
  listCarers,
} from './compliance-service.ts';
import {
  ZCarerListQuery,
  ZCompletionInput,
  ZRecordId,
  ZSignOffInput,
  ZWorkbookInput,
} from './record-schemas.ts';
import {
  readTrainingRecord,
  recordCompletionElsewhere,
  signOffStandard,
} from './record-service.ts';
import { CarersPage } from './views/carers-page.tsx';
import { CompliancePage } from './views/compliance-page.tsx';
import {
  CARERS_PATH,
  COMPLIANCE_CSV_PATH,
  COMPLIANCE_PATH,
  carerRecordPath,
  workbookPath,
} from './views/paths.ts';
import { RecordPage, type SentForm } from './views/record-page.tsx';
import { WorkbookPage } from './views/workbook-page.tsx';
import { changeWorkbookSharing, readWorkbook } from './workbook-service.ts';

/** An id from the address; anything that is not one is a page that does not exist. */
function idParam(request: FastifyRequest, name: string): string {
  const parsed = ZRecordId.safeParse((request.params as Record<string, string>)[name]);
  if (!parsed.success) throw new NotFound();
  return parsed.data;
}

/** Each carer's training record, the standards workbook, the carers list and compliance. */
export function trainingRecordRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showRecord = async (
    request: FastifyRequest,
    reply: FastifyReply,
    carerId: string,
    sent?: SentForm,
  ) => {
    const record = await readTrainingRecord(request.ctx, carerId);
    const context = await pageContext(request, reply, deps);
    return reply.page(RecordPage({ context, record, ...(sent ? { sent } : {}) }), sent ? 400 : 200);
  };

  app.get(CARERS_PATH, { config: { action: 'training.read' } }, async (request, reply) => {
    const query = parseForm(ZCarerListQuery, request.query);
    // A filter that cannot be read is explained above everyone, not answered with nothing.
    const filter = query.ok ? query.data : { page: 1 };
    const list = await listCarers(request.ctx, filter);
    if (list.kind === 'own') return reply.redirect(carerRecordPath(list.carerId), 303);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      CarersPage({
        context,
        list,
        filter,
        values: query.values,
        ...(query.ok ? {} : { errors: query.errors }),
      }),
      query.ok ? 200 : 400,
    );
  });

  app.get(
    '/training/carers/:carerId',
    { config: { action: 'training.read_record' } },
    async (request, reply) => showRecord(request, reply, idParam(request, 'carerId')),
  );

  app.post(
    '/training/carers/:carerId/completions',
    { config: { action: 'training.book' } },
    async (request, reply) => {
      const carerId = idParam(request, 'carerId');
      const form = parseForm(ZCompletionInput, request.body);
      const again = (errors: Record<string, string>) =>
        showRecord(request, reply, carerId, { form: 'completion', values: form.values, errors });
      if (!form.ok) return again(form.errors);
      try {
        await recordCompletionElsewhere(request.ctx, carerId, form.data);
      } catch (error) {
        if (error instanceof Invalid) return again(error.fieldErrors);
        throw error;
      }
      setFlash(reply, deps.config, { kind: 'success', text: 'The course is recorded.' });
      return reply.redirect(carerRecordPath(carerId), 303);
    },
  );

  app.post(
    '/training/carers/:carerId/tsds',
    { config: { action: 'training.sign_off_tsds' } },
    async (request, reply) => {
      const carerId = idParam(request, 'carerId');
      const form = parseForm(ZSignOffInput, request.body);
      const again = (errors: Record<string, string>) =>
        showRecord(request, reply, carerId, { form: 'signOff', values: form.values, errors });
      if (!form.ok) return again(form.errors);
      let names: string[];
      try {
        names = await signOffStandard(request.ctx, carerId, form.data);
      } catch (error) {
        if (error instanceof Invalid) return again(error.fieldErrors);
        throw error;
      }
      const text = `Standard ${form.data.standard} is signed off for ${names.join(' and ')}.`;
      setFlash(reply, deps.config, { kind: 'success', text });
      return reply.redirect(`${carerRecordPath(carerId)}#standards`, 303);
    },
  );

  app.get(
    '/training/households/:householdId/workbook',
    { config: { action: 'training.read_record' } },
    async (request, reply) => {
      const workbook = await readWorkbook(request.ctx, idParam(request, 'householdId'));
      const context = await pageContext(request, reply, deps);
      return reply.page(WorkbookPage({ context, workbook }));
    },
  );

  app.post(
    '/training/households/:householdId/workbook',
    { config: { action: 'training.sign_off_tsds' } },
    async (request, reply) => {
      const householdId = idParam(request, 'householdId');
      const form = parseForm(ZWorkbookInput, request.body);
      try {
        if (!form.ok) throw new Invalid(form.errors);
        await changeWorkbookSharing(request.ctx, householdId, form.data.isShared === 'yes');
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        const workbook = await readWorkbook(request.ctx, householdId);
        const context = await pageContext(request, reply, deps);
        return reply.page(WorkbookPage({ context, workbook, errors: error.fieldErrors }), 400);
      }
      setFlash(reply, deps.config, { kind: 'success', text: 'The workbook setting is saved.' });
      return reply.redirect(workbookPath(householdId), 303);
    },
  );

  app.get(COMPLIANCE_PATH, { config: { action: 'training.report' } }, async (request, reply) => {
    const { figures, dueSoonUntil } = await getCompliance(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(CompliancePage({ context, figures, dueSoonUntil }));
  });

  app.get(
    COMPLIANCE_CSV_PATH,
    { config: { action: 'training.report' } },
    async (request, reply) => {
      const { csv, today } = await exportComplianceCsv(request.ctx);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${complianceFileName(today)}"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );

  app.get(
    '/training/completions/:completionId/certificate.pdf',
    { config: { action: 'training.read_record' } },
    async (request, reply) => {
      const { pdf, fileName } = await issueCertificate(
        request.ctx,
        idParam(request, 'completionId'),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    },
  );
}
