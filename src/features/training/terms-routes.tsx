import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { ZClosureInput, ZRecordId, ZTermInput, ZTermsImportInput } from './catalogue-schemas.ts';
import { kindWords } from './term-dates.ts';
import * as service from './terms-service.ts';
import { idOf } from './url-ids.ts';
import {
  EXAMPLE_CSV_PATH,
  EXAMPLE_ICS_PATH,
  newClosurePath,
  newTermPath,
  removeClosurePath,
  removeTermPath,
  TERMS_IMPORT_CONFIRM_PATH,
  TERMS_IMPORT_PATH,
  TERMS_PATH,
} from './views/paths.ts';
import { RemoveDatesPage } from './views/remove-dates-page.tsx';
import { TermFormPage } from './views/term-form-page.tsx';
import { TermsImportPage } from './views/terms-import-page.tsx';
import { TermsImportPreviewPage } from './views/terms-import-preview-page.tsx';

const manage = { action: 'training.manage' as const };

/** Adding and removing each area's terms, half-terms and inset days, and importing them from a file. */
export function trainingTermsRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showDateForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    kind: 'term' | 'closure',
    state: { values: FormValues; errors?: Record<string, string> | undefined },
  ) => {
    const area = await service.readArea(request.ctx, idOf(request, 'areaId'));
    const context = await pageContext(request, reply, deps);
    return reply.page(TermFormPage({ context, area, kind, ...state }), state.errors ? 400 : 200);
  };

  app.get(newTermPath(':areaId'), { config: manage }, async (request, reply) =>
    showDateForm(request, reply, 'term', { values: {} }),
  );
  app.post(newTermPath(':areaId'), { config: manage }, async (request, reply) => {
    const area = await service.readArea(request.ctx, idOf(request, 'areaId'));
    const form = parseForm(ZTermInput, request.body);
    if (!form.ok) return showDateForm(request, reply, 'term', form);
    try {
      await service.addTerm(request.ctx, area.id, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showDateForm(request, reply, 'term', {
        values: form.values,
        errors: error.fieldErrors,
      });
    }
    const text = `${form.data.name} is added to ${area.name}’s term dates.`;
    setFlash(reply, deps.config, { kind: 'success', text });
    return reply.redirect(TERMS_PATH, 303);
  });

  app.get(newClosurePath(':areaId'), { config: manage }, async (request, reply) =>
    showDateForm(request, reply, 'closure', { values: {} }),
  );
  app.post(newClosurePath(':areaId'), { config: manage }, async (request, reply) => {
    const area = await service.readArea(request.ctx, idOf(request, 'areaId'));
    const form = parseForm(ZClosureInput, request.body);
    if (!form.ok) return showDateForm(request, reply, 'closure', form);
    let clashes: number;
    try {
      clashes = await service.addClosure(request.ctx, area.id, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showDateForm(request, reply, 'closure', {
        values: form.values,
        errors: error.fieldErrors,
      });
    }
    const added = `The ${kindWords(form.data.kind)} is added to ${area.name}’s term dates.`;
    setFlash(reply, deps.config, { kind: 'success', text: `${added}${clashWords(clashes)}` });
    return reply.redirect(TERMS_PATH, 303);
  });

  trainingTermsRemovalRoutes(app, deps);
  trainingTermsImportRoutes(app, deps);
}

function trainingTermsRemovalRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/training/terms/term/:termId/remove', { config: manage }, async (request, reply) => {
    const { term, closureCount } = await service.readTermForRemoval(
      request.ctx,
      idOf(request, 'termId'),
    );
    const consequence =
      closureCount === 0
        ? 'Sessions already planned in it stay as they are.'
        : `The ${closureCount === 1 ? 'half-term or inset day' : `${closureCount} half-terms and inset days`} inside it go too. Sessions already planned stay as they are.`;
    return reply.page(
      RemoveDatesPage({
        context: await pageContext(request, reply, deps),
        action: removeTermPath(term.id),
        what: `the term ${term.name}`,
        areaName: term.areaName,
        startsOn: term.startsOn,
        endsOn: term.endsOn,
        consequence,
      }),
    );
  });
  app.post('/training/terms/term/:termId/remove', { config: manage }, async (request, reply) => {
    await service.removeTerm(request.ctx, idOf(request, 'termId'));
    setFlash(reply, deps.config, { kind: 'success', text: 'The term is removed.' });
    return reply.redirect(TERMS_PATH, 303);
  });

  app.get(
    '/training/terms/closure/:closureId/remove',
    { config: manage },
    async (request, reply) => {
      const closure = await service.readClosureForRemoval(request.ctx, idOf(request, 'closureId'));
      return reply.page(
        RemoveDatesPage({
          context: await pageContext(request, reply, deps),
          action: removeClosurePath(closure.id),
          what: `the ${kindWords(closure.kind)}`,
          areaName: closure.areaName,
          startsOn: closure.startsOn,
          endsOn: closure.endsOn,
          consequence: 'Classroom sessions may then be planned on these days.',
        }),
      );
    },
  );
  app.post(
    '/training/terms/closure/:closureId/remove',
    { config: manage },
    async (request, reply) => {
      await service.removeClosure(request.ctx, idOf(request, 'closureId'));
      setFlash(reply, deps.config, { kind: 'success', text: 'The dates are removed.' });
      return reply.redirect(TERMS_PATH, 303);
    },
  );
}

function trainingTermsImportRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showImportForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    state: { values: FormValues; errors?: Record<string, string> | undefined },
  ) => {
    const areas = await service.listImportAreas(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(TermsImportPage({ context, areas, ...state }), state.errors ? 400 : 200);
  };

  app.get(TERMS_IMPORT_PATH, { config: manage }, async (request, reply) =>
    showImportForm(request, reply, { values: { areaId: chosenArea(request) ?? '' } }),
  );

  app.post(TERMS_IMPORT_PATH, { config: manage }, async (request, reply) => {
    const form = parseForm(ZTermsImportInput, request.body);
    if (!form.ok) return showImportForm(request, reply, form);
    try {
      const preview = await service.previewTermsImport(request.ctx, form.data);
      const context = await pageContext(request, reply, deps);
      const page = TermsImportPreviewPage({ context, preview, contents: form.data.contents });
      return reply.page(page, preview.canImport ? 200 : 400);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showImportForm(request, reply, { values: form.values, errors: error.fieldErrors });
    }
  });

  app.post(TERMS_IMPORT_CONFIRM_PATH, { config: manage }, async (request, reply) => {
    const form = parseForm(ZTermsImportInput, request.body);
    if (!form.ok || form.values.decision === 'change') return showImportForm(request, reply, form);
    try {
      const outcome = await service.importTerms(request.ctx, form.data);
      if (!outcome.ok) {
        const context = await pageContext(request, reply, deps);
        const page = TermsImportPreviewPage({
          context,
          preview: outcome.preview,
          contents: form.data.contents,
        });
        return reply.page(page, 400);
      }
      const text = `${outcome.added} term dates are added.${clashWords(outcome.sessionsOnNewClosures)}`;
      setFlash(reply, deps.config, { kind: 'success', text });
      return reply.redirect(TERMS_PATH, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showImportForm(request, reply, { values: form.values, errors: error.fieldErrors });
    }
  });

  for (const [path, format] of [
    [EXAMPLE_CSV_PATH, 'csv'],
    [EXAMPLE_ICS_PATH, 'ics'],
  ] as const) {
    app.get(path, { config: manage }, async (request, reply) => {
      const file = await service.exampleTermsFile(request.ctx, chosenArea(request), format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    });
  }
}

// The area a link chose (?area=), when it is an id at all.
function chosenArea(request: FastifyRequest): string | null {
  const area = ZRecordId.safeParse((request.query as { area?: unknown }).area);
  return area.success ? area.data : null;
}

function clashWords(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? ' One session already planned falls on those days: move it or cancel it.'
    : ` ${count} sessions already planned fall on those days: move or cancel them.`;
}
