// Taking e-learning as a carer: the list of modules, reading the pages (the place is saved as
// they go) and the knowledge check, whose pass completes the module and, for a module that
// completes a course, adds that course to the carer's training record.
import { authorize } from '../../../core/access/authorize.ts';
import { recordAudit } from '../../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { Invalid, NotFound } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { getAgencySettings } from '../../../core/settings.ts';
import { todayIn } from '../../../core/time/dates.ts';
import { renderMarkdown } from '../../news/markdown.ts';
import { insertCompletion } from '../completions.ts';
import { findTraineeByUser, type Trainee } from '../trainees.ts';
import { findSuggestedModules } from './carer-progress.ts';
import {
  isPass,
  markAnswers,
  moduleStatus,
  nextStep,
  type ModuleStatus,
} from './progress-rules.ts';
import { readAnswers } from './schemas.ts';
import * as store from './store.ts';

/** A module in the carer's list, with where they are in it. */
export type ModuleListItem = store.ModuleSummary & {
  status: ModuleStatus;
  progress: store.ProgressRow | undefined;
  afterCourse: string | null;
};

// The carer taking part: only carers may, and only as the household member they are.
async function signedInCarer(ctx: Ctx): Promise<Trainee> {
  const { actor } = await authorize(ctx, 'training.take_part');
  const trainee = await findTraineeByUser(ctx.db, actor.userId);
  if (!trainee) throw new NotFound('There is no carer record for this account');
  return trainee;
}

// A module carers may take; an unpublished one is not there for them.
async function publishedModule(ctx: Ctx, moduleId: string): Promise<store.ModuleSummary> {
  const module = await store.findModuleSummary(ctx.db, moduleId);
  if (!module || !module.isPublished) throw new NotFound();
  return module;
}

/** The published modules for the signed-in carer: suggested, in progress, the rest, completed. */
export async function listModulesForCarer(ctx: Ctx) {
  const carer = await signedInCarer(ctx);
  const modules = await store.findModuleSummaries(ctx.db, { isPublishedOnly: true });
  const progress = new Map(
    (await store.findProgressOfCarer(ctx.db, carer.id)).map((row) => [row.moduleId, row]),
  );
  const suggested = new Map(
    (await findSuggestedModules(ctx.db, carer.id)).map((module) => [module.id, module]),
  );
  const items: ModuleListItem[] = modules.map((module) => ({
    ...module,
    progress: progress.get(module.id),
    status: moduleStatus(progress.get(module.id), module.pageCount),
    afterCourse: suggested.get(module.id)?.afterCourse ?? null,
  }));
  const isInProgress = (item: ModuleListItem) =>
    item.status === 'reading' || item.status === 'check';
  return {
    suggested: items.filter((item) => item.afterCourse !== null),
    inProgress: items.filter((item) => item.afterCourse === null && isInProgress(item)),
    others: items.filter((item) => item.afterCourse === null && item.status === 'not_started'),
    completed: items.filter((item) => item.afterCourse === null && item.status === 'completed'),
  };
}

/** A module's overview for the carer, with where to carry on from. */
export async function readModuleOverview(ctx: Ctx, moduleId: string) {
  const carer = await signedInCarer(ctx);
  const module = await publishedModule(ctx, moduleId);
  const progress = await store.findProgress(ctx.db, carer.id, moduleId);
  const pages = await store.findPages(ctx.db, moduleId);
  const next = nextStep(progress?.pagesRead ?? 0, pages.length);
  return {
    module,
    progress,
    status: moduleStatus(progress, pages.length),
    pages: pages.map(({ position, title }) => ({ position, title })),
    next: next === 'check' ? next : (pages[next - 1]?.position ?? 1),
  };
}

/** One page of a module, its Markdown made safe to show. */
export async function readModulePage(ctx: Ctx, moduleId: string, position: number) {
  await signedInCarer(ctx);
  const module = await publishedModule(ctx, moduleId);
  const pages = await store.findPages(ctx.db, moduleId);
  const page = pages.find((each) => each.position === position);
  if (!page) throw new NotFound();
  return {
    module,
    page,
    pageNumber: pages.indexOf(page) + 1,
    pageCount: pages.length,
    previous: pages[pages.indexOf(page) - 1]?.position ?? null,
    html: renderMarkdown(page.body),
  };
}

