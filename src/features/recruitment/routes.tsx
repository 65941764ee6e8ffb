import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { addNote, assignOfficer, moveToNextStage, setNextAction } from './changes-service.ts';
import { formRoutes } from './form-routes.tsx';
import { idParam } from './params.ts';
import { panelRoutes } from './panel-routes.tsx';
import { reportRoutes } from './report-routes.tsx';
import {
  PEOPLE_PER_PAGE,
  ZAssignOfficer,
  ZMoveStage,
  ZNextAction,
  ZNote,
  ZPipelineQuery,
  type TPipelineQuery,
} from './schemas.ts';
import { listPipeline, readProspect } from './service.ts';
import { stageLabel } from './words.ts';
import { PipelinePage } from './views/pipeline-page.tsx';
import { ProspectPage } from './views/prospect-page.tsx';
import type { RecordForm } from './views/prospect-forms.tsx';

/** Recruitment: the list, each person's record and its forms, panels, dashboard and export. */
export function recruitmentRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/recruitment', { config: { action: 'recruitment.list' } }, async (request, reply) => {
    const query = parseForm(ZPipelineQuery, request.query);
    // Filters that cannot be read are explained above the whole list, not answered with nothing.
    const filters: TPipelineQuery = query.ok ? query.data : { view: 'board', page: 1 };
    const pipeline = await listPipeline(request.ctx, filters, PEOPLE_PER_PAGE);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      PipelinePage({
        context,
        pipeline,
        filters,
        values: query.values,
        ...(query.ok ? {} : { errors: query.errors }),
      }),
      query.ok ? 200 : 400,
    );
  });

  app.get(
    '/recruitment/:id',
    { config: { action: 'recruitment.read' } },
    async (request, reply) => {
      const record = await readProspect(request.ctx, idParam(request));
      return reply.page(ProspectPage({ context: await pageContext(request, reply, deps), record }));
    },
  );

  // A form on the record page: done, back to the record with a message; wrong, the record again
  // with the problems and what was typed.
  const recordForm = <S extends z.ZodType>(
    path: string,
    form: RecordForm,
    schema: S,
    run: (request: FastifyRequest, id: string, data: z.infer<S>) => Promise<string>,
  ) =>
    app.post(path, { config: { action: 'recruitment.update' } }, async (request, reply) => {
      const id = idParam(request);
      const parsed = parseForm(schema, request.body);
      const showAgain = (errors: Record<string, string>) =>
        showRecordAgain(request, reply, deps, id, { form, errors, values: parsed.values });
      if (!parsed.ok) return showAgain(parsed.errors);
      try {
        setFlash(reply, deps.config, {
          kind: 'success',
          text: await run(request, id, parsed.data),
        });
        return reply.redirect(`/recruitment/${id}`, 303);
      } catch (error) {
        if (error instanceof Invalid) return showAgain(error.fieldErrors);
        throw error;
      }
    });

  recordForm('/recruitment/:id/officer', 'officer', ZAssignOfficer, async (request, id, data) => {
    await assignOfficer(request.ctx, id, data.officerId);
    return data.officerId ? 'Saved who looks after them.' : 'Nobody looks after them now.';
  });
  recordForm(
    '/recruitment/:id/next-action',
    'nextAction',
    ZNextAction,
    async (request, id, data) => {
      await setNextAction(request.ctx, id, data);
      return data.nextAction ? 'Saved the next action.' : 'Cleared the next action.';
    },
  );
  recordForm('/recruitment/:id/notes', 'note', ZNote, async (request, id, data) => {
    await addNote(request.ctx, id, data.noteBody);
    return 'Added the note.';
  });
  recordForm('/recruitment/:id/stage', 'move', ZMoveStage, async (request, id, data) => {
    const stage = await moveToNextStage(request.ctx, id, data);
    return `Moved on to ${stageLabel(stage).toLowerCase()}.`;
  });

  formRoutes(app, deps);
  panelRoutes(app, deps);
  reportRoutes(app, deps);
}

async function showRecordAgain(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
  id: string,
  submitted: { form: RecordForm; errors: Record<string, string>; values: Record<string, string> },
) {
  const record = await readProspect(request.ctx, id);
  const context = await pageContext(request, reply, deps);
  return reply.page(ProspectPage({ context, record, submitted }), 400);
}
