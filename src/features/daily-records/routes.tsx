import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import type { FieldErrors } from '../../core/errors.ts';
import { listChildrenToday, listOwnRecords, listReports } from './lists-service.ts';
import { recordRoutes } from './record-routes.tsx';
import { ZPageQuery, ZRecordInput, ZTimelineQuery } from './schemas.ts';
import { idParam } from './url-ids.ts';
import { readTimeline } from './timeline-service.ts';
import { OwnRecordsPage } from './views/own-records-page.tsx';
import { OWN_RECORDS_PATH, recordPath, REPORTS_PATH, TODAY_PATH } from './views/paths.ts';
import { RecordFormPage } from './views/record-form-page.tsx';
import { ReportsPage } from './views/reports-page.tsx';
import { TimelinePage } from './views/timeline-page.tsx';
import { TodayPage } from './views/today-page.tsx';
import { startRecord, writeRecord } from './write-service.ts';

/** The daily record: children's timelines, writing a record, one record, and the lists. */
export function dailyRecordRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(
    '/children/:id/daily-records',
    { config: { action: 'daily_record.read' } },
    async (request, reply) => {
      const childId = idParam(request);
      const query = parseForm(ZTimelineQuery, request.query);
      // A filter that cannot be read is explained above everything, not answered with nothing.
      const filter = query.ok
        ? { kind: query.data.kind === '' ? null : query.data.kind, page: query.data.page }
        : { kind: null, page: 1 };
      const timeline = await readTimeline(request.ctx, childId, filter);
      const context = await pageContext(request, reply, deps);
      return reply.page(
        TimelinePage({ context, timeline, ...(query.ok ? {} : { errors: query.errors }) }),
        query.ok ? 200 : 400,
      );
    },
  );

  const showForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sent?: { values: FormValues; errors: FieldErrors },
  ) => {
    const form = await startRecord(request.ctx, idParam(request));
    const context = await pageContext(request, reply, deps);
    return reply.page(RecordFormPage({ context, form, ...sent }), sent ? 400 : 200);
  };

  app.get(
    '/children/:id/daily-records/new',
    { config: { action: 'daily_record.write' } },
    async (request, reply) => showForm(request, reply),
  );

  app.post(
    '/children/:id/daily-records',
    { config: { action: 'daily_record.write' } },
    async (request, reply) => {
      const childId = idParam(request);
      const form = parseForm(ZRecordInput, request.body);
      if (!form.ok) return showForm(request, reply, form);
      try {
        const written = await writeRecord(request.ctx, childId, form.data, deps.config.publicUrl);
        const told =
          written.toldNames.length > 0 ? ` ${written.toldNames.join(' and ')} has been told.` : '';
        setFlash(reply, deps.config, { kind: 'success', text: `The record is saved.${told}` });
        return reply.redirect(`${recordPath(written.id)}?written=1`, 303);
      } catch (error) {
        if (error instanceof Invalid) {
          return showForm(request, reply, { values: form.values, errors: error.fieldErrors });
        }
        throw error;
      }
    },
  );

  app.get(TODAY_PATH, { config: { action: 'child.list' } }, async (request, reply) => {
    const today = await listChildrenToday(request.ctx);
    if (today.kind === 'staff') return reply.redirect(REPORTS_PATH, 303);
    const context = await pageContext(request, reply, deps);
    return reply.page(TodayPage({ context, childrenAtHome: today.children }));
  });

  app.get(OWN_RECORDS_PATH, { config: { action: 'child.list' } }, async (request, reply) => {
    const query = parseForm(ZPageQuery, request.query);
    const list = await listOwnRecords(request.ctx, query.ok ? query.data.page : 1);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      OwnRecordsPage({ context, list, ...(query.ok ? {} : { errors: query.errors }) }),
      query.ok ? 200 : 400,
    );
  });

  app.get(REPORTS_PATH, { config: { action: 'child.list' } }, async (request, reply) => {
    const query = parseForm(ZPageQuery, request.query);
    const list = await listReports(request.ctx, query.ok ? query.data.page : 1);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      ReportsPage({ context, list, ...(query.ok ? {} : { errors: query.errors }) }),
      query.ok ? 200 : 400,
    );
  });

  recordRoutes(app, deps);
}
