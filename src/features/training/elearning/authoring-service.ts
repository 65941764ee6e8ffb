// Writing e-learning, for the people who run the training programme: the list of modules with
// how carers are getting on, a new module, its pages and questions one at a time, and publishing.
import { authorize } from '../../../core/access/authorize.ts';
import { recordAudit } from '../../../core/access/audit.ts';
import { scope } from '../../../core/access/scope.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { Invalid, NotFound } from '../../../core/errors.ts';
import { renderMarkdown } from '../../news/markdown.ts';
import type { TModuleInput, TPageInput, TQuestionInput } from './schemas.ts';
import * as authoringStore from './authoring-store.ts';
import * as store from './store.ts';

const DUPLICATE_TITLE = 'Another module already has this title. Choose a different one';

/** Every module, published or not, with its size, completions and average best score. */
export async function listModulesForStaff(ctx: Ctx) {
  const { actor } = await authorize(ctx, 'training.manage');
  const modules = await store.findModuleSummaries(ctx.db, { isPublishedOnly: false });
  const statistics = await authoringStore.findModuleStatistics(ctx.db, scope(actor, 'carers'));
  return modules.map((module) => ({
    ...module,
    started: statistics.get(module.id)?.started ?? 0,
    completed: statistics.get(module.id)?.completed ?? 0,
    averageBestScore: statistics.get(module.id)?.averageBestScore ?? null,
  }));
}

/** The courses a module may complete or add to, for the new-module form. */
export async function startModuleForm(ctx: Ctx) {
  await authorize(ctx, 'training.manage');
  return authoringStore.findCourseChoices(ctx.db);
}

/**
 * Saves a new module, not yet shown to carers; throws Invalid naming the field when the course
 * is not in the catalogue, cannot be done online, or the title is taken.
 */
export async function createModule(ctx: Ctx, input: TModuleInput): Promise<string> {
  await authorize(ctx, 'training.manage');
  const course = input.courseId
    ? (await authoringStore.findCourseChoices(ctx.db)).find((each) => each.id === input.courseId)
    : undefined;
  if (input.courseId && !course) throw new Invalid({ courseId: 'Choose a course from the list' });
  if (course && input.courseRole === 'completes' && course.deliveryMode === 'classroom') {
    throw new Invalid({
      courseRole: `${course.title} is taught only in a venue, so a module cannot complete it. Choose “adds to the course” instead`,
    });
  }
  try {
    return await inTransaction(ctx, async (tx) => {
      const id = await authoringStore.insertModule(tx.db, {
        title: input.title,
        summary: input.summary,
        courseId: course && input.courseRole === 'completes' ? course.id : null,
        supplementsCourseId: course && input.courseRole === 'supplements' ? course.id : null,
        passMark: input.passMark,
        estimatedMinutes: input.estimatedMinutes,
        isPublished: false,
      });
      await recordAudit(tx, {
        action: 'training.elearning_module_changed',
        recordType: 'elearning_module',
        recordId: id,
        fields: ['title', 'summary', 'course_id', 'supplements_course_id', 'pass_mark'],
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Invalid({ title: DUPLICATE_TITLE });
    throw error;
  }
}

/** A module as its authors see it: the pages (with how they will look) and the questions. */
export async function readModuleForAuthor(ctx: Ctx, moduleId: string) {
  await authorize(ctx, 'training.manage');
  const module = await store.findModuleSummary(ctx.db, moduleId);
  if (!module) throw new NotFound();
  const pages = await store.findPages(ctx.db, moduleId);
  return {
    module,
    pages: pages.map((page) => ({ ...page, html: renderMarkdown(page.body) })),
    questions: await store.findQuestions(ctx.db, moduleId),
  };
}

/** Adds a page after the module's last one. */
export async function addPage(ctx: Ctx, moduleId: string, input: TPageInput): Promise<number> {
  await authorize(ctx, 'training.manage');
  if (!(await store.findModuleSummary(ctx.db, moduleId))) throw new NotFound();
  return inTransaction(ctx, async (tx) => {
    const position = await authoringStore.appendPage(tx.db, {
      moduleId,
      title: input.pageTitle,
      body: input.pageBody,
    });
    await recordAudit(tx, {
      action: 'training.elearning_module_changed',
      recordType: 'elearning_module',
      recordId: moduleId,
      fields: ['elearning_pages'],
    });
    return position;
  });
}

/** Adds a question after the module's last one. */
export async function addQuestion(
  ctx: Ctx,
  moduleId: string,
  input: TQuestionInput,
): Promise<number> {
  await authorize(ctx, 'training.manage');
  if (!(await store.findModuleSummary(ctx.db, moduleId))) throw new NotFound();
  return inTransaction(ctx, async (tx) => {
    const position = await authoringStore.appendQuestion(tx.db, { moduleId, ...input });
    await recordAudit(tx, {
      action: 'training.elearning_module_changed',
      recordType: 'elearning_module',
      recordId: moduleId,
      fields: ['elearning_questions'],
    });
    return position;
  });
}

/** Shows a module to carers or hides it; one with no pages or no questions cannot be shown. */
export async function setModulePublished(
  ctx: Ctx,
  moduleId: string,
  isPublished: boolean,
): Promise<void> {
  await authorize(ctx, 'training.manage');
  const module = await store.findModuleSummary(ctx.db, moduleId);
  if (!module) throw new NotFound();
  if (isPublished && (module.pageCount === 0 || module.questionCount === 0)) {
    throw new Invalid({
      publish: 'Add at least one page and one question before publishing the module',
    });
  }
  if (module.isPublished === isPublished) return;
  await inTransaction(ctx, async (tx) => {
    await authoringStore.setPublished(tx.db, moduleId, isPublished);
    await recordAudit(tx, {
      action: 'training.elearning_module_changed',
      recordType: 'elearning_module',
      recordId: moduleId,
      fields: ['is_published'],
    });
  });
}

// Two modules given the same title: the database's unique index decides.
function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}
