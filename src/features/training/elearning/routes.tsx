import type { FastifyInstance } from 'fastify';
import { Invalid } from '../../../core/errors.ts';
import { pageContext, type HttpDeps } from '../../../core/http/server.ts';
import { formValues } from '../../../core/http/validation.ts';
import { manageElearningRoutes } from './manage-routes.tsx';
import { checkPath, ELEARNING_PATH, modulePath, pagePath, resultPath } from './paths.ts';
import { moduleIdOf, positionOf } from './route-params.ts';
import {
  listModulesForCarer,
  markPageRead,
  readCheckResult,
  readModuleOverview,
  readModulePage,
  startKnowledgeCheck,
  submitKnowledgeCheck,
} from './service.ts';
import { CheckPage } from './views/check-page.tsx';
import { ModuleListPage } from './views/module-list-page.tsx';
import { ModulePage } from './views/module-page.tsx';
import { ReadingPage } from './views/reading-page.tsx';
import { ResultPage } from './views/result-page.tsx';

const takePart = { action: 'training.take_part' as const };

/** E-learning: carers reading modules and answering the knowledge check; staff writing them. */
export function elearningRoutes(app: FastifyInstance, deps: HttpDeps): void {
  manageElearningRoutes(app, deps);

  app.get(ELEARNING_PATH, { config: takePart }, async (request, reply) => {
    const sections = await listModulesForCarer(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(ModuleListPage({ context, ...sections }));
  });

  app.get(`${ELEARNING_PATH}/:moduleId`, { config: takePart }, async (request, reply) => {
    const overview = await readModuleOverview(request.ctx, moduleIdOf(request));
    const context = await pageContext(request, reply, deps);
    return reply.page(ModulePage({ context, ...overview }));
  });

  const pageRoute = `${ELEARNING_PATH}/:moduleId/pages/:position`;
  app.get(pageRoute, { config: takePart }, async (request, reply) => {
    const page = await readModulePage(request.ctx, moduleIdOf(request), positionOf(request));
    const context = await pageContext(request, reply, deps);
    return reply.page(ReadingPage({ context, ...page }));
  });

  app.post(pageRoute, { config: takePart }, async (request, reply) => {
    const moduleId = moduleIdOf(request);
    const next = await markPageRead(request.ctx, moduleId, positionOf(request));
    return reply.redirect(next === 'check' ? checkPath(moduleId) : pagePath(moduleId, next), 303);
  });

  app.get(`${ELEARNING_PATH}/:moduleId/check`, { config: takePart }, async (request, reply) => {
    const moduleId = moduleIdOf(request);
    const check = await startKnowledgeCheck(request.ctx, moduleId);
    if (check.readFirst !== null) return reply.redirect(pagePath(moduleId, check.readFirst), 303);
    const context = await pageContext(request, reply, deps);
    return reply.page(CheckPage({ context, module: check.module, questions: check.questions }));
  });

  app.post(`${ELEARNING_PATH}/:moduleId/check`, { config: takePart }, async (request, reply) => {
    const moduleId = moduleIdOf(request);
    const values = formValues(request.body);
    try {
      const outcome = await submitKnowledgeCheck(request.ctx, moduleId, values);
      if ('readFirst' in outcome) return reply.redirect(pagePath(moduleId, outcome.readFirst), 303);
      return reply.redirect(resultPath(moduleId), 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const check = await startKnowledgeCheck(request.ctx, moduleId);
      const context = await pageContext(request, reply, deps);
      return reply.page(
        CheckPage({
          ...check,
          context,
          questions: check.questions ?? [],
          values,
          errors: error.fieldErrors,
        }),
        400,
      );
    }
  });

  app.get(
    `${ELEARNING_PATH}/:moduleId/check/result`,
    { config: takePart },
    async (request, reply) => {
      const moduleId = moduleIdOf(request);
      const result = await readCheckResult(request.ctx, moduleId);
      if (!result) return reply.redirect(modulePath(moduleId), 303);
      const context = await pageContext(request, reply, deps);
      return reply.page(ResultPage({ context, ...result }));
    },
  );
}
