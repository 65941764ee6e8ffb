import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import {
  acknowledgeRecord,
  commentOnRecord,
  ensureMayComment,
  readRecord,
} from './record-service.ts';
import { idParam } from './url-ids.ts';
import { ZCommentInput } from './schemas.ts';
import { recordPath } from './views/paths.ts';
import { RecordPage } from './views/record-page.tsx';

const ACKNOWLEDGED: Record<Awaited<ReturnType<typeof acknowledgeRecord>>, string> = {
  done: 'Acknowledged: the carers can see you have read it.',
  already: 'Someone on the staff had already acknowledged this.',
  not_needed: 'A daily log does not need acknowledging.',
};

/** One record: reading it, and staff's comments and acknowledgement. */
export function recordRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showRecord = async (
    request: FastifyRequest,
    reply: FastifyReply,
    comment?: { values: FormValues; errors: FieldErrors },
  ) => {
    const view = await readRecord(request.ctx, idParam(request));
    const context = await pageContext(request, reply, deps);
    const isJustWritten = (request.query as { written?: string }).written === '1';
    return reply.page(
      RecordPage({ context, view, isJustWritten, ...(comment ? { comment } : {}) }),
      comment ? 400 : 200,
    );
  };

  app.get('/daily-records/:id', { config: { action: 'daily_record.read' } }, showRecord);

  app.post(
    '/daily-records/:id/comments',
    { config: { action: 'daily_record.comment' } },
    async (request, reply) => {
      const id = idParam(request);
      const form = parseForm(ZCommentInput, request.body);
      if (!form.ok) {
        // Whoever may not comment hears so before hearing what was wrong with the comment.
        await ensureMayComment(request.ctx, id);
        return showRecord(request, reply, form);
      }
      await commentOnRecord(request.ctx, id, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: 'Your comment is added.' });
      return reply.redirect(recordPath(id), 303);
    },
  );

  app.post(
    '/daily-records/:id/acknowledge',
    { config: { action: 'daily_record.comment' } },
    async (request, reply) => {
      const id = idParam(request);
      const outcome = await acknowledgeRecord(request.ctx, id);
      setFlash(reply, deps.config, { kind: 'success', text: ACKNOWLEDGED[outcome] });
      return reply.redirect(recordPath(id), 303);
    },
  );
}
