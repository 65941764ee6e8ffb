import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Invalid, type FieldErrors } from '../../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../../core/http/server.ts';
import { parseForm, type FormValues } from '../../../core/http/validation.ts';
import {
  addPage,
  addQuestion,
  createModule,
  listModulesForStaff,
  readModuleForAuthor,
  setModulePublished,
  startModuleForm,
} from './authoring-service.ts';
import { MANAGE_ELEARNING_PATH, manageModulePath, NEW_MODULE_PATH } from './paths.ts';
import { moduleIdOf } from './route-params.ts';
import { ZModuleInput, ZPageInput, ZPublishInput, ZQuestionInput } from './schemas.ts';
import { AuthorPage } from './views/author-page.tsx';
import { ManageListPage } from './views/manage-list-page.tsx';
import { ModuleFormPage } from './views/module-form-page.tsx';

const manage = { action: 'training.manage' as const };

/** Writing e-learning: the list of modules, a new module, adding pages and questions, publishing. */
export function manageElearningRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(MANAGE_ELEARNING_PATH, { config: manage }, async (request, reply) => {
    const modules = await listModulesForStaff(request.ctx);
    return reply.page(
      ManageListPage({ context: await pageContext(request, reply, deps), modules }),
    );
  });

  app.get(NEW_MODULE_PATH, { config: manage }, async (request, reply) => {
    const courses = await startModuleForm(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      ModuleFormPage({ context, courses, values: { passMark: '80', estimatedMinutes: '30' } }),
    );
  });

  app.post(NEW_MODULE_PATH, { config: manage }, async (request, reply) => {
    const courses = await startModuleForm(request.ctx);
    const form = parseForm(ZModuleInput, request.body);
    const showAgain = async (errors: FieldErrors) => {
      const context = await pageContext(request, reply, deps);
      return reply.page(ModuleFormPage({ context, courses, values: form.values, errors }), 400);
    };
    if (!form.ok) return showAgain(form.errors);
    try {
      const id = await createModule(request.ctx, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: 'The module is saved as a draft.' });
      return reply.redirect(manageModulePath(id), 303);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
  });

  app.get(`${MANAGE_ELEARNING_PATH}/:moduleId`, { config: manage }, async (request, reply) =>
    showAuthorPage(request, reply, {}),
  );

  const addPart = <S extends z.ZodType>(
    part: string,
    schema: S,
    save: (request: FastifyRequest, moduleId: string, input: z.infer<S>) => Promise<unknown>,
    flash: (input: z.infer<S>) => string,
  ) =>
    app.post(
      `${MANAGE_ELEARNING_PATH}/:moduleId/${part}`,
      { config: manage },
      async (request, reply) => {
        const moduleId = moduleIdOf(request);
        const form = parseForm(schema, request.body);
        if (!form.ok)
          return showAuthorPage(request, reply, { values: form.values, errors: form.errors });
        try {
          await save(request, moduleId, form.data);
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          return showAuthorPage(request, reply, { values: form.values, errors: error.fieldErrors });
        }
        setFlash(reply, deps.config, { kind: 'success', text: flash(form.data) });
        return reply.redirect(manageModulePath(moduleId), 303);
      },
    );

  addPart(
    'pages',
    ZPageInput,
    (request, id, input) => addPage(request.ctx, id, input),
    () => 'The page is added.',
  );
  addPart(
    'questions',
    ZQuestionInput,
    (request, id, input) => addQuestion(request.ctx, id, input),
    () => 'The question is added.',
  );
  addPart(
    'publish',
    ZPublishInput,
    (request, id, input) => setModulePublished(request.ctx, id, input.publish === 'yes'),
    (input) =>
      input.publish === 'yes'
        ? 'The module is published. Carers can take it now.'
        : 'The module is unpublished. Carers no longer see it.',
  );

  async function showAuthorPage(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { values?: FormValues; errors?: FieldErrors },
  ) {
    const module = await readModuleForAuthor(request.ctx, moduleIdOf(request));
    const context = await pageContext(request, reply, deps);
    return reply.page(AuthorPage({ context, ...module, ...state }), state.errors ? 400 : 200);
  }
}