/** Saves that the carer has read up to this page; returns where to go next: a page or the check. */
export async function markPageRead(
  ctx: Ctx,
  moduleId: string,
  position: number,
): Promise<number | 'check'> {
  const carer = await signedInCarer(ctx);
  await publishedModule(ctx, moduleId);
  const pages = await store.findPages(ctx.db, moduleId);
  const index = pages.findIndex((each) => each.position === position);
  if (index < 0) throw new NotFound();
  await inTransaction(ctx, async (tx) => {
    const isSaved = await store.savePagesRead(tx.db, {
      carerId: carer.id,
      moduleId,
      pagesRead: index + 1,
      now: ctx.now,
    });
    if (isSaved) {
      await recordAudit(tx, {
        action: 'training.elearning_progress_saved',
        recordType: 'elearning_module',
        recordId: moduleId,
        fields: ['pages_read'],
      });
    }
  });
  return pages[index + 1]?.position ?? 'check';
}

/**
 * The knowledge check's questions, once every page is read; before that, the page to read next.
 * The correct answers stay on the server.
 */
export async function startKnowledgeCheck(ctx: Ctx, moduleId: string) {
  const carer = await signedInCarer(ctx);
  const module = await publishedModule(ctx, moduleId);
  const progress = await store.findProgress(ctx.db, carer.id, moduleId);
  const next = nextStep(progress?.pagesRead ?? 0, module.pageCount);
  if (next !== 'check') return { module, readFirst: await positionOf(ctx, moduleId, next) };
  const questions = await store.findQuestions(ctx.db, moduleId);
  return {
    module,
    readFirst: null,
    questions: questions.map(({ id, position, prompt, options }) => ({
      id,
      position,
      prompt,
      options,
    })),
  };
}

// The position of the n-th page (positions are usually 1, 2, 3 but need not be).
async function positionOf(ctx: Ctx, moduleId: string, pageNumber: number): Promise<number> {
  const pages = await store.findPages(ctx.db, moduleId);
  return pages[pageNumber - 1]?.position ?? 1;
}

/**
 * Marks a knowledge check and saves the answers, the attempt and the best score. A pass completes
 * the module and, when the module completes a course, records that course as done today. Throws
 * Invalid naming each question left unanswered, with nothing saved.
 */
export async function submitKnowledgeCheck(
  ctx: Ctx,
  moduleId: string,
  values: FormValues,
): Promise<{ score: number; isPassed: boolean } | { readFirst: number }> {
  const carer = await signedInCarer(ctx);
  const module = await publishedModule(ctx, moduleId);
  const progress = await store.findProgress(ctx.db, carer.id, moduleId);
  const next = nextStep(progress?.pagesRead ?? 0, module.pageCount);
  if (next !== 'check') return { readFirst: await positionOf(ctx, moduleId, next) };
  const questions = await store.findQuestions(ctx.db, moduleId);
  const { answers, errors } = readAnswers(questions, values);
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  const { score } = markAnswers(questions, answers);
  const isPassed = isPass(score, module.passMark);
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = todayIn(timeZone, ctx.now);
  await inTransaction(ctx, async (tx) => {
    await store.saveAttempt(tx.db, {
      carerId: carer.id,
      moduleId,
      pagesRead: progress?.pagesRead ?? module.pageCount,
      answers,
      score,
      completedAt: isPassed ? ctx.now : null,
      now: ctx.now,
    });
    await recordAudit(tx, {
      action: 'training.elearning_progress_saved',
      recordType: 'elearning_module',
      recordId: moduleId,
      fields: ['answers', 'attempts', 'best_score'],
    });
    if (!isPassed) return;
    // A second pass on the same day (reading it again) does not count the course twice.
    const isCourseRecorded =
      module.courseId !== null &&
      !(await store.hasModuleCompletionOn(tx.db, carer.id, moduleId, today)) &&
      (await insertCompletion(tx.db, {
        carerId: carer.id,
        courseId: module.courseId,
        completedOn: today,
        source: 'e_learning',
        moduleId,
      })) !== null;
    await recordAudit(tx, {
      action: 'training.elearning_completed',
      recordType: 'elearning_module',
      recordId: moduleId,
      fields: isCourseRecorded ? ['completed_at', 'training_completions'] : ['completed_at'],
    });
  });
  return { score, isPassed };
}

/** How the carer's latest knowledge check went: each question with their answer and why. */
export async function readCheckResult(ctx: Ctx, moduleId: string) {
  const carer = await signedInCarer(ctx);
  const module = await publishedModule(ctx, moduleId);
  const progress = await store.findProgress(ctx.db, carer.id, moduleId);
  if (!progress || progress.attempts === 0) return null;
  const questions = await store.findQuestions(ctx.db, moduleId);
  const { score, marks } = markAnswers(questions, progress.answers);
  const pages = await store.findPages(ctx.db, moduleId);
  return {
    module,
    progress,
    score,
    isPassed: isPass(score, module.passMark),
    firstPage: pages[0]?.position ?? 1,
    questions: questions.map((question, index) => ({ ...question, mark: marks[index]! })),
  };
}
